import { useCallback, useEffect, useState } from 'react';

/**
 * The current screen lives in the address hash (#/units), so reload keeps it.
 * A screen may be opened with a filter after '?' (#/staff?overdue=1): the
 * route is the part before it, and the screen reads the rest (hashParam).
 */
export function useHashRoute(fallback: string): [string, (key: string) => void] {
  const read = useCallback(() => window.location.hash.replace(/^#\/?/, '').split('?')[0] || fallback, [fallback]);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [read]);
  const go = useCallback((key: string) => {
    window.location.hash = `/${key}`;
  }, []);
  return [route, go];
}

/** A parameter given to the screen in the address hash (#/staff?overdue=1 → hashParam('overdue') = '1'). */
export function hashParam(name: string): string | null {
  const query = window.location.hash.split('?')[1];
  return query === undefined ? null : new URLSearchParams(query).get(name);
}
