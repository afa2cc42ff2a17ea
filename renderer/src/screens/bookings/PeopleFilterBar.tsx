import { Group, TextInput } from '@mantine/core';
import { useDeskQuery } from '../../api/queries';
import { UnitSelect } from '../../components/UnitSelect';
import type { PeopleFilter } from './usePeopleJudgement';

/**
 * Who to consider: a unit with its sub-units, and/or a name, ID number or
 * account. `allWhenEmpty`: with no unit the list shows everyone (学分), so the
 * empty picker says 全部单位; otherwise nobody is listed until one is chosen.
 */
export function PeopleFilterBar({ filter, onChange, allWhenEmpty = false }: { filter: PeopleFilter; onChange(f: PeopleFilter): void; allWhenEmpty?: boolean }) {
  const units = useDeskQuery('units.list', {});
  return (
    <Group align="flex-end">
      <UnitSelect
        label="单位（含下级单位）"
        placeholder={allWhenEmpty ? '全部单位' : '选择单位'}
        w={320}
        clearable
        choices={(units.data ?? []).map((unit) => ({ unit }))}
        value={filter.unitId === null ? null : String(filter.unitId)}
        onChange={(v) => onChange({ ...filter, unitId: v ? Number(v) : null })}
      />
      <TextInput
        label="姓名、身份证号或登录账号"
        placeholder="可只输入一部分"
        w={240}
        value={filter.query}
        onChange={(e) => onChange({ ...filter, query: e.currentTarget.value })}
      />
    </Group>
  );
}
