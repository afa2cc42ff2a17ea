import type { Unit } from '../../../../shared/units/schemas';

/** Options a unit dropdown renders at once; typing narrows a large tree. */
export const UNIT_OPTIONS_SHOWN = 300;

export interface UnitOption {
  value: string;
  label: string;
}

/** Units depth-first (each sub-unit after its parent), labelled with their full path for Select. */
export function unitOptions(units: Unit[]): UnitOption[] {
  const children = new Map<number | null, Unit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const known = new Set(units.map((u) => u.id));
  const out: UnitOption[] = [];
  const walk = (parentId: number | null) => {
    for (const u of children.get(parentId) ?? []) {
      out.push({ value: String(u.id), label: u.path });
      walk(u.id);
    }
  };
  walk(null);
  // A unit whose parent is not in the list (e.g. an archived parent) still appears, at the end.
  for (const u of units) if (u.parentId !== null && !known.has(u.parentId)) walk(u.parentId);
  const seen = new Set<string>();
  return out.filter((o) => !seen.has(o.value) && seen.add(o.value));
}
