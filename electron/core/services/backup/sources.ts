import crypto from 'node:crypto';
import path from 'node:path';
import { deskError } from '../../../../shared/errors';
import type { BackupEntry, BackupSource } from '../../../../shared/backup/methods';
import { isAutomaticBackupName, listAutomaticBackups } from '../../backup/automatic';
import type { CoreContext } from '../../context';
import { inboxFile } from '../../files/inbox';

/**
 * Files the admin picked in the desktop app's open dialog, by the id the page
 * was given: only the main process registers one (registerPickedBackup), so
 * the page can never name a path of its own.
 */
const picked = new WeakMap<CoreContext, Map<string, { file: string; name: string }>>();

export function registerPickedBackup(ctx: CoreContext, file: string): { fileId: string; name: string } {
  let byId = picked.get(ctx);
  if (!byId) {
    byId = new Map();
    picked.set(ctx, byId);
  }
  const fileId = crypto.randomBytes(16).toString('hex');
  const name = path.basename(file);
  byId.set(fileId, { file: path.resolve(file), name });
  return { fileId, name };
}

/** The file behind a backup source: an upload in the inbox, a picked file, or an automatic backup by its exact name. */
export async function resolveSource(ctx: CoreContext, source: BackupSource): Promise<{ file: string; name: string; createdAt: string | null }> {
  if (source.kind === 'upload') {
    const entry = await inboxFile(ctx.paths.dataDir, source.fileId);
    return { file: entry.path, name: entry.name, createdAt: null };
  }
  if (source.kind === 'picked') {
    const entry = picked.get(ctx)?.get(source.fileId);
    if (!entry) throw deskError('BACKUP_NOT_FOUND.picked');
    return { file: entry.file, name: entry.name, createdAt: null };
  }
  const entry = await findAutomatic(ctx, source.name);
  return { file: path.join(ctx.paths.backupsDir, entry.name), name: entry.name, createdAt: entry.createdAt };
}

export async function findAutomatic(ctx: CoreContext, name: string): Promise<BackupEntry> {
  const entry = isAutomaticBackupName(name) ? (await listAutomaticBackups(ctx.paths.backupsDir)).find((b) => b.name === name) : undefined;
  if (!entry) throw deskError('BACKUP_NOT_FOUND.automatic', { name });
  return entry;
}
