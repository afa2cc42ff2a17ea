import { Anchor, Table } from '@mantine/core';
import type { StatsSummary } from '../../../../shared/stats/methods';
import { rateText, statsFigureLabels, type StatsFigure } from '../../../../shared/rules/statsFigures';

const columns: StatsFigure[] = ['takingPart', 'exempt', 'expected', 'creditsComplete', 'booked', 'sat', 'passed', 'failed', 'absent', 'makeupPassed', 'passedFinal'];

interface Props {
  summary: StatsSummary;
  onOpen(scope: { unitId: number; own: boolean; name: string }, figure: StatsFigure): void;
}

/** The table an admin reports upward: one row per sub-unit, each number opens its list. */
export function SubUnitTable({ summary, onOpen }: Props) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder aria-label="各单位统计">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>单位</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} ta="right">
                {statsFigureLabels[c]}
              </Table.Th>
            ))}
            <Table.Th ta="right">参考率</Table.Th>
            <Table.Th ta="right">通过率</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.rows.map((r) => (
            <Table.Tr key={`${r.unitId}-${r.own}`}>
              <Table.Td>{r.name}</Table.Td>
              {columns.map((c) => {
                const n = r.funnel[c];
                return (
                  <Table.Td key={c} ta="right">
                    {n === null || n === 0 ? (
                      (n ?? '—')
                    ) : (
                      <Anchor component="button" type="button" onClick={() => onOpen({ unitId: r.unitId, own: r.own, name: r.name }, c)} aria-label={`${r.name} ${statsFigureLabels[c]} ${n} 人`}>
                        {n}
                      </Anchor>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td ta="right">{rateText(r.funnel.sitRate)}</Table.Td>
              <Table.Td ta="right">{rateText(r.funnel.passRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
