import { normalizeUnitName } from '../../../shared/rules/unitName';
import type { Unit } from '../../../shared/units/schemas';

/**
 * Resolves a unit cell: a unit's name (when only one unit has it) or its
 * path from the top (汨罗市司法局/公证处, with / or ＞ between levels).
 */
export type UnitResolution =
  | { kind: 'found'; path: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; path: string };

export function splitUnitPath(cell: string): string[] {
  return cell
    .split(/[/／＞>]/)
    .map((s) => normalizeUnitName(s))
    .filter(Boolean);
}

export class UnitResolver {
  private byPath = new Map<string, Unit>();
  private byName = new Map<string, Unit[]>();

  constructor(units: Unit[]) {
    for (const u of units) {
      if (u.archivedAt) continue;
      this.byPath.set(u.path, u);
      this.byName.set(u.name, [...(this.byName.get(u.name) ?? []), u]);
    }
  }

  resolve(cell: string): UnitResolution {
    const parts = splitUnitPath(cell);
    const path = parts.join('/');
    if (this.byPath.has(path)) return { kind: 'found', path };
    if (parts.length === 1) {
      const named = this.byName.get(parts[0]!) ?? [];
      if (named.length === 1) return { kind: 'found', path: named[0]!.path };
      if (named.length > 1) return { kind: 'ambiguous', candidates: named.map((u) => u.path) };
    }
    return { kind: 'unknown', path };
  }

  unitIdOf(path: string): number | undefined {
    return this.byPath.get(path)?.id;
  }
}
