import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Rank } from '../../../../shared/settings/schemas';
import type { Staff } from '../../../../shared/staff/schemas';
import type { Unit } from '../../../../shared/units/schemas';
import { change } from '../../api/queries';
import { CheckYearInput } from './CheckYearInput';
import { initialFilters, isFiltered, searchArgs } from './filters';
import { hashParam } from '../../useHashRoute';
import { RetirementModal, type RetirementAction } from './RetirementModal';
import { RosterEmptyState } from './RosterEmptyState';
import { SelectionBar } from './SelectionBar';
import { StaffDrawer, type DrawerTarget } from './StaffDrawer';
import { StaffFiltersBar } from './StaffFiltersBar';
import { StaffTable } from './StaffTable';
import { unitOptions as toUnitOptions } from './unitOptions';
import { useStaffPages } from './useStaffPages';

interface Props {
  /** The working year (from the desk's today): the default 核对年度. */
  year: number;
  /** null while the unit tree is still on its way. */
  units: Unit[] | null;
  ranks: Rank[];
  ranksError: string | null;
  /** Called once the first rows (or the answer that there are none) have come. */
  onFirstRows?: () => void;
}

/** Filters, the virtualised list, bulk 核对, 设为退休 and 弹性延迟退休, and the person drawer. */
export function Roster({ year, units, ranks, ranksError, onFirstRows }: Props) {
  const [filters, setFilters] = useState(() => initialFilters(year, hashParam('overdue') === '1'));
  const [retirement, setRetirement] = useState<RetirementAction | null>(null);
  // Bumped by 清除筛选 so the search box forgets what was typed.
  const [filtersGeneration, setFiltersGeneration] = useState(0);
  const args = useMemo(() => searchArgs(filters), [filters]);
  const resetKey = JSON.stringify(args);
  const pages = useStaffPages(args);
  const options = useMemo(() => (units ? toUnitOptions(units) : null), [units]);
  const answered = pages.settled || pages.error !== null;
  useEffect(() => {
    if (answered) onFirstRows?.();
  }, [answered, onFirstRows]);

  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [checking, setChecking] = useState(false);
  useEffect(() => setSelected(new Set()), [resetKey]);

  const [drawer, setDrawer] = useState<{ opened: boolean; target: DrawerTarget }>({ opened: false, target: { mode: 'create', unitId: null } });
  const openCreate = useCallback(() => setDrawer({ opened: true, target: { mode: 'create', unitId: filters.unitId } }), [filters.unitId]);
  const openEdit = useCallback((staff: Staff) => setDrawer({ opened: true, target: { mode: 'edit', staff } }), []);
  const closeDrawer = useCallback(() => setDrawer((d) => ({ ...d, opened: false })), []);

  const toggle = useCallback(
    (id: number) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback(
    (rows: Staff[], select: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        for (const r of rows) {
          if (select) next.add(r.id);
          else next.delete(r.id);
        }
        return next;
      }),
    [],
  );

  async function check(checked: boolean) {
    setChecking(true);
    try {
      const ids = [...selected];
      const { changed } = await change('staff.check', { ids, year: filters.year, checked });
      const already = ids.length - changed;
      notifications.show({
        color: checked ? 'teal' : 'gray',
        message: checked
          ? `已将 ${ids.length} 人标记为 ${filters.year} 年度已核对${already > 0 ? `（其中 ${already} 人原已核对）` : ''}`
          : `已取消 ${ids.length} 人的 ${filters.year} 年度核对${already > 0 ? `（其中 ${already} 人原本未核对）` : ''}`,
      });
      setSelected(new Set());
    } catch (err) {
      notifications.show({ color: 'red', title: '核对未保存', message: (err as Error).message });
    } finally {
      setChecking(false);
    }
  }

  function saved(staff: Staff, created: boolean) {
    notifications.show({ color: 'green', message: created ? `已新增学员“${staff.name}”（${staff.unitPath}）` : `已保存“${staff.name}”的信息` });
  }

  function clearFilters() {
    setFilters((f) => initialFilters(f.year));
    setFiltersGeneration((g) => g + 1);
  }

  // Which empty state fits depends on the units, so none is shown before they are known.
  const empty = pages.settled && pages.total === 0 && !pages.error && units !== null;
  const rosterEmpty = empty && !isFiltered(filters);

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding, 0rem))">
      <Group justify="space-between">
        <Group gap="lg">
          <Title order={2}>学员名册</Title>
          <CheckYearInput year={filters.year} onChange={(y) => setFilters((f) => ({ ...f, year: y }))} />
        </Group>
        <Button leftSection={<IconUserPlus size={16} />} onClick={openCreate}>
          新增学员
        </Button>
      </Group>
      {!rosterEmpty && <StaffFiltersBar key={filtersGeneration} filters={filters} setFilters={setFilters} unitOptions={options} ranks={ranks} />}
      {ranksError && (
        <Alert color="yellow" variant="light" py={6}>
          职级列表读取失败：{ranksError}
        </Alert>
      )}
      {pages.error && (
        <Alert color="red" variant="light" title="名册读取失败">
          {pages.error.message}
        </Alert>
      )}
      {!rosterEmpty && (
        <SelectionBar
          total={pages.total}
          selectedCount={selected.size}
          year={filters.year}
          busy={checking}
          onCheck={(c) => void check(c)}
          onRetirement={setRetirement}
          onClear={() => setSelected(new Set())}
        />
      )}
      {empty ? (
        <RosterEmptyState reason={rosterEmpty ? 'noStaff' : 'noMatch'} onAdd={openCreate} onClearFilters={clearFilters} />
      ) : (
        <StaffTable pages={pages} resetKey={resetKey} selected={selected} onToggle={toggle} onToggleAll={toggleAll} onOpen={openEdit} />
      )}
      <RetirementModal
        action={retirement}
        ids={[...selected]}
        onClose={() => setRetirement(null)}
        onDone={(message) => {
          notifications.show({ color: 'green', message });
          setSelected(new Set());
        }}
      />
      <StaffDrawer
        opened={drawer.opened}
        target={drawer.target}
        year={filters.year}
        unitOptions={options ?? []}
        ranks={ranks}
        onClose={closeDrawer}
        onSaved={saved}
      />
    </Stack>
  );
}
