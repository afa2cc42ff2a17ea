import { deskError } from '../../../../shared/errors';
import type { Exemption, ExemptionDetail, ExemptionStatus } from '../../../../shared/exemptions/schemas';
import { evasionSuspected, exemptionFlags } from '../../../../shared/rules/exemptionChecks';
import type { Executor } from '../../context';
import { selectEvidenceOf } from '../../db/repositories/evidence';
import { bookingOutcomes, selectExemption, selectExemptions, sharedEvidenceOf, type ExemptionRow, type ExemptionWithStaff, type SharedEvidenceRow } from '../../db/repositories/exemptions';
import { unitTrails } from '../../db/repositories/staff';
import { retirementOf, unitScope } from './rule';

/** An application's own steps, as the screens show them and an audit row keeps them. */
export function applicationFields(r: ExemptionRow) {
  return {
    ground: r.ground,
    status: r.status,
    appliedOn: r.applied_on,
    reviewer: r.reviewer,
    reviewedOn: r.reviewed_on,
    decidedOn: r.decided_on,
    platformSetOn: r.platform_set_on,
    revokedOn: r.revoked_on,
    revokedReason: r.revoked_reason,
    notes: r.notes,
  };
}

/** The admin's decision on a suspected evasion, as the screens show it. */
export function evasionOf(r: ExemptionRow): Exemption['evasion'] {
  return r.evasion_decision ? { decision: r.evasion_decision, reason: r.evasion_reason, decidedOn: r.evasion_decided_on ?? '' } : null;
}

/** "张三（县局/办公室）、李四（…）": the other people a shared evidence file is attached to. */
function othersText(rows: SharedEvidenceRow[], paths: Map<number, string>): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of rows) {
    const text = `${r.other_name}（${paths.get(r.other_unit_id) ?? ''}，${r.other_year} 年）`;
    if (!seen.has(text)) out.push(text);
    seen.add(text);
  }
  return out.join('、');
}

/** Applications as the screens and the archive see them: the person, the steps, the evidence count and the checks. */
async function toExemptions(db: Executor, rows: ExemptionWithStaff[]): Promise<Exemption[]> {
  const shared = await sharedEvidenceOf(db, rows.map((r) => r.id));
  const trails = await unitTrails(db, [...rows.map((r) => r.unit_id), ...shared.map((x) => x.other_unit_id)]);
  const paths = new Map([...trails].map(([id, t]) => [id, t.path]));
  const sharedBy = new Map<number, SharedEvidenceRow[]>();
  for (const x of shared) sharedBy.set(x.exemption_id, [...(sharedBy.get(x.exemption_id) ?? []), x]);
  const byYear = new Map<number, number[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.staff_id]);
  const bookings = new Map<string, Awaited<ReturnType<typeof bookingOutcomes>>>();
  for (const [year, ids] of byYear) bookings.set(String(year), await bookingOutcomes(db, ids, year));
  return rows.map((r) => {
    const outcomes = bookings.get(String(r.year))?.get(r.staff_id) ?? [];
    const flags = exemptionFlags(
      { status: r.status, decidedOn: r.decided_on, reviewer: r.reviewer, reviewedOn: r.reviewed_on, evidenceCount: Number(r.evidence_count), evasion: evasionOf(r) },
      outcomes,
    );
    const mine = sharedBy.get(r.id) ?? [];
    if (mine.length > 0 && (r.status === 'draft' || r.status === 'approved')) {
      const names = [...new Set(mine.map((x) => x.original_name))].join('、');
      flags.push({ code: 'sharedEvidence', message: `证明材料“${names}”与${othersText(mine, paths)}的免考申请所附文件内容完全相同，请核实` });
    }
    return {
    id: r.id,
    staffId: r.staff_id,
    year: r.year,
    name: r.name,
    idNumber: r.id_number,
    unitId: r.unit_id,
    unitPath: trails.get(r.unit_id)?.path ?? '',
    ...applicationFields(r),
    retirementDate: retirementOf(r.birth_date, r.retirement_age),
    evidenceCount: Number(r.evidence_count),
    flags,
    evasionSuspected: evasionSuspected({ status: r.status, decidedOn: r.decided_on }, outcomes),
    evasion: evasionOf(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    };
  });
}

export async function listExemptions(db: Executor, year: number, opts: { unitId?: number; includeSubunits?: boolean; status?: ExemptionStatus }): Promise<Exemption[]> {
  const unitIds = await unitScope(db, opts.unitId, opts.includeSubunits);
  return toExemptions(db, await selectExemptions(db, year, { unitIds, status: opts.status }));
}

export async function existingExemption(db: Executor, id: number): Promise<ExemptionWithStaff> {
  const row = await selectExemption(db, id);
  if (!row) throw deskError('EXEMPTION_NOT_FOUND.byId', { id });
  return row;
}

export async function exemptionDetail(db: Executor, id: number): Promise<ExemptionDetail> {
  const row = await existingExemption(db, id);
  const [exemption] = await toExemptions(db, [row]);
  const all = await selectEvidenceOf(db, [id]);
  const shared = await sharedEvidenceOf(db, [id]);
  const trails = await unitTrails(db, shared.map((x) => x.other_unit_id));
  const sharedEvidence: ExemptionDetail['sharedEvidence'] = [];
  for (const x of shared) {
    let entry = sharedEvidence.find((s) => s.evidenceId === x.evidence_id);
    if (!entry) sharedEvidence.push((entry = { evidenceId: x.evidence_id, name: x.original_name, others: [] }));
    entry.others.push({ exemptionId: x.other_exemption_id, name: x.other_name, idNumber: x.other_id_number, unitPath: trails.get(x.other_unit_id)?.path ?? '', year: x.other_year, status: x.other_status });
  }
  return {
    ...exemption!,
    evidence: all.filter((e) => e.removedAt === null),
    history: all.filter((e) => e.removedAt !== null).reverse(),
    sharedEvidence,
  };
}
