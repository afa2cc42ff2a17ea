import { useCallback, useEffect, useState } from 'react';
import type { ArgsOf, MethodName, ResultOf } from '../../../shared/contract';
import { call } from './client';

export interface Query<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads a contract method's result and reloads it on demand, and whenever
 * `refresh` changes (a screen's count of changes made elsewhere on it).
 * With `wait` true nothing is asked yet (loading stays true): a screen can
 * let a more urgent call reach the desk first.
 */
export function useQuery<M extends MethodName>(method: M, args: ArgsOf<M>, wait = false, refresh = 0): Query<ResultOf<M>> {
  const key = JSON.stringify(args);
  const [state, setState] = useState<{ data?: ResultOf<M>; error: Error | null; loading: boolean }>({ error: null, loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (wait) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as ArgsOf<M>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [method, key, generation, wait, refresh]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
