import fs from 'node:fs';
import path from 'node:path';
import { SpreadsheetFileError } from './fileErrors';

/**
 * Writes a file through a temporary neighbour and renames it into place, so
 * the target is either the old file or the complete new one, never half.
 * A target held open by Excel (Windows refuses the rename) gets a clear
 * "close it first" message.
 */
export async function writeAtomically(target: string, write: (tempFile: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const name = path.basename(target);
  if (!fs.existsSync(dir)) {
    throw new SpreadsheetFileError('FILE_UNREADABLE', target, `保存位置 ${dir} 不存在，请选择其他文件夹。`);
  }
  const temp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new SpreadsheetFileError('FILE_UNREADABLE', target, `无法写入 ${name}：文件可能正在 Excel 或 WPS 中打开，或没有写入权限。请先关闭该文件后重试。`);
    }
    if (code === 'ENOSPC') {
      throw new SpreadsheetFileError('FILE_TOO_LARGE', target, `磁盘空间不足，${name} 没有保存。请清理磁盘后重试。`);
    }
    throw e;
  }
}
