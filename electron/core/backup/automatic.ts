import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/backup/methods';
import { preflight } from '../db/preflight';
import { isUnfinishedBackup } from '../db/backup';
import { removeOldFiles } from '../files/removeOldFiles';
import { journalDir } from './evidence';

/**
 * The automatic backups in backups/: `xuefa-<YYYYMMDD>-<HHMMSS>-<reason>[-n].sqlite`
 * as db/backup.ts names them (before-migrate, before-import, daily,
 * before-restore). Only names of exactly that shape are listed, restored
 * or pruned, so nothing else in the folder is ever touched.
 */
const NAME = /^xuefa-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.sqlite$/;

export function isAutomaticBackupName(name: string): boolean {
  return NAME.test(name);
}

export async function listAutomaticBackups(backupsDir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(backupsDir);
  } catch {
    return [];
  }
  const entries: (BackupEntry & { order: string })[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    let size: number;
    try {
      const stat = await fs.promises.stat(path.join(backupsDir, name));
      if (!stat.isFile()) continue;
      size = stat.size;
    } catch {
      continue;
    }
    const [, y, mo, d, h, mi, s, reason, n] = m;
    entries.push({
      name,
      createdAt: `${y}-${mo}-${d} ${h}:${mi}:${s}`,
      reason: reason!,
      size,
      order: `${y}${mo}${d}${h}${mi}${s}-${String(Number(n ?? 1)).padStart(6, '0')}`,
    });
  }
  entries.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
  return entries.map(({ order: _order, ...e }) => e);
}

/** Keeps the newest `keep` automatic backups and removes the rest; returns how many went. */
export async function pruneAutomaticBackups(backupsDir: string, keep: number): Promise<number> {
  const all = await listAutomaticBackups(backupsDir);
  let removed = 0;
  for (const old of all.slice(keep)) {
    try {
      await fs.promises.rm(path.join(backupsDir, old.name));
      // A before-restore backup's evidence journal goes with it.
      await fs.promises.rm(journalDir(path.join(backupsDir, old.name)), { recursive: true, force: true });
      removed++;
    } catch {
      // Locked by another program: try again next time.
    }
  }
  return removed;
}

/** Whether today's daily backup exists (`today` as YYYYMMDD). */
export async function hasDailyBackup(backupsDir: string, today: string): Promise<boolean> {
  return (await listAutomaticBackups(backupsDir)).some((b) => b.reason === 'daily' && b.createdAt.slice(0, 10).replaceAll('-', '') === today);
}

/** The newest automatic backup that passes the same check a database gets before opening. */
export async function latestGoodBackup(backupsDir: string): Promise<BackupEntry | null> {
  for (const entry of await listAutomaticBackups(backupsDir)) {
    try {
      const r = await preflight(path.join(backupsDir, entry.name));
      if (!r.fresh) return entry;
    } catch {
      // Damaged, or from a newer version: try the next older one.
    }
  }
  return null;
}

/**
 * Half-written backups (isUnfinishedBackup) left by a process that was stopped;
 * only ones untouched for an hour, so another desk's backup in progress is spared.
 */
export function removeUnfinishedBackups(dir: string, now = Date.now()): Promise<number> {
  return removeOldFiles(dir, isUnfinishedBackup, 60 * 60 * 1000, now);
}
