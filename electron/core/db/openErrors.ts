import path from 'node:path';
import { type DeskError, deskError } from '../../../shared/errors';

/**
 * SQLite's "unable to open database file", and the file system's refusals
 * met while opening a desk: a read-only data folder or one without write
 * access for this user, a folder another program locks, a network location
 * that went away, or (on Windows) a path past the length SQLite accepts.
 * Never "corrupt": the file was not read, and restoring a backup would not help.
 */
export function isCannotOpen(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  // SQLITE_READONLY while opening: the file or its folder cannot be written (a WAL database read
  // in a read-only folder cannot make its -shm file), which is no damage to the file either.
  return code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

export function cannotOpen(file: string): DeskError {
  const folder = path.dirname(file);
  return deskError('DB_CANNOT_OPEN.file', { file, folder });
}
