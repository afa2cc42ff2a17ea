import { Badge, Checkbox, ScrollArea, Table, Text } from '@mantine/core';
import type { EligibilityRow } from '../../../../shared/bookingSchemas';
import { routeLabels } from '../../../../shared/rules/examRoute';
import { maskedId, reasonsText, sessionLabel } from './format';

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
      <ScrollArea.Autosize mah={460}>
        <Table striped highlightOnHover stickyHeader aria-label="报考资格">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>姓名</Table.Th>
              <Table.Th>身份证号</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>组考方式</Table.Th>
              <Table.Th>学分（必修/选修）</Table.Th>
              <Table.Th>能否报考</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <Table.Tr key={r.staffId} aria-label={r.name}>
                <Table.Td>
                  <Checkbox aria-label={`选择${r.name}`} disabled={!r.eligible} checked={checked.has(r.staffId)} onChange={() => onToggle(r.staffId)} />
                </Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{maskedId(r.idNumber)}</Table.Td>
                <Table.Td>{r.unitPath}</Table.Td>
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
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed">
          只显示前 {SHOWN} 人；“全选可报考”会选中全部 {rows.filter((r) => r.eligible).length} 名可报考人员。
        </Text>
      )}
    </>
  );
}
