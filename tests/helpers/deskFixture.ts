import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { openTempDesk } from './tempDesk';

export interface OpenDesk {
  desk: Desk;
  /** The desk's data folder (a fresh temp folder, removed with the desk). */
  dir: string;
}

/**
 * A real desk on a real SQLite file in a temp folder, opened before each test
 * (or, with `perFile`, once before the tests of the enclosing file or describe
 * block) and closed and removed after. `ready` receives it and does the
 * test's own set-up.
 */
export function useTempDesk(ready: (open: OpenDesk) => void | Promise<void>, opts: { at?: string; perFile?: boolean } = {}): void {
  let open: Awaited<ReturnType<typeof openTempDesk>> | null = null;
  (opts.perFile ? beforeAll : beforeEach)(async () => {
    open = await openTempDesk(opts.at);
    await ready({ desk: open.desk, dir: open.dir });
  });
  (opts.perFile ? afterAll : afterEach)(async () => {
    await open?.cleanup();
    open = null;
  });
}
