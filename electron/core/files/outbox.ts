import fs from 'node:fs';
import path from 'node:path';
import { deskError } from '../../../shared/errors';
import type { StoredFile } from '../../../shared/common/schemas';
import { dataPath, findEntry, newFileId, safeFileName, writeSidecar, type StoredEntry } from './fileStore';

/** Files the desk wrote for the admin to download or save: <dataDir>/exports. */
export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

/**
 * Writes an export through `write` (given the path to write to) and keeps
 * it under a random id with the name to suggest when saving, such as
 * 学员名册-2024-09-02.xlsx.
 */
export async function writeExport<T>(dataDir: string, suggestedName: string, write: (file: string) => Promise<T>): Promise<{ file: StoredFile; result: T }> {
  const dir = exportsDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const fileId = newFileId();
  const target = dataPath(dir, fileId);
  const name = safeFileName(suggestedName, '导出.xlsx');
  try {
    const result = await write(target);
    const { size } = await fs.promises.stat(target);
    await writeSidecar(dir, fileId, name, size);
    return { file: { fileId, name, size }, result };
  } catch (e) {
    await fs.promises.rm(target, { force: true });
    await fs.promises.rm(path.join(dir, `${fileId}.json`), { force: true });
    throw e;
  }
}

/** The export behind an id; FILE_NOT_FOUND for an unknown, expired or malformed id. */
export async function exportFile(dataDir: string, fileId: string): Promise<StoredEntry> {
  const entry = await findEntry(exportsDir(dataDir), fileId);
  if (!entry) throw deskError('FILE_NOT_FOUND.download');
  return entry;
}
