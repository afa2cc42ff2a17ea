import type { AuditAction } from '../../../../shared/rules/auditLabels';
import type { AuditEntry } from '../../../../shared/audit/schemas';
import type { Executor } from '../../context';
import { insertRows } from './bulkInsert';

export interface AuditInput {
  at: string;
  actor: string;
  /** What was done, e.g. 'unit.create': one of the labelled codes of the 操作记录. */
  action: AuditAction;
  entity: string;
  entityId: number | null;
  unitId?: number | null;
  staffId?: number | null;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

export async function insertAudit(db: Executor, e: AuditInput): Promise<void> {
  await insertAuditMany(db, [e]);
}

/** Many audit rows at once (a bulk import), in chunks. */
export async function insertAuditMany(db: Executor, entries: AuditInput[]): Promise<void> {
  const rows = entries.map((e) => ({
    at: e.at,
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    unit_id: e.unitId ?? null,
    staff_id: e.staffId ?? null,
    before_json: e.before == null ? null : JSON.stringify(e.before),
    after_json: e.after == null ? null : JSON.stringify(e.after),
  }));
  await insertRows(db, 'audit_log', Object.keys(rows[0] ?? {}), rows);
}

export async function selectRecentAudit(db: Executor, limit: number): Promise<AuditEntry[]> {
  const rows = await db<AuditRow>('audit_log').orderBy('id', 'desc').limit(limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}
