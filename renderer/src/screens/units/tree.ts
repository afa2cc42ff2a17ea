import type { Unit } from '../../../../shared/units/schemas';

/**
 * The unit tree as the screen needs it, built once per load from the flat
 * list the core returns. A unit whose parent is not in the list (it should
 * not happen, but a stale list must not hide it) is shown at the top.
 */
export interface UnitTree {
  byId: Map<number, Unit>;
  /** Children in the admin's order (sortOrder), keyed by parent id; null holds the top units. */
  children: Map<number | null, Unit[]>;
  /** Every unit depth-first, each sub-unit after its parent. */
  ordered: Unit[];
}

export function buildTree(units: Unit[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<number | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId !== null && byId.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const ordered: Unit[] = [];
  const walk = (parentId: number | null) => {
    for (const u of children.get(parentId) ?? []) {
      ordered.push(u);
      walk(u.id);
    }
  };
  walk(null);
  return { byId, children, ordered };
}

/** The tree with archived units left out (archiving takes the sub-units along, so no orphans appear). */
export function withoutArchived(tree: UnitTree): UnitTree {
  return buildTree(tree.ordered.filter((u) => u.archivedAt === null));
}

/** The unit's own id and all its descendants' ids. */
export function subtreeIds(tree: UnitTree, id: number): Set<number> {
  const out = new Set<number>();
  const walk = (at: number) => {
    out.add(at);
    for (const c of tree.children.get(at) ?? []) walk(c.id);
  };
  walk(id);
  return out;
}

/** Ancestor ids from the parent up to the top. */
export function ancestorIds(tree: UnitTree, id: number): number[] {
  const out: number[] = [];
  let at = tree.byId.get(id)?.parentId ?? null;
  while (at !== null && !out.includes(at)) {
    out.push(at);
    at = tree.byId.get(at)?.parentId ?? null;
  }
  return out;
}

/** The unit's siblings (itself included) in order. */
export function siblingsOf(tree: UnitTree, unit: Unit): Unit[] {
  const parent = unit.parentId !== null && tree.byId.has(unit.parentId) ? unit.parentId : null;
  return tree.children.get(parent) ?? [];
}

/**
 * Ids to show for a name search: every unit whose name contains the query,
 * plus its ancestors so it appears in place. null when there is no query.
 */
export function searchMatches(tree: UnitTree, query: string): { shown: Set<number>; hits: number } | null {
  const q = query.trim().toLowerCase();
  if (q === '') return null;
  const shown = new Set<number>();
  let hits = 0;
  for (const u of tree.ordered) {
    if (!u.name.toLowerCase().includes(q)) continue;
    hits++;
    shown.add(u.id);
    for (const a of ancestorIds(tree, u.id)) shown.add(a);
  }
  return { shown, hits };
}
