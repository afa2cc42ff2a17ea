import fs from 'node:fs';
import path from 'node:path';
import { type DeskError, deskError } from '../../../shared/errors';
import { tempNeighbour } from '../files/tempNames';
import { SpreadsheetFileError } from './fileErrors';

/** Errors Windows gives when a file is open in Excel or WPS, or the folder is not writable. */
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS']);
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/**
 * Writes a file through a temporary neighbour and renames it into place, so
 * the target is either the old file or the complete new one, never half.
 * A target held open by Excel (Windows refuses the rename) gets a clear
 * "close it first" message; a full disk says so (DISK_FULL).
 */
export async function writeAtomically(target: string, write: (tempFile: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const name = path.basename(target);
  if (!fs.existsSync(dir)) {
    throw SpreadsheetFileError.of(target, 'FILE_NOT_SAVED.noFolder', { dir, name });
  }
  const temp = tempNeighbour(target);
  try {
    await write(temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw notSaved(e, target) ?? e;
  }
}

/** The admin's explanation for a file-system error while saving `target`, or null for other errors. */
export function notSaved(e: unknown, target: string): SpreadsheetFileError | DeskError | null {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  const name = path.basename(target);
  if (LOCKED.has(code)) {
    return SpreadsheetFileError.of(target, 'FILE_NOT_SAVED.locked', { name });
  }
  if (NO_SPACE.has(code)) {
    return deskError('DISK_FULL.saving', { name });
  }
  return null;
}
