import { useCallback, useEffect, useState } from 'react';

/** The current screen lives in the address hash (#/units), so reload keeps it; a query after it (#/settings?draftYear=2026) is the screen's own. */
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
