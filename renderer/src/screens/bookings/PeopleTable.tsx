import { Checkbox, ScrollArea, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { maskedId } from './format';
import { fieldLabels } from '../../../../shared/words/labels';

/**
 * The 报考 screen's lists of people (报考资格, 报考名单, 补考名单): a tick box,
 * 姓名, 身份证号 (masked) and 单位, then the list's own columns; the header
 * stays in view while the rows scroll. The rows are PersonRow elements.
 */
export function PeopleTable({ label, maxHeight, columns, children }: { label: string; maxHeight: number; columns: string[]; children: ReactNode }) {
  return (
    <ScrollArea.Autosize mah={maxHeight}>
      <Table striped highlightOnHover stickyHeader aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{fieldLabels.name}</Table.Th>
            <Table.Th>{fieldLabels.idNumber}</Table.Th>
            <Table.Th>{fieldLabels.unit}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

interface PersonRowProps {
  person: { name: string; idNumber: string; unitPath: string };
  /** The tick box's name, e.g. 选择张三. */
  tickLabel: string;
  /** Whether the person can be ticked at all (可报考, a live booking, …). */
  tickable: boolean;
  checked: boolean;
  onToggle(): void;
  /** The row's own cells, one Table.Td per column of the table. */
  children: ReactNode;
}

/** One person in a PeopleTable. */
export function PersonRow({ person, tickLabel, tickable, checked, onToggle, children }: PersonRowProps) {
  return (
    <Table.Tr aria-label={person.name}>
      <Table.Td>
        <Checkbox aria-label={tickLabel} disabled={!tickable} checked={checked} onChange={onToggle} />
      </Table.Td>
      <Table.Td>{person.name}</Table.Td>
      <Table.Td>{maskedId(person.idNumber)}</Table.Td>
      <Table.Td>{person.unitPath}</Table.Td>
      {children}
    </Table.Tr>
  );
}
