import { DeskError } from '../../../../shared/errors';
import type { Exemption, ExemptionDetail, ExemptionStatus } from '../../../../shared/exemptions';
import { exemptionFlags } from '../../../../shared/rules/exemptionChecks';
import type { Executor } from '../../context';
import { selectEvidenceOf } from '../../db/repositories/evidence';
import { bookingOutcomes, selectExemption, selectExemptions, type ExemptionRow, type ExemptionWithStaff } from '../../db/repositories/exemptions';
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

/** Applications as the screens and the archive see them: the person, the steps, the evidence count and the checks. */
async function toExemptions(db: Executor, rows: ExemptionWithStaff[]): Promise<Exemption[]> {
  const trails = await unitTrails(db, rows.map((r) => r.unit_id));
  const byYear = new Map<number, number[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.staff_id]);
  const bookings = new Map<string, Awaited<ReturnType<typeof bookingOutcomes>>>();
  for (const [year, ids] of byYear) bookings.set(String(year), await bookingOutcomes(db, ids, year));
  return rows.map((r) => ({
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
    flags: exemptionFlags(
      { status: r.status, decidedOn: r.decided_on, reviewer: r.reviewer, reviewedOn: r.reviewed_on, evidenceCount: Number(r.evidence_count) },
      bookings.get(String(r.year))?.get(r.staff_id) ?? [],
    ),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function listExemptions(db: Executor, year: number, opts: { unitId?: number; includeSubunits?: boolean; status?: ExemptionStatus }): Promise<Exemption[]> {
  const unitIds = await unitScope(db, opts.unitId, opts.includeSubunits);
  return toExemptions(db, await selectExemptions(db, year, { unitIds, status: opts.status }));
}

export async function existingExemption(db: Executor, id: number): Promise<ExemptionWithStaff> {
  const row = await selectExemption(db, id);
  if (!row) throw new DeskError('EXEMPTION_NOT_FOUND', `找不到该免考申请（编号 ${id}），可能已被删除，请刷新后重试。`);
  return row;
}

export async function exemptionDetail(db: Executor, id: number): Promise<ExemptionDetail> {
  const row = await existingExemption(db, id);
  const [exemption] = await toExemptions(db, [row]);
  const all = await selectEvidenceOf(db, [id]);
  return {
    ...exemption!,
    evidence: all.filter((e) => e.removedAt === null),
    history: all.filter((e) => e.removedAt !== null).reverse(),
  };
}
