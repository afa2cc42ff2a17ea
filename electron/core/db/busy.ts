import { type DeskError, deskError } from '../../../shared/errors';
import { BUSY_TIMEOUT_MS } from './connection';

/**
 * SQLite's "database is locked": another connection (another program on
 * the same data folder, or a reader beside it) kept the write lock past the
 * busy timeout. The statement or transaction did not happen.
 */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function deskBusy(): DeskError {
  return deskError('DESK_BUSY.sqlite', { seconds: BUSY_TIMEOUT_MS / 1000 });
}
