import { useQuery } from '../../api/useQuery';

/**
 * The working year every screen opens on (decided by the desk: the planning
 * date's year), and which years have a 年度规则, so a screen can say when the
 * year shown has none.
 */
export function useWorkingYear(): { year: number; policyYears: number[]; latestBefore(year: number): number | null } | null {
  const working = useQuery('years.working', {});
  const years = useQuery('years.list', {});
  if (!working.data || !years.data) return null;
  const policyYears = years.data.map((y) => y.year);
  return {
    year: working.data.year,
    policyYears,
    latestBefore: (year) => policyYears.filter((y) => y < year).at(-1) ?? policyYears.at(-1) ?? null,
  };
}
