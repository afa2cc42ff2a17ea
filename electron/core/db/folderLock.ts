import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { type DeskError, deskError } from '../../../shared/errors';
import type { DeskInfo } from '../../../shared/settings/schemas';
import { cannotOpen, isCannotOpen } from './openErrors';

/**
 * One writer per desk, across processes. The holder keeps an operating-system
 * file lock on `<database>.lock`, taken through SQLite itself: its own
 * connection in exclusive locking mode with a write transaction begun and
 * never ended. SQLite locks with fcntl on Linux and macOS and LockFileEx on
 * Windows, so the lock goes when the holding process ends in any way
 * (closed, crashed, SIGKILLed): a stale lock is simply free again. SQLite's
 * unix VFS also refuses a second holder inside the same process.
 *
 * The lock file stays in place (removing it would let two processes lock two
 * different files of one name) and is never opened except through SQLite:
 * closing any other descriptor on it would drop a POSIX lock. A sidecar
 * `<database>.lock.json` says who holds it (program, process id, since when),
 * for the message a second program shows when it is refused.
 */
export type Program = DeskInfo['mode'];

export interface Holder {
  program: Program;
  pid: number;
  since: string;
}

export interface FolderLock {
  readonly file: string;
  release(): Promise<void>;
}

export function lockFileOf(databaseFile: string): string {
  return `${databaseFile}.lock`;
}

function holderFileOf(databaseFile: string): string {
  return `${lockFileOf(databaseFile)}.json`;
}

/**
 * Takes the desk's lock for this process, or answers null when another
 * holder (another process, or another desk in this one) has it.
 */
export async function tryLockDesk(databaseFile: string, program: Program, now: Date = new Date()): Promise<FolderLock | null> {
  const file = lockFileOf(databaseFile);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (e) {
    if (isCannotOpen(e)) throw cannotOpen(databaseFile);
    throw e;
  }
  let db: sqlite3.Database;
  try {
    db = await open(file);
  } catch (e) {
    if (isCannotOpen(e)) throw cannotOpen(databaseFile);
    throw e;
  }
  try {
    await run(db, 'PRAGMA locking_mode = EXCLUSIVE');
    await run(db, 'BEGIN EXCLUSIVE');
  } catch (e) {
    await close(db);
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return null;
    if (isCannotOpen(e) || code === 'SQLITE_READONLY') throw cannotOpen(databaseFile);
    throw e;
  }
  const holder: Holder = { program, pid: process.pid, since: now.toISOString() };
  writeHolder(holderFileOf(databaseFile), holder);
  let released = false;
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      // Only our own note is removed: a later holder has written its own.
      const note = readHolder(databaseFile);
      if (note && note.pid === holder.pid && note.since === holder.since) fs.rmSync(holderFileOf(databaseFile), { force: true });
      await run(db, 'ROLLBACK').catch(() => undefined);
      await close(db);
    },
  };
}

/** Who holds the desk, as its sidecar says; null when it says nothing readable. */
export function readHolder(databaseFile: string): Holder | null {
  try {
    const raw = JSON.parse(fs.readFileSync(holderFileOf(databaseFile), 'utf8')) as Partial<Holder>;
    if ((raw.program === 'electron' || raw.program === 'browser' || raw.program === 'cli') && Number.isInteger(raw.pid) && typeof raw.since === 'string' && !Number.isNaN(Date.parse(raw.since))) {
      return { program: raw.program, pid: raw.pid!, since: raw.since };
    }
  } catch {
    // No note, or a half-written one: the message says "another program".
  }
  return null;
}

const programNames: Record<Program, string> = { electron: '桌面程序', browser: '浏览器模式', cli: '命令行' };

/** `2024-09-10 09:30`, in this computer's time zone. */
export function formatSince(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The refusal a second program gets, naming the holder. */
export function deskInUse(databaseFile: string): DeskError {
  const h = readHolder(databaseFile);
  const holder = h ? { program: programNames[h.program], pid: h.pid, since: formatSince(h.since) } : null;
  return deskError('DESK_IN_USE.holder', { holder, file: databaseFile });
}

function writeHolder(file: string, holder: Holder): void {
  const temp = `${file}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(holder), { mode: 0o600 });
    fs.renameSync(temp, file);
  } catch (e) {
    // The note only improves a refusal message; the lock itself is held.
    fs.rmSync(temp, { force: true });
    console.error('[xuefa] could not write the lock note:', e);
  }
}

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (err) => (err ? reject(err) : resolve(db)));
  });
}

function run(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, (err) => (err ? reject(err) : resolve())));
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve) => db.close(() => resolve()));
}
