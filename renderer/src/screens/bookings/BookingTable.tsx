import { Badge, Checkbox, ScrollArea, Table, Text } from '@mantine/core';
import { outcomeLabels, type BookingRow } from '../../../../shared/bookingSchemas';
import { sessionKindLabels } from '../../../../shared/rules/eligibility';
import { maskedId, sessionLabel } from './format';

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
      <ScrollArea.Autosize mah={520}>
        <Table striped highlightOnHover stickyHeader aria-label="报考名单">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>姓名</Table.Th>
              <Table.Th>身份证号</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>考试场次</Table.Th>
              <Table.Th>类别</Table.Th>
              <Table.Th>结果</Table.Th>
              <Table.Th>提示</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((b) => {
              const live = b.status === 'booked' && b.outcome === null;
              return (
                <Table.Tr key={b.id} aria-label={b.name}>
                  <Table.Td>
                    <Checkbox aria-label={`选择${b.name}的报考`} disabled={!live} checked={checked.has(b.id)} onChange={() => onToggle(b.id)} />
                  </Table.Td>
                  <Table.Td>{b.name}</Table.Td>
                  <Table.Td>{maskedId(b.idNumber)}</Table.Td>
                  <Table.Td>{b.unitPath}</Table.Td>
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
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length > SHOWN && <Text size="xs" c="dimmed">只显示前 {SHOWN} 条，请按单位或场次筛选。</Text>}
    </>
  );
}
