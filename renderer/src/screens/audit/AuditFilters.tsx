import { Button, Group, MultiSelect, Switch, TextInput } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';
import type { Unit } from '../../../../shared/units/schemas';
import type { AuditFilter } from '../../../../shared/audit/schemas';
import { useDeskQuery } from '../../api/queries';
import { PersonSearchSelect } from '../../components/PersonSearchSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { fieldLabels } from '../../../../shared/words/labels';

interface Props {
  filter: AuditFilter;
  setFilter: Dispatch<SetStateAction<AuditFilter>>;
  units: Unit[];
  year: number;
  /** Bumped by 清除筛选 so the person picker forgets its text. */
  clearCount: number;
  onClear(): void;
}

/** 操作记录's filters: date range, kinds, unit (with 含下级单位) and person. */
export function AuditFilters({ filter, setFilter, units, year, clearCount, onClear }: Props) {
  const kinds = useDeskQuery('audit.kinds', {});
  const set = <K extends keyof AuditFilter>(k: K, v: AuditFilter[K]) =>
    setFilter((f) => {
      const next = { ...f, [k]: v };
      if (v === undefined) delete next[k];
      return next;
    });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="筛选操作记录">
      <TextInput type="date" label="开始日期" value={filter.from ?? ''} onChange={(e) => set('from', e.currentTarget.value || undefined)} w={150} />
      <TextInput type="date" label="结束日期" value={filter.to ?? ''} onChange={(e) => set('to', e.currentTarget.value || undefined)} w={150} />
      <MultiSelect
        label="类别"
        placeholder={filter.actions?.length ? undefined : '全部'}
        data={(kinds.data ?? []).map((k) => ({ value: k.action, label: `${k.label}（${k.count}）` }))}
        value={filter.actions ?? []}
        onChange={(v) => set('actions', v.length ? v : undefined)}
        searchable
        clearable
        w={260}
      />
      <Group gap={8} align="flex-end" wrap="nowrap">
        <UnitSelect
          label={fieldLabels.unit}
          placeholder="全部单位"
          choices={units.map((u) => ({ unit: u }))}
          value={filter.unitId ? String(filter.unitId) : null}
          onChange={(v) => set('unitId', v ? Number(v) : undefined)}
          clearable
          w={240}
        />
        <Switch
          label="含下级单位"
          checked={filter.includeSubunits ?? true}
          onChange={(e) => set('includeSubunits', e.currentTarget.checked ? undefined : false)}
          disabled={!filter.unitId}
          mb={8}
        />
      </Group>
      <PersonSearchSelect
        key={clearCount}
        label="学员"
        placeholder="姓名或身份证号"
        year={year}
        value={filter.staffId ?? null}
        onChange={(id) => set('staffId', id ?? undefined)}
        w={260}
      />
      <Button variant="subtle" onClick={onClear}>
        清除筛选
      </Button>
    </Group>
  );
}
