import { hashKey, keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Staff, StaffPage, StaffSearch } from '../../../../shared/staff/schemas';
import { call } from '../../api/client';

/** Rows fetched per staff.search call as the admin scrolls. */
export const PAGE_SIZE = 200;

export interface StaffPages {
  /** Matching people; null before the first answer. */
  total: number | null;
  /** False while the first window for new filters is on its way. */
  settled: boolean;
  error: Error | null;
  rowAt(index: number): Staff | undefined;
  /** Makes sure rows first…last are loaded or on their way. */
  ensure(first: number, last: number): void;
  /** Every row loaded for the current filters. */
  loadedRows(): Staff[];
}

/** One window of the roster, keyed as useDeskQuery keys a call, so change() refreshes it. */
function pageQuery(args: StaffSearch, page: number) {
  const pageArgs: StaffSearch = { ...args, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  return { queryKey: ['staff.search', pageArgs] as const, queryFn: () => call('staff.search', pageArgs) };
}

/** The answers of the windows in view after the first (stable while none changes). */
function windowsInView(results: { data?: StaffPage; error: Error | null }[]) {
  return { pages: results.map((r) => r.data), error: results.find((r) => r.error)?.error ?? null };
}

/**
 * The roster in windows of PAGE_SIZE, each a TanStack Query of staff.search
 * for those rows: only the windows the table shows are asked for, answers
 * stay in the query cache, and a change() to people asks again for the
 * windows on screen (the rows shown meanwhile stay). The first window is
 * always watched: it gives the count, and while new filters' first window is
 * on its way the previous filters' stays shown.
 */
export function useStaffPages(args: StaffSearch): StaffPages {
  const client = useQueryClient();
  const key = JSON.stringify(args);
  // The windows in view, for these filters; new filters start at the top.
  const [view, setView] = useState({ key, from: 0, to: 0 });
  const { from, to } = view.key === key ? view : { from: 0, to: 0 };

  const head = useQuery({ ...pageQuery(args, 0), placeholderData: keepPreviousData });
  const firstRest = Math.max(1, from);
  const rest = useQueries({
    queries: Array.from({ length: Math.max(0, to - firstRest + 1) }, (_, i) => pageQuery(args, firstRest + i)),
    combine: windowsInView,
  });

  const ensure = useCallback(
    (first: number, last: number) => {
      const firstPage = Math.floor(Math.max(0, first) / PAGE_SIZE);
      const lastPage = Math.max(firstPage, Math.floor(Math.max(0, last) / PAGE_SIZE));
      setView((v) => (v.key === key && v.from === firstPage && v.to === lastPage ? v : { key, from: firstPage, to: lastPage }));
    },
    [key],
  );

  const error = head.error ?? rest.error;
  return useMemo(
    () => ({
      total: head.data?.total ?? null,
      settled: (head.data !== undefined && !head.isPlaceholderData) || head.error !== null,
      error,
      rowAt(index: number) {
        const page = Math.floor(index / PAGE_SIZE);
        // A window scrolled to but not yet asked for shows what the cache holds of it.
        const data = page === 0 ? head.data : (rest.pages[page - firstRest] ?? client.getQueryData<StaffPage>(pageQuery(args, page).queryKey));
        const rows = data?.rows;
        return rows?.[index % PAGE_SIZE];
      },
      ensure,
      loadedRows() {
        const pages: [number, Staff[]][] = [];
        for (const [queryKey, data] of client.getQueriesData<StaffPage>({ queryKey: ['staff.search'] })) {
          const asked = queryKey[1] as StaffSearch | undefined;
          if (!data || asked?.offset === undefined || asked.limit !== PAGE_SIZE || asked.offset % PAGE_SIZE !== 0) continue;
          const page = asked.offset / PAGE_SIZE;
          if (hashKey(queryKey) === hashKey(pageQuery(args, page).queryKey)) pages.push([page, data.rows]);
        }
        return pages.sort(([a], [b]) => a - b).flatMap(([, rows]) => rows);
      },
    }),
    [head.data, head.isPlaceholderData, head.error, error, rest.pages, firstRest, client, args, ensure],
  );
}
