import { removeStale } from './fileStore';
import { inboxDir } from './inbox';
import { exportsDir } from './outbox';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** Uploads and exports are working copies: on open, those older than a day are removed. */
export async function cleanTransferFolders(dataDir: string, now = Date.now()): Promise<number> {
  return (await removeStale(inboxDir(dataDir), ONE_DAY_MS, now)) + (await removeStale(exportsDir(dataDir), ONE_DAY_MS, now));
}
