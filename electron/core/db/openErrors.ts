import { DeskError } from '../../../shared/errors';

/**
 * SQLite's "unable to open database file": on Windows most often a data
 * folder path past the length SQLite accepts, a folder without write access,
 * or a network location that went away. Never "corrupt": the file was not read.
 */
export function isCannotOpen(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'SQLITE_CANTOPEN';
}

export function cannotOpen(file: string): DeskError {
  return new DeskError(
    'DB_CANNOT_OPEN',
    `无法打开或建立数据库文件 ${file}：路径可能过长（共 ${file.length} 个字符），或该文件夹没有写入权限、位于已断开的网络位置。程序没有改动任何文件。请把数据文件夹放在较短的本机路径下（如默认的 %APPDATA%\\xuefa-desk）后重试。`,
  );
}
