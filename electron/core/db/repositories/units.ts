import { effectiveRoutes } from '../../../../shared/rules/examRoute';
import type { Unit } from '../../../../shared/schemas';
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
