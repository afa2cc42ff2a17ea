import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { deskError } from '../../../shared/errors';
import { syncFile } from '../db/backup';
import type { DeskPaths } from '../paths';
import { writeBackupFile } from './backupFile';
import { deskContents } from './contents';
import { listEvidence } from './evidence';
import { BACKUP_FORMAT, DATABASE_MEMBER, type Manifest } from './manifest';
import { pausePoint } from './pausePoint';
import { withReadOnly } from './readOnly';

/**
 * The manual backup: one file holding a consistent copy of the database
 * (VACUUM INTO, never a raw copy of the live file) and every evidence file,
 * with a manifest. Written under `<target>.part` and renamed when complete,
 * so `target` is either absent or a whole backup.
 */
export async function createBackupFile(
  db: Knex,
  paths: DeskPaths,
  target: string,
  meta: { appVersion: string; now: Date },
): Promise<{ manifest: Manifest; size: number }> {
  await fs.promises.mkdir(paths.backupsDir, { recursive: true });
  const snapshot = path.join(paths.backupsDir, `snapshot-${crypto.randomBytes(6).toString('hex')}.sqlite.part`);
  const part = `${target}.part`;
  try {
    await db.raw('VACUUM INTO ?', [snapshot]);
    const { counts, schemaVersion } = await withReadOnly(snapshot, deskContents);
    const evidence = await listEvidence(paths.dataDir);
    await fs.promises.rm(part, { force: true });
    const manifest = await writeBackupFile(
      part,
      [{ name: DATABASE_MEMBER, file: snapshot }, ...evidence],
      {
        format: BACKUP_FORMAT,
        createdAt: meta.now.toISOString(),
        appVersion: meta.appVersion,
        schemaVersion: schemaVersion ?? '',
        counts,
        evidenceFiles: evidence.length,
      },
      async (done) => {
        if (done === 1) await pausePoint('backup-writing');
      },
    );
    syncFile(part);
    await fs.promises.rename(part, target);
    return { manifest, size: (await fs.promises.stat(target)).size };
  } catch (e) {
    await fs.promises.rm(part, { force: true });
    throw asBackupFailure(e);
  } finally {
    await fs.promises.rm(snapshot, { force: true });
  }
}

function asBackupFailure(e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code ? backupFailureReasons[code] : undefined;
  if (why) return deskError('BACKUP_FAILED.because', { why });
  return e;
}

/** Why a backup could not be written, in the admin's words (never the system's error code). */
const backupFailureReasons: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘空间不足',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EBUSY: '目标文件正被其他程序打开',
  ENOENT: '目标文件夹不存在或已被移走',
};
