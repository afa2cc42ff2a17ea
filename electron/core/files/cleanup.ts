import { isStoredName } from './fileStore';
import { inboxDir } from './inbox';
import { exportsDir } from './outbox';
import { removeOldFiles } from './removeOldFiles';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** Uploads and exports are working copies: on open, those older than a day are removed. */
export async function cleanTransferFolders(dataDir: string, now = Date.now()): Promise<number> {
  return (await removeOldFiles(inboxDir(dataDir), isStoredName, ONE_DAY_MS, now)) + (await removeOldFiles(exportsDir(dataDir), isStoredName, ONE_DAY_MS, now));
}
