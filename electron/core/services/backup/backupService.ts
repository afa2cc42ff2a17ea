import path from 'node:path';
import type { BackupSource, IntegrityReport } from '../../../../shared/backup/methods';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract';
import { listAutomaticBackups, pruneAutomaticBackups } from '../../backup/automatic';
import { createBackupFile } from '../../backup/createBackupFile';
import { evidenceDir } from '../../backup/evidence';
import { verifyEvidence } from '../../evidence/verify';
import { checkIntegrity } from '../../backup/integrity';
import { stageRestore } from '../../backup/stage';
import { swapInStaged } from '../../backup/swap';
import type { CoreContext } from '../../context';
import { stamp } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { selectKeepCount, updateKeepCount } from '../../db/repositories/backupSettings';
import { writeExport } from '../../files/outbox';
import { recordAction } from '../audit/actions';
import { findAutomatic, resolveSource } from './sources';

/** 备份与恢复 for the open desk (the window and browser mode); the CLI uses the same core on a closed desk. */

export async function backupStatus(ctx: CoreContext): Promise<ResultOf<'backup.status'>> {
  return {
    dataDir: ctx.paths.dataDir,
    databaseFile: ctx.paths.databaseFile,
    backupsDir: ctx.paths.backupsDir,
    evidenceDir: evidenceDir(ctx.paths.dataDir),
    keepCount: await selectKeepCount(ctx.db),
    backups: await listAutomaticBackups(ctx.paths.backupsDir),
  };
}

export async function setKeepCount(ctx: CoreContext, args: ParsedArgsOf<'backup.setKeepCount'>): Promise<ResultOf<'backup.setKeepCount'>> {
  const before = await selectKeepCount(ctx.db);
  await ctx.db.transaction(async (trx) => {
    await updateKeepCount(trx, args.keepCount, ctx.clock.now().toISOString());
    await recordAction(trx, ctx, { action: 'backup.keepCount', entity: 'desk', entityId: null, before: { keepCount: before }, after: { keepCount: args.keepCount } });
  });
  const removed = await pruneAutomaticBackups(ctx.paths.backupsDir, args.keepCount);
  return { keepCount: args.keepCount, removed };
}

/** The manual one-file backup, written into the outbox for the admin to save where they choose. */
export async function createBackup(ctx: CoreContext): Promise<ResultOf<'backup.create'>> {
  const now = ctx.clock.now();
  const { file, result } = await writeExport(ctx.paths.dataDir, `学法考法备份-${stamp(now)}.xfbak`, (target) =>
    createBackupFile(ctx.db, ctx.paths, target, { appVersion: ctx.appVersion, now }),
  );
  await recordAction(ctx.db, ctx, { action: 'backup.create', entity: 'desk', entityId: null, before: null, after: { name: file.name, counts: result.manifest.counts } });
  return { fileId: file.fileId, name: file.name, size: file.size, counts: result.manifest.counts, evidenceFiles: result.manifest.evidenceFiles };
}

export async function inspectBackup(ctx: CoreContext, source: BackupSource): Promise<ResultOf<'backup.inspect'>> {
  const { file, name, createdAt } = await resolveSource(ctx, source);
  const staged = await stageRestore(file, name, ctx.paths, { createdAtHint: createdAt, forRestore: false, ownBackup: source.kind === 'automatic' });
  await staged.discard();
  return staged.preview;
}

/**
 * Restores a backup on the open desk: checks it wholly, keeps the present
 * state as a before-restore backup, closes the connection, swaps the file in
 * and reopens (migrating an older backup, with its own backup first). Runs
 * with the desk to itself (deskLock). On any failure the desk is reopened
 * on whatever database is in place, which is the old one unless the swap
 * itself completed.
 */
export async function restoreBackup(ctx: CoreContext, source: BackupSource): Promise<ResultOf<'backup.restore'>> {
  const { file, name, createdAt } = await resolveSource(ctx, source);
  const staged = await stageRestore(file, name, ctx.paths, { createdAtHint: createdAt, forRestore: true, ownBackup: source.kind === 'automatic' });
  const now = ctx.clock.now();
  let swapped: Awaited<ReturnType<typeof swapInStaged>>;
  try {
    swapped = await swapInStaged(staged, ctx.paths, now, ctx.db);
  } catch (e) {
    await staged.discard();
    await reopen(ctx, now);
    throw e;
  }
  await reopen(ctx, now);
  const beforeRestore = await findAutomatic(ctx, path.basename(swapped.beforeRestore!));
  await recordAction(ctx.db, ctx, {
    action: 'backup.restore',
    entity: 'desk',
    entityId: null,
    before: { keptAs: beforeRestore.name },
    after: {
      from: name,
      createdAt: staged.preview.createdAt,
      counts: staged.preview.counts,
      evidenceRestored: swapped.evidenceRestored,
      evidenceRepaired: swapped.evidenceRepaired,
      evidenceRemoved: swapped.evidenceRemoved,
    },
  });
  await pruneAutomaticBackups(ctx.paths.backupsDir, await selectKeepCount(ctx.db));
  return {
    preview: staged.preview,
    beforeRestore,
    evidenceRestored: swapped.evidenceRestored,
    evidenceRepaired: swapped.evidenceRepaired,
    evidenceRemoved: swapped.evidenceRemoved,
  };
}

async function reopen(ctx: CoreContext, now: Date): Promise<void> {
  await ctx.db.destroy().catch(() => undefined);
  const opened = await openDatabase(ctx.paths.databaseFile, ctx.paths.backupsDir, now);
  ctx.db = opened.db;
  ctx.schemaVersion = opened.schemaVersion;
}

/** The full check: the database, and every evidence file re-hashed (the 核验 pass over the evidence store). */
export function integrityCheck(ctx: CoreContext): Promise<IntegrityReport> {
  return checkIntegrity(ctx.db, ctx.paths, ctx.clock.now(), () => evidenceProblems(ctx));
}

async function evidenceProblems(ctx: CoreContext): Promise<{ checked: number; problems: string[] }> {
  const report = await verifyEvidence(ctx.db, ctx.paths.dataDir);
  const named = (f: { sha256: string; names: string[] }) => `${f.names.join('、') || '（无名称）'}（${f.sha256.slice(0, 12)}…）`;
  return {
    checked: report.checkedFiles,
    problems: [
      ...report.missing.map((f) => `证明材料缺失：${named(f)}`),
      ...report.altered.map((f) => `证明材料已被改动：${named(f)}`),
      ...report.stray.map((p) => `证据文件夹中有不属于任何材料的文件：${p}`),
    ],
  };
}
