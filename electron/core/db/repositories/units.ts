import { effectiveRoutes } from '../../../../shared/rules/examRoute';
import type { Unit } from '../../../../shared/units/schemas';
import type { Executor } from '../../context';

export interface UnitRow {
  id: number;
  parent_id: number | null;
  name: string;
  sort_order: number;
  code: string | null;
  attribute: string | null;
  admin_name: string | null;
  admin_phone: string | null;
  admin_account: string | null;
  exam_route: 'category' | 'regional' | null;
  counterpart: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const withLevel = `
  WITH RECURSIVE tree(id, level) AS (
    SELECT id, 1 FROM units WHERE parent_id IS NULL
    UNION ALL
    SELECT u.id, tree.level + 1 FROM units u JOIN tree ON u.parent_id = tree.id
  )
  SELECT units.*, tree.level AS level FROM units JOIN tree ON tree.id = units.id`;

type UnitRowWithLevel = UnitRow & { level: number };

/**
 * Every unit as the UI sees it: level, path from the top, staff counts (own
 * and with sub-units) and the effective exam route with where it comes from.
 * Built for the whole tree at once: a county has a few thousand units.
 */
export async function selectUnits(db: Executor, opts: { includeArchived?: boolean } = {}): Promise<Unit[]> {
  const rows = (await db.raw(`${withLevel} ORDER BY tree.level, units.parent_id, units.sort_order, units.id`)) as UnitRowWithLevel[];
  const counts = (await db.raw('SELECT unit_id, count(*) AS n FROM staff GROUP BY unit_id')) as { unit_id: number; n: number }[];
  const units = buildUnits(rows, new Map(counts.map((c) => [c.unit_id, Number(c.n)])));
  return opts.includeArchived ? units : units.filter((u) => u.archivedAt === null);
}

export async function selectUnit(db: Executor, id: number): Promise<Unit | null> {
  return (await selectUnits(db, { includeArchived: true })).find((u) => u.id === id) ?? null;
}

function buildUnits(rows: UnitRowWithLevel[], own: Map<number, number>): Unit[] {
  const routes = effectiveRoutes(
    rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, examRoute: r.exam_route, counterpart: r.counterpart })),
  );
  const paths = new Map<number, string>();
  const totals = new Map<number, number>();
  // Rows come parents first, so a parent's path is known before its children's.
  for (const r of rows) {
    const parentPath = r.parent_id === null ? undefined : paths.get(r.parent_id);
    paths.set(r.id, parentPath === undefined ? r.name : `${parentPath}/${r.name}`);
  }
  // Children last: add each unit's total into its parent, deepest first.
  for (const r of [...rows].reverse()) {
    const total = (totals.get(r.id) ?? 0) + (own.get(r.id) ?? 0);
    totals.set(r.id, total);
    if (r.parent_id !== null) totals.set(r.parent_id, (totals.get(r.parent_id) ?? 0) + total);
  }
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    level: row.level,
    sortOrder: row.sort_order,
    code: row.code,
    attribute: row.attribute,
    adminName: row.admin_name,
    adminPhone: row.admin_phone,
    adminAccount: row.admin_account,
    examRoute: row.exam_route,
    counterpart: row.counterpart,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    path: paths.get(row.id)!,
    staffCount: own.get(row.id) ?? 0,
    staffCountTotal: totals.get(row.id) ?? 0,
    effectiveRoute: routes.get(row.id)!,
  }));
}

export async function siblingNamed(db: Executor, parentId: number | null, name: string): Promise<UnitRow | undefined> {
  const q = db<UnitRow>('units').where({ name });
  return parentId === null ? q.whereNull('parent_id').first() : q.where({ parent_id: parentId }).first();
}

export async function nextSortOrder(db: Executor, parentId: number | null): Promise<number> {
  const q = db('units').max({ m: 'sort_order' });
  const row = (await (parentId === null ? q.whereNull('parent_id') : q.where({ parent_id: parentId })).first()) as
    | { m: number | null }
    | undefined;
  return (row?.m ?? -1) + 1;
}

export async function insertUnit(db: Executor, row: Omit<UnitRow, 'id'>): Promise<number> {
  const [id] = await db('units').insert(row);
  return id as number;
}

export async function countUnits(db: Executor): Promise<number> {
  const row = (await db('units').count({ n: '*' }).first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** The stored row of one unit, archived or not. */
export async function selectUnitRow(db: Executor, id: number): Promise<UnitRow | undefined> {
  return db<UnitRow>('units').where({ id }).first();
}

/** The fields a unit edit or move may change. */
export type UnitRowChanges = Partial<Omit<UnitRow, 'id' | 'created_at'>>;

export async function updateUnitRow(db: Executor, id: number, changes: UnitRowChanges): Promise<void> {
  await db('units').where({ id }).update(changes);
}

export async function deleteUnitRow(db: Executor, id: number): Promise<void> {
  await db('units').where({ id }).delete();
}

/** The unit and everything below it, the unit first (UNION keeps it finite even on a damaged tree). */
export async function selectSubtreeRows(db: Executor, id: number): Promise<UnitRow[]> {
  return (await db.raw(
    `WITH RECURSIVE sub(id, depth) AS (
       SELECT id, 0 FROM units WHERE id = ?
       UNION
       SELECT u.id, sub.depth + 1 FROM units u JOIN sub ON u.parent_id = sub.id
     )
     SELECT units.* FROM units JOIN sub ON sub.id = units.id ORDER BY sub.depth, units.id`,
    [id],
  )) as UnitRow[];
}

/** The unit's own id followed by its ancestors' ids up to the top. */
export async function selectAncestorIds(db: Executor, id: number): Promise<number[]> {
  const rows = (await db.raw(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT id, 0 FROM units WHERE id = ?
       UNION
       SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL
     )
     SELECT id FROM up ORDER BY depth`,
    [id],
  )) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Direct children of a parent (null: the top units) in their order, archived ones included. */
export async function selectChildRows(db: Executor, parentId: number | null): Promise<UnitRow[]> {
  const q = db<UnitRow>('units').orderBy([{ column: 'sort_order' }, { column: 'id' }]);
  return parentId === null ? q.whereNull('parent_id') : q.where({ parent_id: parentId });
}

/** Gives the listed units sort_order 0..n-1 in the order given, touching only rows that change. */
export async function writeSortOrders(db: Executor, orderedIds: number[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await db('units').where({ id }).whereNot({ sort_order: i }).update({ sort_order: i });
  }
}

/** Sets archived_at (null: restored) and updated_at on many units, in chunks under SQLite's variable limit. */
export async function setArchivedAt(db: Executor, ids: number[], archivedAt: string | null, updatedAt: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db('units')
      .whereIn('id', ids.slice(i, i + 500))
      .update({ archived_at: archivedAt, updated_at: updatedAt });
  }
}

/** Staff whose unit is exactly this one (every status). */
export async function countStaffOfUnit(db: Executor, unitId: number): Promise<number> {
  const row = (await db('staff').where({ unit_id: unitId }).count({ n: '*' }).first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/** Whether a name is on the 单位属性 list kept in 设置. */
export async function unitAttributeListed(db: Executor, name: string): Promise<boolean> {
  return (await db('unit_attributes').where({ name }).first()) !== undefined;
}
