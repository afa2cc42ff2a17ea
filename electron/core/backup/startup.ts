import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { deskError, isDeskError } from '../../../shared/errors';
import { backupInto } from '../db/backup';
import { selectKeepCount } from '../db/repositories/backupSettings';
import { exportsDir } from '../files/outbox';
import type { DeskPaths } from '../paths';
import { hasDailyBackup, latestGoodBackup, pruneAutomaticBackups, removeUnfinishedBackups } from './automatic';
import { stagingDir } from './stage';

/**
 * What the desk does with its backups each time it opens: clears what a
 * stopped backup or restore left half-done, takes the day's first backup
 * (when there is anything to protect), and keeps the automatic backups to
 * the count the admin set.
 */
export async function startupBackups(db: Knex, paths: DeskPaths, now: Date): Promise<{ daily: string | null; removed: number }> {
  await removeUnfinishedBackups(paths.backupsDir);
  await removeUnfinishedBackups(exportsDir(paths.dataDir));
  await fs.promises.rm(stagingDir(paths.databaseFile), { recursive: true, force: true });
  let daily: string | null = null;
  const hasUnits = ((await db('units').count({ n: '*' }).first()) as { n: number } | undefined)?.n ?? 0;
  if (Number(hasUnits) > 0 && !(await hasDailyBackup(paths.backupsDir, dayStamp(now)))) {
    daily = await backupInto(db, paths.backupsDir, 'daily', now);
  }
  const removed = await pruneAutomaticBackups(paths.backupsDir, await selectKeepCount(db));
  return { daily, removed };
}

/**
 * A database the desk refuses to open (damaged) gets the way out in the same
 * message: the newest automatic backup that passes its check, and how to
 * restore it with the desk closed.
 */
export async function withBackupHint(e: unknown, paths: DeskPaths): Promise<unknown> {
  if (!isDeskError(e) || e.code !== 'DB_CORRUPT') return e;
  const good = await latestGoodBackup(paths.backupsDir).catch(() => null);
  if (!good) return e;
  const file = path.join(paths.backupsDir, good.name);
  return deskError('DB_CORRUPT.withBackup', { first: e.message, backup: good.name, createdAt: good.createdAt, file });
}

function dayStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
}
