import fs from 'node:fs';
import sqlite3 from 'sqlite3';
import { type DeskError, deskError } from '../../../shared/errors';
import { migrations } from './migrations';
import { cannotOpen, isCannotOpen } from './openErrors';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface PreflightResult {
  /** No file yet, or an empty one: a new desk. */
  fresh: boolean;
  /** Migrations already applied to the file. */
  applied: string[];
}

/**
 * Looks at a database file before anything opens it for writing: refuses a
 * file that is not SQLite, is corrupt, or was written by a newer version of
 * the desk. Opens read-only, so a refused file is left exactly as it was.
 */
export async function preflight(file: string): Promise<PreflightResult> {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return { fresh: true, applied: [] };
  }
  if (size === 0) return { fresh: true, applied: [] };

  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if (isCannotOpen(e)) throw cannotOpen(file);
    throw e;
  }
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER)) {
    throw deskError('DB_NOT_SQLITE.file', { file });
  }

  const db = await openReadOnly(file);
  try {
    let check: { quick_check?: string }[];
    try {
      check = await all<{ quick_check?: string }>(db, 'PRAGMA quick_check');
    } catch (e) {
      // A WAL database in a folder it cannot write to (no -shm can be made) is unreadable, not damaged.
      throw isCannotOpen(e) ? cannotOpen(file) : corrupt(file, e);
    }
    const verdict = check.map((r) => Object.values(r)[0]).join('; ');
    if (verdict !== 'ok') throw corrupt(file, verdict);

    const hasTable = await all(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'knex_migrations'");
    if (hasTable.length === 0) {
      const tables = await all(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
      if (tables.length > 0) {
        throw deskError('DB_NOT_SQLITE.foreign', { file });
      }
      return { fresh: true, applied: [] };
    }
    const rows = await all<{ name: string }>(db, 'SELECT name FROM knex_migrations ORDER BY id');
    const known = new Set(migrations.map((m) => m.name));
    const unknown = rows.filter((r) => !known.has(r.name));
    if (unknown.length > 0) {
      throw deskError('DB_FROM_FUTURE.file', { file, unknown: unknown[0]!.name });
    }
    return { fresh: false, applied: rows.map((r) => r.name) };
  } finally {
    await close(db);
  }
}

function corrupt(file: string, detail: unknown): DeskError {
  const why = detail instanceof Error ? detail.message : String(detail);
  return deskError('DB_CORRUPT.file', { file, why });
}

function openReadOnly(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => {
      if (err) reject(isCannotOpen(err) ? cannotOpen(file) : corrupt(file, err));
      else resolve(db);
    });
  });
}

function all<T = unknown>(db: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve) => db.close(() => resolve()));
}
