import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { isUnfinishedBackup } from '../../electron/core/db/backup';

/**
 * What a desk's database holds, read with a plain read-only SQLite handle
 * (not the desk's own code) after a process was killed on it.
 */
export interface DeskState {
  integrity: string;
  staff: number;
  units: number;
  audit: number;
  imports: number;
  /** Names of every index and trigger on the staff table. */
  staffSchema: string[];
  migrations: string[];
  tables: string[];
}

function all<T>(db: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
}

export async function readState(file: string): Promise<DeskState> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => (err ? reject(err) : resolve(d)));
  });
  try {
    const count = async (sql: string) => (await all<{ n: number }>(db, sql))[0]!.n;
    const tables = (await all<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((r) => r.name);
    const has = (t: string) => tables.includes(t);
    return {
      integrity: (await all<{ integrity_check: string }>(db, 'PRAGMA integrity_check')).map((r) => r.integrity_check).join('; '),
      staff: has('staff') ? await count('SELECT count(*) AS n FROM staff') : 0,
      units: has('units') ? await count('SELECT count(*) AS n FROM units') : 0,
      audit: has('audit_log') ? await count('SELECT count(*) AS n FROM audit_log') : 0,
      imports: has('audit_log') ? await count("SELECT count(*) AS n FROM audit_log WHERE action = 'import.apply'") : 0,
      staffSchema: (await all<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE tbl_name = 'staff' AND type IN ('index', 'trigger') ORDER BY name")).map((r) => r.name),
      migrations: has('knex_migrations') ? (await all<{ name: string }>(db, 'SELECT name FROM knex_migrations ORDER BY id')).map((r) => r.name) : [],
      tables,
    };
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/** Copies a closed desk's folder (database, WAL, backups) so each trial starts from the same state. */
export function copyDesk(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

/**
 * Finished backup files in a desk's backups folder. A `.part` file (and the
 * journal SQLite keeps beside it) is a backup whose writing was cut off: it is
 * never offered for restore (the backup list skips it) and is swept away
 * later, so it is left out here.
 */
export function backupsOf(dataDir: string): string[] {
  return filesIn(dataDir).filter((f) => !isUnfinishedBackup(f));
}

/** Half-written backups in a desk's backups folder. */
export function unfinishedBackupsOf(dataDir: string): string[] {
  return filesIn(dataDir).filter(isUnfinishedBackup);
}

function filesIn(dataDir: string): string[] {
  const dir = path.join(dataDir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
}
