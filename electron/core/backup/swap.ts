import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { backupInto, stamp, syncFile } from '../db/backup';
import { connect } from '../db/connection';
import { preflight } from '../db/preflight';
import type { DeskPaths } from '../paths';
import { applyEvidence, writeJournal } from './evidence';
import { pausePoint } from './pausePoint';
import type { StagedRestore } from './stage';

export interface SwapResult {
  beforeRestore: string | null;
  evidenceRestored: number;
  evidenceRepaired: number;
  evidenceRemoved: number;
}

/**
 * Puts a checked, staged backup in place of the desk's database (every
 * check is done by then, so this is the first write):
 *   1. the present database is kept as an automatic `before-restore` backup,
 *      so the restore can be undone, with the journal of the evidence about
 *      to change beside it (what was at each path, copies of what goes);
 *   2. the staged evidence files are renamed into place: missing ones added,
 *      damaged ones repaired (undoing a restore: put back or taken away as
 *      the journal says); a sound existing file is never touched;
 *   3. every connection is closed (the caller's `live` one, or none for a
 *      closed desk), the write-ahead log is checkpointed away;
 *   4. one rename swaps the staged file in.
 * A process stopped before step 4 leaves the old database whole (the staged
 * copy is cleared at the next start); after it, the new one. The caller
 * reopens the desk.
 */
export async function swapInStaged(staged: StagedRestore, paths: DeskPaths, now: Date, live: Knex | null): Promise<SwapResult> {
  await pausePoint('restore-staged');
  const beforeRestore = live ? await backupInto(live, paths.backupsDir, 'before-restore', now) : await keepClosedDatabase(paths, now);
  if (beforeRestore && staged.evidence.length > 0) await writeJournal(beforeRestore, paths.dataDir, staged.evidence);
  const counts = await applyEvidence(paths.dataDir, staged.evidence, staged.evidenceFolders);
  if (live) {
    await live.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await live.destroy();
  }
  const file = paths.databaseFile;
  const wal = `${file}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new Error('the database still has a write-ahead log after closing; another program may have it open');
  }
  fs.rmSync(wal, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });
  await pausePoint('restore-before-swap');
  syncFile(staged.stagedDb);
  fs.renameSync(staged.stagedDb, file);
  syncDir(path.dirname(file));
  await pausePoint('restore-swapped');
  await staged.discard();
  return { beforeRestore, evidenceRestored: counts.added + counts.putBack, evidenceRepaired: counts.repaired, evidenceRemoved: counts.removed };
}

/**
 * The before-restore backup of a desk that is not open (the CLI): an online
 * backup through its own connection when the database opens, otherwise (a
 * damaged file, or one from a newer version) a copy of the closed file as it
 * is, so nothing the admin had is lost either way.
 */
async function keepClosedDatabase(paths: DeskPaths, now: Date): Promise<string | null> {
  const file = paths.databaseFile;
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  let readable: boolean;
  try {
    readable = !(await preflight(file)).fresh;
  } catch {
    readable = false;
  }
  if (readable) {
    const db = connect(file);
    try {
      return await backupInto(db, paths.backupsDir, 'before-restore', now);
    } finally {
      await db.raw('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
      await db.destroy();
    }
  }
  fs.mkdirSync(paths.backupsDir, { recursive: true });
  const copy = path.join(paths.backupsDir, `xuefa-${stamp(now)}-unreadable-before-restore.sqlite`);
  fs.copyFileSync(file, `${copy}.part`);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  fs.renameSync(`${copy}.part`, copy);
  return copy;
}

/** Makes a rename durable (POSIX); Windows has no directory handles to flush, and needs none. */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
