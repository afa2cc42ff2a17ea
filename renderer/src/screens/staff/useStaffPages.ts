import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Staff, StaffSearch } from '../../../../shared/staff/schemas';
import { call } from '../../api/client';

/** Rows fetched per staff.search call as the admin scrolls. */
export const PAGE_SIZE = 200;

interface Page {
  key: string;
  version: number;
  rows: Staff[];
}

interface Cache {
  key: string;
  /** Bumped by refresh(): pages of an older version are shown until reloaded. */
  version: number;
  pages: Map<number, Page>;
  /** Page index → the version being fetched. */
  inflight: Map<number, number>;
  total: number | null;
  /** The version the total was read at, so a late answer does not overwrite a newer count. */
  totalVersion: number;
  /** True once a page for the current key has arrived. */
  settled: boolean;
  error: Error | null;
  range: [number, number];
}

export interface StaffPages {
  /** Matching people; null before the first answer. */
  total: number | null;
  /** False while the first window for new filters is on its way. */
  settled: boolean;
  error: Error | null;
  /** Changes whenever rows arrive, for memo dependencies. */
  revision: number;
  rowAt(index: number): Staff | undefined;
  /** Makes sure rows first…last are loaded or on their way. */
  ensure(first: number, last: number): void;
  /** Reloads the rows on screen (after a save or a check), keeping them shown meanwhile. */
  refresh(): void;
  /** Every row loaded for the current filters. */
  loadedRows(): Staff[];
}

/**
 * The roster in windows of PAGE_SIZE: only the pages the table shows are
 * fetched, and each is kept until the filters change or refresh() is asked.
 */
export function useStaffPages(args: StaffSearch): StaffPages {
  const key = JSON.stringify(args);
  const [revision, bump] = useReducer((n: number) => n + 1, 0);
  const cache = useRef<Cache>({ key, version: 0, pages: new Map(), inflight: new Map(), total: null, totalVersion: -1, settled: false, error: null, range: [0, 0] });

  // New filters: a new version; page 0 stays on screen until its replacement arrives.
  const c = cache.current;
  if (c.key !== key) {
    const first = c.pages.get(0);
    c.key = key;
    c.version += 1;
    c.pages = first ? new Map([[0, first]]) : new Map();
    c.inflight = new Map();
    c.settled = false;
    c.error = null;
    c.range = [0, 0];
  }

  const fetchPage = useCallback((page: number) => {
    const s = cache.current;
    const { key: forKey, version } = s;
    if (s.inflight.get(page) === version) return;
    s.inflight.set(page, version);
    const search = JSON.parse(forKey) as StaffSearch;
    call('staff.search', { ...search, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (res) => {
        const now = cache.current;
        if (now.key !== forKey) return;
        if (now.inflight.get(page) === version) now.inflight.delete(page);
        const held = now.pages.get(page);
        if (!held || held.key !== forKey || held.version <= version) now.pages.set(page, { key: forKey, version, rows: res.rows });
        if (version >= now.totalVersion) {
          now.total = res.total;
          now.totalVersion = version;
        }
        now.settled = true;
        now.error = null;
        bump();
      },
      (error: Error) => {
        const now = cache.current;
        if (now.key !== forKey) return;
        if (now.inflight.get(page) === version) now.inflight.delete(page);
        now.error = error;
        now.settled = true;
        bump();
      },
    );
  }, []);

  const ensure = useCallback(
    (first: number, last: number) => {
      const s = cache.current;
      s.range = [first, last];
      const from = Math.floor(Math.max(0, first) / PAGE_SIZE);
      const to = Math.max(from, Math.floor(Math.max(0, last) / PAGE_SIZE));
      for (let page = from; page <= to; page++) {
        const held = s.pages.get(page);
        if (held && held.key === s.key && held.version === s.version) continue;
        fetchPage(page);
      }
    },
    [fetchPage],
  );

  const refresh = useCallback(() => {
    const s = cache.current;
    s.version += 1;
    ensure(...s.range);
  }, [ensure]);

  useEffect(() => {
    ensure(0, 0);
  }, [key, ensure]);

  // The cache lives in a ref: what the page shows of it is read here, and revision says when rows arrived.
  const { total, settled, error } = c;
  return useMemo(
    () => ({
      total,
      settled,
      error,
      revision,
      rowAt(index: number) {
        const page = cache.current.pages.get(Math.floor(index / PAGE_SIZE));
        return page?.rows[index % PAGE_SIZE];
      },
      ensure,
      refresh,
      loadedRows() {
        const s = cache.current;
        return [...s.pages.entries()]
          .filter(([, p]) => p.key === s.key)
          .sort(([a], [b]) => a - b)
          .flatMap(([, p]) => p.rows);
      },
    }),
    [total, settled, error, revision, ensure, refresh],
  );
}
