import { Badge, Table, Text } from '@mantine/core';
import { outcomeLabels, type BookingRow } from '../../../../shared/bookings/schemas';
import { sessionKindLabels } from '../../../../shared/rules/eligibility';
import { sessionLabel } from './format';
import { PeopleTable, PersonRow } from './PeopleTable';

const SHOWN = 1000;

function status(b: BookingRow) {
  if (b.status === 'cancelled') return <Badge color="gray" variant="light">已取消</Badge>;
  if (b.outcome === null) return <Badge variant="light">待考</Badge>;
  const color = b.outcome === 'passed' ? 'green' : b.outcome === 'failed' ? 'red' : 'orange';
  return (
    <Badge color={color} variant="light">
      {outcomeLabels[b.outcome]}
      {b.score !== null ? ` ${b.score}` : ''}
    </Badge>
  );
}

/** The bookings with their results; live ones can be ticked for 取消 or 改期; route-flagged ones say so. */
export function BookingTable({ rows, checked, onToggle }: { rows: BookingRow[]; checked: Set<number>; onToggle(id: number): void }) {
  return (
    <>
      <PeopleTable label="报考名单" maxHeight={520} columns={['考试场次', '类别', '结果', '提示']}>
        {rows.slice(0, SHOWN).map((b) => (
          <PersonRow
            key={b.id}
            person={b}
            tickLabel={`选择${b.name}的报考`}
            tickable={b.status === 'booked' && b.outcome === null}
            checked={checked.has(b.id)}
            onToggle={() => onToggle(b.id)}
          >
            <Table.Td>{sessionLabel(b.sessionAt)}</Table.Td>
            <Table.Td>{sessionKindLabels[b.kind]}</Table.Td>
            <Table.Td>{status(b)}</Table.Td>
            <Table.Td>
              {b.flag === 'route_changed' ? (
                <Text size="sm" c="orange.8">
                  组考方式已变，请改期{b.flagNote ? `（${b.flagNote}）` : ''}
                </Text>
              ) : b.flag ? (
                <Text size="sm" c="orange.8">
                  {b.flagNote ?? b.flag}
                </Text>
              ) : null}
            </Table.Td>
          </PersonRow>
        ))}
      </PeopleTable>
      {rows.length > SHOWN && <Text size="xs" c="dimmed">只显示前 {SHOWN} 条，请按单位或场次筛选。</Text>}
    </>
  );
}
