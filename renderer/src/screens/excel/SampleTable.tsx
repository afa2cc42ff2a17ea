import { Radio, Table, Text } from '@mantine/core';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import type { ImportSheetSample } from '../../../../shared/excel/schemas';
import { columnLetter } from './format';

const SHOWN_CHARS = 24;
const ID_LIKE = /^(\d{15}|\d{17}[\dXx])$/;

/** A cell as the sample table shows it: ID numbers masked like everywhere else on the desk, long text cut. */
function shownCell(text: string): string {
  const t = text.trim();
  if (ID_LIKE.test(t)) return maskIdNumber(t);
  return t.length > SHOWN_CHARS ? `${t.slice(0, SHOWN_CHARS)}…` : t;
}

/** The whole cell on hover, an ID number still masked. */
function fullCell(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return ID_LIKE.test(t) ? maskIdNumber(t) : t;
}

/**
 * The sheet's first rows, one radio per row to say which is the header.
 * A click anywhere on a row picks it; the radios (one group) take the
 * arrow keys and the space bar.
 */
export function SampleTable({ sample, selected, disabled, onSelect }: { sample: ImportSheetSample; selected: number | null; disabled?: boolean; onSelect(row: number): void }) {
  const width = Math.max(0, ...sample.rows.map((r) => r.cells.length));
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  return (
    <div role="radiogroup" aria-label="表头所在的行">
      <Table.ScrollContainer minWidth={Math.min(1400, 160 + width * 110)} maxHeight={420} type="native">
        <Table withTableBorder withColumnBorders highlightOnHover stickyHeader aria-label={`工作表“${sample.sheet}”的前几行`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>表头行</Table.Th>
              <Table.Th w={48}>行号</Table.Th>
              {letters.map((l) => (
                <Table.Th key={l}>{l}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.rows.map((r) => {
              const picked = r.row === selected;
              return (
                <Table.Tr
                  key={r.row}
                  onClick={() => !disabled && onSelect(r.row)}
                  bg={picked ? 'var(--mantine-color-indigo-light)' : undefined}
                  fw={picked ? 600 : undefined}
                  style={{ cursor: disabled ? undefined : 'pointer' }}
                >
                  <Table.Td>
                    <Radio
                      name="header-row"
                      value={String(r.row)}
                      checked={picked}
                      disabled={disabled}
                      onChange={() => onSelect(r.row)}
                      aria-label={`第 ${r.row} 行是表头`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {r.row}
                    </Text>
                  </Table.Td>
                  {letters.map((l, i) => (
                    <Table.Td key={l} title={fullCell(r.cells[i] ?? '')} style={{ whiteSpace: 'nowrap' }}>
                      {shownCell(r.cells[i] ?? '')}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
