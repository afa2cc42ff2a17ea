import { DeskError } from '../../../shared/errors';
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
  return new DeskError(
    'DESK_BUSY',
    `台账正忙：另一个程序正在写入这份数据，等了 ${BUSY_TIMEOUT_MS / 1000} 秒仍未完成。本次操作没有完成，数据没有改动，请稍后重试。`,
  );
}
