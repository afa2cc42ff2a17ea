import { Alert, Button, Drawer, Group, Loader, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { statsFigureDefinitions, statsFigureLabels, type StatsFigure } from '../../../../shared/rules/statsFigures';
import { call } from '../../api/client';
import { useDeskQuery } from '../../api/queries';
import { saveExport } from '../../api/saveExport';
import { fieldLabels } from '../../../../shared/words/labels';

const PAGE = 100;

/** Whose list: a unit with its sub-units (null: every unit), or `own` for the people placed in that unit itself. */
export interface ListScope {
  year: number;
  unitId: number | null;
  own: boolean;
  name: string;
  figure: StatsFigure;
}

/** The people behind one figure, a page at a time, with an export of the whole list. */
export function PeopleDrawer({ scope, onClose }: { scope: ListScope | null; onClose(): void }) {
  return (
    <Drawer opened={scope !== null} onClose={onClose} position="right" size="xl" title={scope ? `${scope.name} · ${statsFigureLabels[scope.figure]}` : ''}>
      {scope && <PeopleList key={JSON.stringify(scope)} scope={scope} />}
    </Drawer>
  );
}

function PeopleList({ scope }: { scope: ListScope }) {
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const args = { year: scope.year, unitId: scope.unitId, ownOnly: scope.own, figure: scope.figure };
  const list = useDeskQuery('stats.people', { ...args, offset: (page - 1) * PAGE, limit: PAGE });

  async function exportList() {
    setExporting(true);
    setError(null);
    try {
      const file = await call('stats.exportPeople', args);
      await saveExport(file, `已导出 ${file.rows} 人`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setExporting(false);
    }
  }

  const total = list.data?.total ?? 0;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {scope.year} 年度 · {statsFigureDefinitions[scope.figure]}
      </Text>
      <Group justify="space-between">
        <Text fw={600}>{list.data ? `共 ${total} 人` : ' '}</Text>
        <Button size="xs" variant="light" onClick={() => void exportList()} loading={exporting} disabled={total === 0}>
          导出名单到 Excel
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {!list.data && !list.error && <Loader size="sm" aria-label="正在加载" />}
      {list.data && (
        <Table striped withTableBorder aria-label="人员名单">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{fieldLabels.name}</Table.Th>
              <Table.Th>{fieldLabels.idNumber}</Table.Th>
              <Table.Th>{fieldLabels.unit}</Table.Th>
              <Table.Th>{fieldLabels.rank}</Table.Th>
              <Table.Th>本年度情况</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td ff="monospace">{p.idNumber}</Table.Td>
                <Table.Td>{p.unitPath}</Table.Td>
                <Table.Td>{p.rank ?? ''}</Table.Td>
                <Table.Td>{p.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total > PAGE && <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} size="sm" />}
    </Stack>
  );
}
