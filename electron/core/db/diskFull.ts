import { type DeskError, deskError } from '../../../shared/errors';

/**
 * SQLite's "database or disk is full" (SQLITE_FULL) and the file system's
 * ENOSPC: the transaction was rolled back, so the admin is told the disk is
 * full and that nothing was changed, rather than "internal error".
 */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

export function diskFull(): DeskError {
  return deskError('DISK_FULL.sentence');
}
