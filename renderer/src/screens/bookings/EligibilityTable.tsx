import { Badge, Table, Text } from '@mantine/core';
import type { EligibilityRow } from '../../../../shared/bookings/schemas';
import { routeLabels } from '../../../../shared/rules/examRoute';
import { reasonsText, sessionLabel } from './format';
import { PeopleTable, PersonRow } from './PeopleTable';

const SHOWN = 500;

interface Props {
  rows: EligibilityRow[];
  checked: Set<number>;
  onToggle(staffId: number): void;
}

/** Each selected person, bookable or not, and why not. Only bookable people can be ticked. */
export function EligibilityTable({ rows, checked, onToggle }: Props) {
  return (
    <>
      <PeopleTable label="报考资格" maxHeight={460} columns={['组考方式', '学分（必修/选修）', '能否报考']}>
        {rows.slice(0, SHOWN).map((r) => (
          <PersonRow key={r.staffId} person={r} tickLabel={`选择${r.name}`} tickable={r.eligible} checked={checked.has(r.staffId)} onToggle={() => onToggle(r.staffId)}>
            <Table.Td>{routeLabels[r.route]}</Table.Td>
            <Table.Td>{r.credits ? `${r.credits.compulsory}/${r.credits.elective}（${r.credits.asOf}）` : '未导入'}</Table.Td>
            <Table.Td>
              {r.eligible ? (
                <Badge color="green" variant="light">
                  可报考
                </Badge>
              ) : (
                <Text size="sm" c="red.8">
                  {reasonsText(r.reasons)}
                  {r.booking && r.reasons.includes('ALREADY_BOOKED') ? `（${sessionLabel(r.booking.sessionAt)}）` : ''}
                </Text>
              )}
            </Table.Td>
          </PersonRow>
        ))}
      </PeopleTable>
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed">
          只显示前 {SHOWN} 人；“全选可报考”会选中全部 {rows.filter((r) => r.eligible).length} 名可报考人员。
        </Text>
      )}
    </>
  );
}
