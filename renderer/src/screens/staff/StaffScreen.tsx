import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '../../api/useQuery';
import { Roster } from './Roster';
import { RosterEmptyState } from './RosterEmptyState';

/** 学员名册: waits for the desk's year, the units and the rank list, then shows the roster. */
export function StaffScreen() {
  const info = useQuery('desk.info', {});
  const units = useQuery('units.list', {});
  const lists = useQuery('lists.get', {});

  const error = info.error ?? units.error;
  if (error) {
    return (
      <Alert color="red" title="无法读取学员名册">
        {error.message}
      </Alert>
    );
  }
  if (!info.data || !units.data || (lists.loading && !lists.data)) return <Loader aria-label="正在加载" />;

  if (units.data.length === 0) {
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
      units={units.data}
      ranks={lists.data?.ranks ?? []}
      ranksError={lists.error?.message ?? null}
    />
  );
}
