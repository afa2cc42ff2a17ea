import path from 'node:path';
import { DeskError } from '../../../shared/errors';

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
  return new DeskError(
    'DB_CANNOT_OPEN',
    `无法打开或建立数据库文件 ${file}：数据文件夹 ${folder} 可能是只读的、当前用户没有写入权限、被其他程序锁定或位于已断开的网络位置，或路径可能过长（共 ${file.length} 个字符）。程序没有改动任何文件，数据库没有损坏，不需要从备份恢复。请检查这个文件夹的权限（当前用户须能读写它和其中的文件），或把数据文件夹放在较短的本机路径下（如默认位置）后重试。`,
  );
}
