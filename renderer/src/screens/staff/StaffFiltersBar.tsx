import { Group, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Rank } from '../../../../shared/settings/schemas';
import type { StaffStatus } from '../../../../shared/staff/schemas';
import { staffStatuses } from '../../../../shared/staffStatus';
import type { StaffFilters } from './filters';
import { UNIT_OPTIONS_SHOWN, type UnitOption } from './unitOptions';
import { fieldLabels } from '../../../../shared/words/labels';

interface Props {
  filters: StaffFilters;
  setFilters: Dispatch<SetStateAction<StaffFilters>>;
  /** null while the units are still on their way (the unit filter waits for them). */
  unitOptions: UnitOption[] | null;
  ranks: Rank[];
}

const ALL = 'all';
const checkedOptions = [
  { value: ALL, label: '全部' },
  { value: 'yes', label: '已核对' },
  { value: 'no', label: '未核对' },
];

/** Search (debounced), unit with 含下级单位, 在职状态, 职级, 核对 and 到龄未退. */
export function StaffFiltersBar({ filters, setFilters, unitOptions, ranks }: Props) {
  const [text, setText] = useState(filters.query);
  const [debounced] = useDebouncedValue(text, 250);
  const set = <K extends keyof StaffFilters>(key: K, value: StaffFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    setFilters((f) => (f.query === debounced ? f : { ...f, query: debounced }));
  }, [debounced, setFilters]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="筛选学员">
      <TextInput
        label="搜索"
        placeholder="姓名、身份证号、手机号或账号"
        title="按姓名、身份证号、手机号码或登录账号查找"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') set('query', text);
          if (e.key === 'Escape' && text) {
            e.stopPropagation();
            setText('');
            set('query', '');
          }
        }}
        w={264}
      />
      <Group gap={8} align="flex-end" wrap="nowrap">
        <Select
          label={fieldLabels.unit}
          placeholder={unitOptions ? '全部单位' : '正在读取单位…'}
          data={unitOptions ?? []}
          disabled={!unitOptions}
          value={filters.unitId === null ? null : String(filters.unitId)}
          onChange={(v) => set('unitId', v === null ? null : Number(v))}
          searchable
          clearable
          limit={UNIT_OPTIONS_SHOWN}
          nothingFoundMessage="没有匹配的单位"
          // These replace the theme's comboboxProps whole, so keepMounted is said again.
          comboboxProps={{ width: 'max-content', position: 'bottom-start', keepMounted: false }}
          w={220}
        />
        <Switch
          label="含下级单位"
          checked={filters.includeSubunits}
          onChange={(e) => set('includeSubunits', e.currentTarget.checked)}
          disabled={filters.unitId === null}
          mb={8}
        />
        <Switch
          label="调出人员"
          title="只看从所选单位调出的人员（人员异动中调往其他单位的），单位一列显示其现在所在的单位"
          checked={filters.movedOut}
          onChange={(e) => set('movedOut', e.currentTarget.checked)}
          disabled={filters.unitId === null}
          mb={8}
        />
      </Group>
      <Select
        label={fieldLabels.status}
        data={[{ value: ALL, label: '全部' }, ...staffStatuses.map((s) => ({ value: s, label: s }))]}
        value={filters.status ?? ALL}
        onChange={(v) => set('status', v === null || v === ALL ? null : (v as StaffStatus))}
        allowDeselect={false}
        w={96}
      />
      <Select
        label={fieldLabels.rank}
        placeholder="全部"
        data={ranks.map((r) => r.name)}
        value={filters.rank}
        onChange={(v) => set('rank', v)}
        searchable
        clearable
        w={150}
      />
      <Select
        label="核对"
        data={checkedOptions}
        value={filters.checked === null ? ALL : filters.checked ? 'yes' : 'no'}
        onChange={(v) => set('checked', v === 'yes' ? true : v === 'no' ? false : null)}
        allowDeselect={false}
        w={96}
      />
      <Switch
        label="到龄未退"
        title="只看已到退休日期（或约定的延迟退休日期）仍为在职的学员，按计划日期计算"
        checked={filters.overdueRetirement}
        onChange={(e) => set('overdueRetirement', e.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
