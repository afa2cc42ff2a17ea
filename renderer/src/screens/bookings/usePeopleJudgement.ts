import { useEffect, useState } from 'react';
import type { EligibilityResult } from '../../../../shared/bookingSchemas';
import { call } from '../../api/client';

export interface PeopleFilter {
  unitId: number | null;
  query: string;
}

/** The eligibility of the filtered people for one session, reloaded when anything it depends on changes. */
export function usePeopleJudgement(year: number, sessionAt: string | null, filter: PeopleFilter, version: number) {
  const [result, setResult] = useState<EligibilityResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const query = filter.query.trim();
  useEffect(() => {
    if (!sessionAt || (filter.unitId === null && !query)) {
      setResult(null);
      return;
    }
    let live = true;
    setLoading(true);
    call('bookings.eligibility', { year, sessionAt, ...(filter.unitId !== null ? { unitId: filter.unitId } : {}), ...(query ? { query } : {}) }).then(
      (r) => {
        if (!live) return;
        setResult(r);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        if (!live) return;
        setError(e.message);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [year, sessionAt, filter.unitId, query, version]);
  return { result, error, loading };
}
