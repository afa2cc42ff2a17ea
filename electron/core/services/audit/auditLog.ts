import { deskError } from '../../../../shared/errors';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import { actionLabel, describeChanges } from '../../../../shared/rules/auditChanges';
import type { AuditFilter, AuditPage, AuditRow } from '../../../../shared/audit/schemas';
import type { CoreContext, Executor } from '../../context';
import { auditActionCounts, countAudit, selectAudit, type AuditQuery, type AuditSearchRow } from '../../db/repositories/auditSearch';
import { unitTrails } from '../../db/repositories/staff';

/** 操作记录: the audit log read back, filtered, with what each entry changed in the admins' words. */

export const AUDIT_PAGE = 50;

/** A local calendar day's first instant, as the ISO text audit rows carry. */
function dayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

export function auditQuery(f: AuditFilter): AuditQuery {
  if (f.from && f.to && f.from > f.to) {
    throw deskError('AUDIT_RANGE_INVALID.dates', { from: f.from, to: f.to });
  }
  return {
    fromAt: f.from ? dayStart(f.from) : null,
    toAt: f.to ? dayStart(f.to, 1) : null,
    actions: f.actions && f.actions.length > 0 ? f.actions : null,
    unitId: f.unitId ?? null,
    includeSubunits: f.includeSubunits ?? true,
    staffId: f.staffId ?? null,
  };
}

type Fields = Record<string, unknown>;

function fields(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}

function textOf(v: Fields | null, key: string): string | null {
  const x = v?.[key];
  return typeof x === 'string' && x.length > 0 ? x : null;
}

function asFields(v: unknown): Fields | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Fields) : null;
}

/** Who or what the entry is about, in words. */
function subjectOf(r: AuditSearchRow, before: Fields | null, after: Fields | null): string {
  if (r.staff_name !== null) return `${r.staff_name}（${maskIdNumber(r.staff_id_number ?? '')}）`;
  const name = textOf(after, 'name') ?? textOf(before, 'name');
  if (r.entity === 'unit') return textOf(after, 'path') ?? textOf(before, 'path') ?? name ?? '';
  if (r.entity === 'import') return textOf(after, 'file') ?? '名册导入';
  if (r.entity === 'lists') return r.action === 'lists.saveRanks' ? '职级列表' : '单位属性列表';
  if (r.entity === 'staff' && r.staff_id === null && r.action === 'staff.check') return `${Number(after?.count ?? 0)} 人`;
  return name ?? '';
}

export async function toAuditRows(db: Executor, rows: AuditSearchRow[]): Promise<AuditRow[]> {
  const trails = await unitTrails(db, rows.flatMap((r) => (r.unit_id === null ? [] : [r.unit_id])));
  return rows.map((r) => {
    const before = fields(r.before_json);
    const after = fields(r.after_json);
    const b = asFields(before);
    const a = asFields(after);
    const unitPath = (r.unit_id === null ? undefined : trails.get(r.unit_id)?.path) ?? textOf(a, 'unitPath') ?? textOf(b, 'unitPath') ?? null;
    return {
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      actionLabel: actionLabel(r.action, a),
      staffId: r.staff_id,
      unitId: r.unit_id,
      subject: subjectOf(r, b, a),
      unitPath,
      changes: describeChanges(r.entity, before, after, r.action),
    };
  });
}

export async function searchAudit(ctx: CoreContext, args: AuditFilter & { offset?: number; limit?: number }): Promise<AuditPage> {
  const q = auditQuery(args);
  const offset = args.offset ?? 0;
  return ctx.db.transaction(async (trx) => {
    const total = await countAudit(trx, q);
    const rows = total > offset ? await selectAudit(trx, q, { offset, limit: args.limit ?? AUDIT_PAGE }) : [];
    return { total, offset, rows: await toAuditRows(trx, rows) };
  });
}

export async function auditKinds(ctx: CoreContext): Promise<{ action: string; label: string; count: number }[]> {
  return (await auditActionCounts(ctx.db)).map((k) => ({ ...k, label: actionLabel(k.action) }));
}
