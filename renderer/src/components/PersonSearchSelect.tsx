import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { maskIdNumber } from '../../../shared/rules/idNumber';
import { useDeskQuery } from '../api/queries';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> {
  year: number;
  /** Only people in this unit (with its sub-units). */
  unitId?: number | null;
  value: number | null;
  onChange(id: number | null, label: string | null): void;
}

interface Option {
  value: string;
  label: string;
}

/** Picks a person by typing part of the name or the ID number; the roster search finds them. */
export function PersonSearchSelect({ year, unitId, value, onChange, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<Option | null>(null);

  // The last list found stays while the text is cleared or is the chosen person's label.
  const q = debounced.trim();
  const found = useDeskQuery('staff.search', { query: q, year, limit: 20, ...(unitId ? { unitId } : {}) }, { enabled: q !== '' && q !== chosen?.label });
  const options = useMemo<Option[]>(
    () => (found.data?.rows ?? []).map((s) => ({ value: String(s.id), label: `${s.name}（${maskIdNumber(s.idNumber)}）${s.unitPath}` })),
    [found.data],
  );

  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      {...props}
      searchable
      clearable
      data={data}
      value={value === null ? null : String(value)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim() ? '没有找到，请输入姓名或身份证号' : '输入姓名或身份证号查找'}
      onChange={(v, option) => {
        const picked = v === null || !option ? null : { value: v, label: option.label };
        setChosen(picked);
        onChange(v === null ? null : Number(v), picked?.label ?? null);
      }}
    />
  );
}
