import type { Unit } from '../../../shared/units/schemas';
import { UnitSelect } from './UnitSelect';

interface Props {
  label: string;
  description?: string;
  /** The desk's units in tree order; none while they load. */
  units: Unit[] | undefined;
  unitId: number | null;
  onChange(unitId: number | null): void;
}

/** 全部单位 or one unit with its sub-units: the filter above a list, an export or a bulk action. */
export function UnitFilter({ label, description, units, unitId, onChange }: Props) {
  return (
    <UnitSelect
      label={label}
      description={description}
      placeholder="全部单位"
      w={320}
      clearable
      choices={(units ?? []).map((unit) => ({ unit }))}
      value={unitId === null ? null : String(unitId)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
    />
  );
}
