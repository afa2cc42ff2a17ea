import { workingYearOf } from '../../../shared/rules/yearPolicy';
import { useDeskQuery } from '../api/queries';

/**
 * The working year every screen opens on, decided as the desk decides it
 * (workingYearOf the desk's today: the planning date's year), and which
 * years have a 年度规则, so a screen can say when the year shown has none.
 * desk.info is the shell's own query, answered at once from its last answer.
 */
export function useWorkingYear(): { year: number; policyYears: number[]; latestBefore(year: number): number | null } | null {
  const info = useDeskQuery('desk.info', {});
  const years = useDeskQuery('years.list', {});
  if (!info.data || !years.data) return null;
  const policyYears = years.data.map((y) => y.year);
  return {
    year: workingYearOf(info.data.today),
    policyYears,
    latestBefore: (year) => policyYears.filter((y) => y < year).at(-1) ?? policyYears.at(-1) ?? null,
  };
}
