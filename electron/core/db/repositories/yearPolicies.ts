import { preset2024, yearPolicySchema, type YearPolicy } from '../../../../shared/rules/yearPolicy';
import type { Executor } from '../../context';

/** The stored policy of a year; 2024 falls back to the shipped preset until the admin saves one. */
export async function findYearPolicy(db: Executor, year: number): Promise<YearPolicy | null> {
  const row = await db('year_policies').where({ year }).first<{ policy_json: string } | undefined>();
  if (row) return yearPolicySchema.parse(JSON.parse(row.policy_json));
  return year === preset2024.year ? preset2024 : null;
}

export async function saveYearPolicy(db: Executor, policy: YearPolicy, at: string): Promise<void> {
  await db('year_policies')
    .insert({ year: policy.year, policy_json: JSON.stringify(policy), updated_at: at })
    .onConflict('year')
    .merge();
}

/** The years with a policy (stored ones, and the preset year), ascending. */
export async function listPolicyYears(db: Executor): Promise<number[]> {
  const rows = await db('year_policies').select<{ year: number }[]>('year');
  return [...new Set([...rows.map((r) => r.year), preset2024.year])].sort((a, b) => a - b);
}
