import fs from 'node:fs';
import path from 'node:path';
import { stagingDir } from '../backup/stage';
import { lockFileOf } from '../db/folderLock';
import type { DeskPaths } from '../paths';
import { inboxDir } from './inbox';
import { exportsDir } from './outbox';

/** What the desk's folders and files are given on Linux and macOS: the user's alone. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * The entry points (app, browser mode, CLI) call this first, so every file
 * and folder the desk makes from then on (database, its WAL, backups,
 * evidence, uploads, exports) is created readable by the user alone.
 * Windows keeps %APPDATA% per user and has no umask.
 */
export function keepNewFilesPrivate(): void {
  if (process.platform !== 'win32') process.umask(0o077);
}

/**
 * A desk made by an earlier version (or copied in) may be readable by every
 * local account: at open, its folders become 0700 and its files 0600. The
 * data folder itself only when it is the desk's own (not the folder a
 * `--db` file happens to sit in, which may be the user's documents).
 * Symbolic links are left alone; a file the user does not own is skipped.
 */
export function tightenDeskFiles(paths: DeskPaths, ownFolder: boolean): void {
  if (process.platform === 'win32') return;
  if (ownFolder) tighten(paths.dataDir, PRIVATE_DIR_MODE);
  for (const suffix of ['', '-wal', '-shm', '-journal']) tighten(paths.databaseFile + suffix, PRIVATE_FILE_MODE);
  tighten(lockFileOf(paths.databaseFile), PRIVATE_FILE_MODE);
  tighten(`${lockFileOf(paths.databaseFile)}.json`, PRIVATE_FILE_MODE);
  const evidence = path.join(paths.dataDir, 'evidence');
  for (const dir of [paths.backupsDir, evidence, inboxDir(paths.dataDir), exportsDir(paths.dataDir), stagingDir(paths.databaseFile)]) tightenTree(dir);
}

function tightenTree(dir: string): void {
  if (!tighten(dir, PRIVATE_DIR_MODE)) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) tightenTree(full);
    else if (e.isFile()) tighten(full, PRIVATE_FILE_MODE);
  }
}

/**
 * Takes away what group and others may do (a read-only folder stays
 * read-only for its owner); false when the entry is missing or a link.
 */
function tighten(file: string, mode: number): boolean {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return false;
  }
  if (st.isSymbolicLink()) return false;
  const wanted = st.mode & mode & 0o777;
  if ((st.mode & 0o777) !== wanted && (typeof process.getuid !== 'function' || st.uid === process.getuid())) {
    try {
      fs.chmodSync(file, wanted);
    } catch (e) {
      console.error(`[xuefa] could not make ${file} private:`, e);
    }
  }
  return st.isDirectory() || st.isFile();
}
