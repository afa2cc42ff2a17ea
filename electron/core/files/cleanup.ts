import fs from 'node:fs';
import path from 'node:path';
import { evidenceDir } from '../evidence/evidenceStore';
import { isStoredName } from './fileStore';
import { inboxDir } from './inbox';
import { exportsDir } from './outbox';
import { removeOldFiles } from './removeOldFiles';
import { isTempName } from './tempNames';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;
/** A temporary file untouched this long belongs to no write in progress. */
const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * Uploads and exports are working copies: on open, those older than a day are
 * removed. Temporary files (tempNames.ts) that a stopped or failed write left
 * in the inbox, the exports or the evidence folder go once they are an hour old.
 */
export async function cleanTransferFolders(dataDir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const dir of [inboxDir(dataDir), exportsDir(dataDir)]) {
    removed += await removeOldFiles(dir, isStoredName, ONE_DAY_MS, now);
    removed += await removeOldFiles(dir, isTempName, ONE_HOUR_MS, now);
  }
  return removed + (await removeEvidenceTemps(dataDir, now));
}

/** Half-written evidence: in evidence/tmp (a file being stored) and beside stored files (a file being restored). */
async function removeEvidenceTemps(dataDir: string, now: number): Promise<number> {
  const root = evidenceDir(dataDir);
  let removed = await removeOldFiles(root, isTempName, ONE_HOUR_MS, now);
  let folders: fs.Dirent[];
  try {
    folders = await fs.promises.readdir(root, { withFileTypes: true });
  } catch {
    return removed;
  }
  for (const f of folders) {
    if (f.isDirectory()) removed += await removeOldFiles(path.join(root, f.name), isTempName, ONE_HOUR_MS, now);
  }
  return removed;
}
