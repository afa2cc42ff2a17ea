import { useDeskQuery } from '../../api/queries';

export interface PeopleFilter {
  unitId: number | null;
  query: string;
}

/**
 * The eligibility of the filtered people for one session (null until a
 * session and a unit or a name are chosen), asked again when anything it
 * depends on changes, here or through a change made on the desk.
 */
export function usePeopleJudgement(year: number, sessionAt: string | null, filter: PeopleFilter) {
  const query = filter.query.trim();
  const wanted = sessionAt !== null && (filter.unitId !== null || query !== '');
  const judged = useDeskQuery(
    'bookings.eligibility',
    { year, sessionAt: sessionAt ?? '', ...(filter.unitId !== null ? { unitId: filter.unitId } : {}), ...(query ? { query } : {}) },
    { enabled: wanted },
  );
  return {
    result: wanted ? (judged.data ?? null) : null,
    error: judged.error?.message ?? null,
    loading: wanted && judged.loading,
  };
}
