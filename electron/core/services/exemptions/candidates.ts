import type { CandidatesResult } from '../../../../shared/exemptions/schemas';
import { effectiveRetirementDate, isOverdueRetirement } from '../../../../shared/rules/retirement';
import type { CoreContext } from '../../context';
import { agreedDatesOf } from '../../db/repositories/retirement';
import { liveExemptionsOf } from '../../db/repositories/exemptions';
import { unitTrails, type StaffRow } from '../../db/repositories/staff';
import { deskToday } from '../retirement/retirement';
import { exemptionRule, retirementOf, unitScope } from './rule';
import { IN_SERVICE } from '../../../../shared/staffStatus';

/** The youngest original retirement age: nobody born later than limit − 50 years can fit. */
const YOUNGEST_AGE = 50;

/**
 * Exemption candidates (ground 1) for a year: people in service (never a
 * retired one), in a rank that takes part, whose retirement date (the agreed
 * 弹性延迟退休 date when recorded, else the statutory one) is on or before the
 * year's cutoff + its years. Those 到龄未退 as of the planning date are
 * flagged `overdue`: to be settled first. Sorted by ID number.
 */
export async function exemptionCandidates(ctx: CoreContext, year: number, unitId?: number, includeSubunits?: boolean): Promise<CandidatesResult> {
  const rule = await exemptionRule(ctx.db, year);
  const result: CandidatesResult = { year, cutoff: rule.cutoff, limitDate: rule.limitDate, policyAssumed: rule.assumed, candidates: [] };
  if (!rule.grounds.includes('retirement')) return result;

  const latestBirth = `${Number(rule.limitDate.slice(0, 4)) - YOUNGEST_AGE}${rule.limitDate.slice(4)}`;
  const unitIds = await unitScope(ctx.db, unitId, includeSubunits);
  const q = ctx.db<StaffRow>('staff')
    .where('status', IN_SERVICE)
    .andWhere('birth_date', '<=', latestBirth)
    .where((w) => w.whereNull('rank').orWhereNotIn('rank', ctx.db('ranks').where('takes_part', 0).select('name')))
    .select('id', 'id_number', 'name', 'sex', 'birth_date', 'retirement_age', 'unit_id')
    .orderBy('id_number');
  if (unitIds) q.whereRaw('unit_id IN (SELECT value FROM json_each(?))', [JSON.stringify(unitIds)]);
  const rows = (await q) as Pick<StaffRow, 'id' | 'id_number' | 'name' | 'sex' | 'birth_date' | 'retirement_age' | 'unit_id'>[];

  const agreed = await agreedDatesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = await deskToday(ctx);
  const fitting = rows.flatMap((r) => {
    const statutory = retirementOf(r.birth_date, r.retirement_age);
    if (statutory === null) return [];
    const agreedDate = agreed.get(r.id) ?? null;
    const date = effectiveRetirementDate(statutory, agreedDate);
    return date <= rule.limitDate ? [{ row: r, date, statutory, agreedDate }] : [];
  });
  const trails = await unitTrails(ctx.db, fitting.map((f) => f.row.unit_id));
  const live = await liveExemptionsOf(ctx.db, fitting.map((f) => f.row.id), year);
  result.candidates = fitting.map(({ row, date, statutory, agreedDate }) => ({
    staffId: row.id,
    idNumber: row.id_number,
    name: row.name,
    unitId: row.unit_id,
    unit: trails.get(row.unit_id)?.path ?? '',
    sex: row.sex,
    birthDate: row.birth_date,
    retirementAge: row.retirement_age,
    retirementDate: date,
    statutoryRetirementDate: statutory,
    agreedRetirementDate: agreedDate,
    overdue: isOverdueRetirement(IN_SERVICE, date, today),
    exemption: live.get(row.id) ?? null,
  }));
  return result;
}
