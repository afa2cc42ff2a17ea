import type { ParsedArgsOf } from '../../../../shared/contract';
import { DeskError } from '../../../../shared/errors';
import type { Funnel, StatsPerson, StatsSummary } from '../../../../shared/stats/methods';
import { rate } from '../../../../shared/rules/statsFigures';
import type { Unit } from '../../../../shared/units/schemas';
import type { CoreContext } from '../../context';
import { selectUnits } from '../../db/repositories/units';
import { findYearPolicy } from '../../db/repositories/yearPolicies';
import { countFigures, peopleOf, type FigureCounts, type FlagRow, type FunnelParams, type Scope } from './funnelQuery';

/** The 统计 screen's figures: the year's funnel for a unit and one row per sub-unit. */

export async function funnelParams(ctx: CoreContext, year: number): Promise<FunnelParams> {
  const policy = await findYearPolicy(ctx.db, year);
  return { year, credits: policy ? policy.credits : null };
}

export async function statsSummary(ctx: CoreContext, args: ParsedArgsOf<'stats.summary'>): Promise<StatsSummary> {
  const units = await selectUnits(ctx.db, { includeArchived: true });
  const unit = args.unitId === null ? null : units.find((u) => u.id === args.unitId);
  if (unit === undefined) throw new DeskError('UNIT_NOT_FOUND');
  const params = await funnelParams(ctx, args.year);
  const byBucket = await countFigures(ctx.db, { unitId: args.unitId }, params);

  const children = units.filter((u) => u.parentId === (unit?.id ?? null));
  const rows: StatsSummary['rows'] = [];
  const own = unit ? byBucket.get(unit.id) : undefined;
  if (unit && own && own.takingPart > 0) rows.push({ unitId: unit.id, name: `本级（${unit.name}）`, own: true, funnel: funnelOf(own, params) });
  for (const child of children) {
    const counts = byBucket.get(child.id);
    if (child.archivedAt && !counts) continue;
    rows.push({ unitId: child.id, name: child.name, own: false, funnel: funnelOf(counts ?? zero(), params) });
  }
  const total = [...byBucket.values()].reduce(add, zero());
  return {
    year: args.year,
    unit: unit ? { id: unit.id, name: unit.name, path: unit.path } : null,
    creditsRequired: params.credits,
    total: funnelOf(total, params),
    rows,
  };
}

export async function statsPeople(ctx: CoreContext, args: ParsedArgsOf<'stats.people'>): Promise<{ total: number; rows: StatsPerson[] }> {
  const units = await selectUnits(ctx.db, { includeArchived: true });
  const scope = await checkedScope(units, args);
  const params = await funnelParams(ctx, args.year);
  const page = await peopleOf(ctx.db, scope, params, args.figure, { offset: args.offset ?? 0, limit: args.limit ?? 100 });
  const paths = new Map(units.map((u) => [u.id, u.path]));
  return { total: page.total, rows: page.rows.map((r) => personOf(r, paths, params)) };
}

export async function checkedScope(units: Unit[], args: { unitId: number | null; ownOnly?: boolean }): Promise<Scope> {
  if (args.unitId !== null && !units.some((u) => u.id === args.unitId)) throw new DeskError('UNIT_NOT_FOUND');
  return { unitId: args.unitId, ownOnly: args.ownOnly ?? false };
}

export function personOf(r: FlagRow, paths: Map<number, string>, params: FunnelParams): StatsPerson {
  return { id: r.id, name: r.name, idNumber: r.id_number, unitPath: paths.get(r.unit_id) ?? '', rank: r.rank, detail: detailOf(r, params) };
}

/** The year's situation of one person in the admin's words. */
export function detailOf(r: FlagRow, params: FunnelParams): string {
  if (r.exempt) return '免考';
  const parts: string[] = [];
  if (params.credits) parts.push(r.credits_ok ? '学分达标' : '学分未达标');
  if (r.evaded) {
    parts.push('已认定借免考规避考试，视为未参加本年度学法考法');
    return parts.join('；');
  }
  if (r.r_passed) parts.push('正式考试通过');
  else if (r.r_failed) parts.push('正式考试未通过');
  else if (r.r_absent) parts.push('正式考试缺考');
  else if (r.r_pending) parts.push('已报考，未出成绩');
  else parts.push('未报考');
  if (r.m_passed) parts.push('补考通过');
  else if (r.m_booked) parts.push('已报名补考');
  return parts.join('；');
}

function funnelOf(c: FigureCounts, params: FunnelParams): Funnel {
  return {
    ...c,
    creditsComplete: params.credits ? c.creditsComplete : null,
    sitRate: rate(c.sat, c.expected),
    passRate: rate(c.passedFinal, c.expected),
  };
}

function zero(): FigureCounts {
  return {
    takingPart: 0,
    exempt: 0,
    expected: 0,
    creditsComplete: 0,
    booked: 0,
    notBooked: 0,
    sat: 0,
    passed: 0,
    failed: 0,
    absent: 0,
    makeupRegistered: 0,
    makeupPassed: 0,
    passedFinal: 0,
    notPassed: 0,
  };
}

function add(a: FigureCounts, b: FigureCounts): FigureCounts {
  const sum = { ...a };
  for (const k of Object.keys(sum) as (keyof FigureCounts)[]) sum[k] = Number(a[k]) + Number(b[k]);
  return sum;
}
