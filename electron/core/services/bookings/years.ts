import { copyPolicyToYear, policyProblems, workingYearOf, type YearPolicy } from '../../../../shared/rules/yearPolicy';
import { deskError } from '../../../../shared/errors';
import type { CoreContext, Executor } from '../../context';
import { findYearPolicy, listPolicyYears, saveYearPolicy } from '../../db/repositories/yearPolicies';
import { recordAction } from '../audit/actions';
import { planningNow } from './planningClock';

/** 年度规则: one policy a year, checked before it is saved, copied forward from last year. */

export async function listYears(ctx: CoreContext): Promise<{ year: number; stored: boolean }[]> {
  const stored = new Set(((await ctx.db('year_policies').select('year')) as { year: number }[]).map((r) => r.year));
  return (await listPolicyYears(ctx.db)).map((year) => ({ year, stored: stored.has(year) }));
}

export function getPolicy(ctx: CoreContext, year: number): Promise<YearPolicy | null> {
  return findYearPolicy(ctx.db, year);
}

/** The year's policy, or POLICY_MISSING saying how to make one. */
export async function requirePolicy(db: Executor, year: number): Promise<YearPolicy> {
  const policy = await findYearPolicy(db, year);
  if (!policy) throw deskError('POLICY_MISSING.year', { year });
  return policy;
}

function checked(policy: YearPolicy): YearPolicy {
  const problems = policyProblems(policy);
  if (problems.length > 0) {
    throw deskError('POLICY_INVALID.problems', { year: policy.year, problems: problems.map((p) => p.message) });
  }
  return policy;
}

export async function savePolicy(ctx: CoreContext, policy: YearPolicy): Promise<YearPolicy> {
  checked(policy);
  return ctx.db.transaction(async (trx) => {
    const stored = await trx('year_policies').where({ year: policy.year }).first('year');
    const before = stored ? await findYearPolicy(trx, policy.year) : null;
    if (before && JSON.stringify(before) === JSON.stringify(policy)) return policy;
    await saveYearPolicy(trx, policy, ctx.clock.now().toISOString());
    await recordAction(trx, ctx, { action: 'year.save', entity: 'year_policy', entityId: policy.year, before, after: policy });
    return policy;
  });
}

/** Starts `to` from `from`'s policy; refused when `to` already has a stored one. */
export async function copyPolicy(ctx: CoreContext, from: number, to: number): Promise<YearPolicy> {
  return ctx.db.transaction(async (trx) => {
    if (await trx('year_policies').where({ year: to }).first('year')) {
      throw deskError('POLICY_EXISTS.year', { year: to });
    }
    const source = await requirePolicy(trx, from);
    const policy = checked(copyPolicyToYear(source, to));
    await saveYearPolicy(trx, policy, ctx.clock.now().toISOString());
    await recordAction(trx, ctx, { action: 'year.copy', entity: 'year_policy', entityId: to, before: null, after: { from, policy } });
    return policy;
  });
}

/**
 * The working year every screen opens on (报考, 免考管理, 统计, the home
 * screen): the year of the planning date (设置 → 计划日期, else today).
 * When it has no policy, the draft the admin is offered: the latest earlier
 * year's policy (else the latest one) with every date moved, as 复制到新年度
 * does; nothing is saved here.
 */
export async function workingYear(ctx: CoreContext): Promise<{ year: number; hasPolicy: boolean; latestYear: number | null; draft: YearPolicy | null }> {
  const year = workingYearOf((await planningNow(ctx)).slice(0, 10));
  const hasPolicy = (await findYearPolicy(ctx.db, year)) !== null;
  const years = await listPolicyYears(ctx.db);
  const latestYear = years.filter((y) => y < year).at(-1) ?? years.at(-1) ?? null;
  if (hasPolicy || latestYear === null) return { year, hasPolicy, latestYear, draft: null };
  const source = await findYearPolicy(ctx.db, latestYear);
  return { year, hasPolicy, latestYear, draft: source ? copyPolicyToYear(source, year) : null };
}
