import { Table } from '@mantine/core';
import type { RosterField } from '../../../../shared/excel/schemas';
import { FieldSelect } from './FieldSelect';
import { columnLetter } from './format';

/** The header row's columns, each with its 「导入为」 choice (column letter, header text, field). */
export function ColumnFieldsTable({
  label,
  columns,
  disabled,
  onChoose,
}: {
  label: string;
  columns: { column: number; header: string; field: RosterField | null }[];
  disabled: boolean;
  onChoose(header: string, current: RosterField | null, field: RosterField | null): void;
}) {
  return (
    <Table withTableBorder striped maw={720} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>列</Table.Th>
          <Table.Th>文件中的表头</Table.Th>
          <Table.Th w={240}>导入为</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {columns.map((c) => (
          <Table.Tr key={c.column}>
            <Table.Td>{columnLetter(c.column)}</Table.Td>
            <Table.Td>{c.header}</Table.Td>
            <Table.Td>
              <FieldSelect header={c.header} value={c.field} disabled={disabled} onChange={(f) => onChoose(c.header, c.field, f)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
