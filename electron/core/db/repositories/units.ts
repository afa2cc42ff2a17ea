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

export function toUnit(row: UnitRow & { level: number }): Unit {
  return {
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
  };
}

/** Every unit with its level, parents before children, siblings in their order. */
export async function selectUnits(db: Executor, opts: { includeArchived?: boolean } = {}): Promise<Unit[]> {
  const where = opts.includeArchived ? '' : ' WHERE units.archived_at IS NULL';
  const rows = (await db.raw(`${withLevel}${where} ORDER BY tree.level, units.parent_id, units.sort_order, units.id`)) as (UnitRow & {
    level: number;
  })[];
  return rows.map(toUnit);
}

export async function selectUnit(db: Executor, id: number): Promise<Unit | null> {
  const rows = (await db.raw(`${withLevel} WHERE units.id = ?`, [id])) as (UnitRow & { level: number })[];
  return rows[0] ? toUnit(rows[0]) : null;
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
