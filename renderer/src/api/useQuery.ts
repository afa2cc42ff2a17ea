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
 * Methods whose last answer a newly mounted query starts from while it asks
 * again: desk.info is asked by the shell and then by the screen it shows,
 * which need not wait a round trip for the year before asking for its own
 * data. The fresh answer replaces the last one as soon as it comes.
 */
const STARTS_FROM_LAST: ReadonlySet<MethodName> = new Set<MethodName>(['desk.info']);
const lastAnswers = new Map<string, unknown>();

/**
 * Loads a contract method's result and reloads it on demand, and whenever
 * `refresh` changes (a screen's count of changes made elsewhere on it).
 * With `wait` true nothing is asked yet (loading stays true): a screen can
 * let a more urgent call reach the desk first.
 */
export function useQuery<M extends MethodName>(method: M, args: ArgsOf<M>, wait = false, refresh = 0): Query<ResultOf<M>> {
  const key = JSON.stringify(args);
  const [state, setState] = useState<{ data?: ResultOf<M>; error: Error | null; loading: boolean }>(() => ({
    data: STARTS_FROM_LAST.has(method) ? (lastAnswers.get(`${method} ${key}`) as ResultOf<M> | undefined) : undefined,
    error: null,
    loading: true,
  }));
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (wait) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as ArgsOf<M>).then(
      (data) => {
        if (STARTS_FROM_LAST.has(method)) lastAnswers.set(`${method} ${key}`, data);
        if (live) setState({ data, error: null, loading: false });
      },
      (error: Error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [method, key, generation, wait, refresh]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
