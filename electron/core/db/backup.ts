import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { isTempName } from '../files/tempNames';

/** A file-name-safe stamp such as 20261124-153012. */
export function stamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
}

/**
 * A backup whose writing was cut off: the `.part` file, and the rollback
 * journal SQLite keeps beside it while VACUUM INTO writes (`.part-journal`),
 * left behind when the process is stopped mid-copy. Neither is a backup.
 */
export function isUnfinishedBackup(name: string): boolean {
  return isTempName(name);
}

/**
 * An online backup with VACUUM INTO: a consistent copy of a live database,
 * never a raw file copy. Written under a `.part` name and renamed when
 * complete, so a backup cut off half-way never looks like a backup.
 * Returns the backup's path.
 */
export async function backupInto(db: Knex, backupsDir: string, reason: string, at: Date): Promise<string> {
  fs.mkdirSync(backupsDir, { recursive: true });
  let file = path.join(backupsDir, `xuefa-${stamp(at)}-${reason}.sqlite`);
  for (let n = 2; fs.existsSync(file); n++) {
    file = path.join(backupsDir, `xuefa-${stamp(at)}-${reason}-${n}.sqlite`);
  }
  const part = `${file}.part`;
  const removePart = () => {
    fs.rmSync(part, { force: true });
    fs.rmSync(`${part}-journal`, { force: true });
  };
  removePart();
  try {
    await db.raw('VACUUM INTO ?', [part]);
    syncFile(part);
    fs.renameSync(part, file);
  } catch (e) {
    removePart();
    throw e;
  }
  return file;
}

/** Flushes a finished file to the disk before it is renamed into place. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
