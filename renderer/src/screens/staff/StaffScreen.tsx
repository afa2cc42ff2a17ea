import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useDeskQuery } from '../../api/queries';
import { Roster } from './Roster';
import { RosterEmptyState } from './RosterEmptyState';

/**
 * 学员名册: waits only for the desk's year (the shell's answer, while it is
 * asked again), then shows the roster at once; the unit tree (3,000 units at
 * county scale) and the rank list are asked for once the first rows have
 * come, so that neither the desk nor the page works on them before the rows
 * are on screen. They fill the filters' dropdowns when they arrive.
 */
export function StaffScreen() {
  const info = useDeskQuery('desk.info', {});
  const [rowsIn, setRowsIn] = useState(false);
  const firstRowsCame = useCallback(() => setRowsIn(true), []);
  const units = useDeskQuery('units.list', {}, { enabled: !!info.data && rowsIn });
  const lists = useDeskQuery('lists.get', {}, { enabled: !!info.data && rowsIn });

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
      onFirstRows={firstRowsCame}
    />
  );
}
