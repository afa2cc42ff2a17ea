import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';

/** A file-name-safe stamp such as 20261124-153012. */
export function stamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
}

/**
 * An online backup with VACUUM INTO: a consistent copy of a live database,
 * never a raw file copy. Returns the backup's path.
 */
export async function backupInto(db: Knex, backupsDir: string, reason: string, at: Date): Promise<string> {
  fs.mkdirSync(backupsDir, { recursive: true });
  let file = path.join(backupsDir, `xuefa-${stamp(at)}-${reason}.sqlite`);
  for (let n = 2; fs.existsSync(file); n++) {
    file = path.join(backupsDir, `xuefa-${stamp(at)}-${reason}-${n}.sqlite`);
  }
  await db.raw('VACUUM INTO ?', [file]);
  return file;
}
