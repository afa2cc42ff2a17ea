import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { listAddSchema } from './listAddSchema';

interface Props<T> {
  /** What is saved now; the editor starts from it and again after each save. */
  saved: T[];
  nameOf(item: T): string;
  /** A new entry for a typed name. */
  make(name: string): T;
  /** Column header for the names, e.g. 职级. */
  nameLabel: string;
  /** Extra columns: header and cell (with a setter for that row). */
  columns?: { header: string; cell(item: T, update: (item: T) => void): ReactNode }[];
  addLabel: string;
  saveLabel: string;
  /** Saves the whole list in its order; a rejection shows the core's message. */
  onSave(items: T[]): Promise<void>;
}

/**
 * An ordered list the admin edits in place and saves at once: add by name
 * (Enter adds), remove, move up/down, and whatever extra columns the list has.
 */
export function ListEditor<T>({ saved, nameOf, make, nameLabel, columns = [], addLabel, saveLabel, onSave }: Props<T>) {
  const [items, setItems] = useState<T[]>(saved);
  const addSchema = useMemo(() => listAddSchema(nameLabel, items.map(nameOf)), [nameLabel, items, nameOf]);
  const addForm = useForm<{ name: string }, { name: string }>({
    initialValues: { name: '' },
    validate: useMemo(() => schemaResolver(addSchema, { sync: true }), [addSchema]),
    transformValues: (values) => addSchema.parse(values),
  });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setItems(saved), [saved]);
  const dirty = JSON.stringify(items) !== JSON.stringify(saved);

  const edit = (next: T[]) => {
    setItems(next);
    setSaveError(null);
  };
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    edit(next);
  };

  function add({ name }: { name: string }) {
    edit([...items, make(name)]);
    addForm.setFieldValue('name', '');
  }

  async function save() {
    setBusy(true);
    setSaveError(null);
    try {
      await onSave(items);
    } catch (err) {
      setSaveError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Table striped highlightOnHover withTableBorder verticalSpacing={4} aria-label={`${nameLabel}列表`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56} style={{ whiteSpace: 'nowrap' }}>
              序号
            </Table.Th>
            <Table.Th>{nameLabel}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
            <Table.Th w={110}>调整</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => {
            const name = nameOf(item);
            return (
              <Table.Tr key={name}>
                <Table.Td c="dimmed">{i + 1}</Table.Td>
                <Table.Td>{name}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c.header}>{c.cell(item, (next) => edit(items.map((x, j) => (j === i ? next : x))))}</Table.Td>
                ))}
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" color="gray" aria-label={`上移“${name}”`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" aria-label={`下移“${name}”`} disabled={i === items.length - 1} onClick={() => move(i, i + 1)}>
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={`删除“${name}”`} onClick={() => edit(items.filter((_, j) => j !== i))}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          列表是空的。
        </Text>
      )}
      <form onSubmit={addForm.onSubmit(add)} aria-label={addLabel}>
        <Group align="flex-start" gap="xs">
          <TextInput
            aria-label={`新${nameLabel}名称`}
            placeholder={`新${nameLabel}名称`}
            value={addForm.values.name}
            onChange={(e) => addForm.setFieldValue('name', e.currentTarget.value)}
            error={addForm.errors.name}
            style={{ flex: 1 }}
            maw={260}
          />
          <Button type="submit" variant="default" leftSection={<IconPlus size={16} />}>
            {addLabel}
          </Button>
        </Group>
      </form>
      {saveError && (
        <Alert color="red" variant="light" title="未能保存">
          {saveError}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
          {saveLabel}
        </Button>
        {dirty && (
          <>
            <Button variant="subtle" color="gray" onClick={() => edit(saved)}>
              撤销修改
            </Button>
            <Text size="sm" c="orange.8">
              有未保存的修改
            </Text>
          </>
        )}
      </Group>
    </Stack>
  );
}
