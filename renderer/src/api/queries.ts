import { keepPreviousData, QueryClient, useQuery, type Query as CachedQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArgsOf, MethodName, ResultOf } from '../../../shared/contract';
import { call } from './client';

/**
 * The page's one cache of the desk's answers, keyed by [method, args].
 *
 * - Nothing is asked again on its own: not when the window regains focus or
 *   the network comes back, and a refused call is never retried (the desk
 *   answered; asking again would only repeat the refusal, or repeat a write).
 * - Every answer is stale at once: a screen that opens asks again, showing
 *   the last answer meanwhile (as desk.info always did, so a screen need not
 *   wait a round trip for the year before asking for its own data).
 * - After a change, the answers it can alter are asked again (see change()).
 *
 * Answers stay in the cache for the library's default time: a query dropped
 * the moment nothing observes it (gcTime 0) can be removed between the render
 * that creates it and the effect that subscribes to it, losing its answer.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

export interface Query<T> {
  data: T | undefined;
  /** The desk's refusal (its Chinese message), kept until an answer comes. */
  error: Error | null;
  /** True until the first answer, and while a newer one is being asked. */
  loading: boolean;
  /** Asks the desk again (the answer shown meanwhile stays). */
  reload(): void;
}

export interface DeskQueryOptions {
  /** False: nothing is asked yet (loading stays true). */
  enabled?: boolean;
  /** False: when the arguments change, nothing is shown until the new answer comes. */
  keepPrevious?: boolean;
}

/**
 * A contract method's answer for these arguments. When the arguments change
 * the previous answer stays shown (loading true) until the new one comes.
 * With `enabled` false nothing is asked yet: a screen can let a more urgent
 * call reach the desk first, or wait for what the arguments need.
 */
export function useDeskQuery<M extends MethodName>(method: M, args: ArgsOf<M>, options: DeskQueryOptions = {}): Query<ResultOf<M>> {
  const q = useQuery({
    queryKey: [method, args] as const,
    queryFn: () => call(method, args),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious === false ? {} : { placeholderData: keepPreviousData }),
  });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: q.data, error: q.error, loading: q.isPending || q.isFetching, reload };
}

/** Everything about people and units: the roster, what depends on it, and the counts and to-dos drawn from it. */
const PEOPLE = ['desk.', 'units.', 'staff.', 'transfers.', 'exemptions.', 'bookings.', 'credits.', 'retirement.', 'stats.', 'todos.', 'audit.'] as const;
/** A change that can alter any answer (a restore, an import, a new planning date): everything is asked again. */
const EVERYTHING = [''] as const;

/**
 * For each method that changes the desk, the method-name prefixes of the
 * answers it can alter. A write missing here cannot be sent through change()
 * (the compiler says so).
 */
const invalidates = {
  'units.create': PEOPLE,
  'units.update': PEOPLE,
  'units.move': PEOPLE,
  'units.archive': PEOPLE,
  'units.delete': PEOPLE,
  'staff.create': PEOPLE,
  'staff.update': PEOPLE,
  'staff.check': PEOPLE,
  'staff.fillAccounts': PEOPLE,
  'transfers.expect': PEOPLE,
  'transfers.receive': PEOPLE,
  'transfers.undo': PEOPLE,
  'transfers.withdrawExpected': PEOPLE,
  'retirement.retire': PEOPLE,
  'retirement.delay': PEOPLE,
  'exemptions.create': PEOPLE,
  'exemptions.update': PEOPLE,
  'exemptions.decide': PEOPLE,
  'exemptions.decideEvasion': PEOPLE,
  'exemptions.revoke': PEOPLE,
  'exemptions.attachEvidence': PEOPLE,
  'exemptions.replaceEvidence': PEOPLE,
  'exemptions.removeEvidence': PEOPLE,
  'bookings.book': PEOPLE,
  'bookings.cancel': PEOPLE,
  'bookings.move': PEOPLE,
  'bookings.setCapacity': PEOPLE,
  'bookings.spread': PEOPLE,
  'credits.apply': PEOPLE,
  'results.apply': PEOPLE,
  'lists.saveRanks': ['lists.', 'audit.'],
  'lists.saveUnitAttributes': ['lists.', 'audit.'],
  'years.save': ['years.', ...PEOPLE],
  'years.copy': ['years.', ...PEOPLE],
  'backup.create': ['backup.', 'audit.'],
  'backup.setKeepCount': ['backup.', 'audit.'],
  'backup.restore': EVERYTHING,
  'import.apply': EVERYTHING,
  'demo.generate': EVERYTHING,
  'demo.yearWork': EVERYTHING,
  'planning.set': EVERYTHING,
} as const satisfies Partial<Record<MethodName, readonly string[]>>;

export type ChangeMethod = keyof typeof invalidates;

function affected(method: ChangeMethod): (query: CachedQuery) => boolean {
  const prefixes: readonly string[] = invalidates[method];
  return (query) => {
    const asked = query.queryKey[0];
    return typeof asked === 'string' && prefixes.some((p) => asked.startsWith(p));
  };
}

/**
 * Sends a change to the desk and, once it is made, asks again for every
 * answer it can alter that a screen shows (the rest are dropped from the
 * cache). Resolves with the method's result or rejects with ApiCallError,
 * as call() does; a refused change alters nothing and refreshes nothing.
 */
export async function change<M extends ChangeMethod>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await call(method, args);
  void queryClient.invalidateQueries({ predicate: affected(method) });
  return result;
}
