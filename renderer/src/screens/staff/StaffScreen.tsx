import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '../../api/useQuery';
import { Roster } from './Roster';
import { RosterEmptyState } from './RosterEmptyState';

/**
 * 学员名册: waits only for the desk's year, then shows the roster at once;
 * the unit tree (large at county scale) and the rank list fill the dropdowns
 * when they arrive. They are asked for in the same commit that mounts the
 * roster, whose effects (its first page of rows) run before this screen's,
 * so the rows reach the desk first and are not queued behind the tree.
 */
export function StaffScreen() {
  const info = useQuery('desk.info', {});
  const units = useQuery('units.list', {}, !info.data);
  const lists = useQuery('lists.get', {}, !info.data);

  const error = info.error ?? units.error;
  if (error) {
    return (
      <Alert color="red" title="无法读取学员名册">
        {error.message}
      </Alert>
    );
  }
  if (!info.data) return <Loader aria-label="正在加载" />;

  if (units.data?.length === 0) {
    return (
      <Stack maw={720}>
        <Title order={2}>学员名册</Title>
        <RosterEmptyState reason="noUnits" onAdd={() => undefined} onClearFilters={() => undefined} />
      </Stack>
    );
  }

  return (
    <Roster
      year={Number(info.data.today.slice(0, 4))}
      units={units.data ?? null}
      ranks={lists.data?.ranks ?? []}
      ranksError={lists.error?.message ?? null}
    />
  );
}
