import type { Executor } from '../../context';

/** The 操作记录 filter as the database reads it: instants [fromAt, toAt), actions, a unit (subtree) and a person. */
export interface AuditQuery {
  fromAt: string | null;
  toAt: string | null;
  actions: string[] | null;
  unitId: number | null;
  includeSubunits: boolean;
  staffId: number | null;
}

export interface AuditSearchRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  unit_id: number | null;
  staff_id: number | null;
  before_json: string | null;
  after_json: string | null;
  staff_name: string | null;
  staff_id_number: string | null;
}

const SUB = `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE ?) `;

/**
 * The conditions. A unit matches the rows about it or anyone in it at the
 * time, and also a transfer's rows from the sending end (their unit_id is the
 * receiving unit), so both ends see a transfer in their log.
 */
function build(q: AuditQuery, beforeId: number | null): { head: string; where: string; bindings: (string | number)[] } {
  const head: string[] = [];
  const where: string[] = [];
  const bindings: (string | number)[] = [];
  if (q.unitId !== null) {
    head.push(SUB);
    bindings.push(q.unitId, q.includeSubunits ? 1 : 0);
    where.push(`(a.unit_id IN (SELECT id FROM sub) OR (a.entity = 'transfer' AND a.entity_id IN (SELECT t.id FROM transfers t WHERE t.from_unit_id IN (SELECT id FROM sub))))`);
  }
  if (q.fromAt !== null) {
    where.push('a.at >= ?');
    bindings.push(q.fromAt);
  }
  if (q.toAt !== null) {
    where.push('a.at < ?');
    bindings.push(q.toAt);
  }
  if (q.actions !== null) {
    where.push('a.action IN (SELECT value FROM json_each(?))');
    bindings.push(JSON.stringify(q.actions));
  }
  if (q.staffId !== null) {
    where.push('a.staff_id = ?');
    bindings.push(q.staffId);
  }
  if (beforeId !== null) {
    where.push('a.id < ?');
    bindings.push(beforeId);
  }
  return { head: head.join(''), where: where.length ? `WHERE ${where.join(' AND ')}` : '', bindings };
}

export async function countAudit(db: Executor, q: AuditQuery): Promise<number> {
  const b = build(q, null);
  const rows = (await db.raw(`${b.head}SELECT count(*) AS n FROM audit_log a ${b.where}`, b.bindings)) as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}

/** Newest first. `beforeId` pages by id (exports); `offset` pages by position (the screen). */
export async function selectAudit(db: Executor, q: AuditQuery, page: { offset: number; limit: number; beforeId?: number }): Promise<AuditSearchRow[]> {
  const b = build(q, page.beforeId ?? null);
  return (await db.raw(
    `${b.head}SELECT a.*, s.name AS staff_name, s.id_number AS staff_id_number
       FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
       ${b.where} ORDER BY a.id DESC LIMIT ? OFFSET ?`,
    [...b.bindings, page.limit, page.offset],
  )) as AuditSearchRow[];
}

export async function auditActionCounts(db: Executor): Promise<{ action: string; count: number }[]> {
  const rows = (await db.raw(`SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY n DESC, action`)) as { action: string; n: number }[];
  return rows.map((r) => ({ action: r.action, count: Number(r.n) }));
}
