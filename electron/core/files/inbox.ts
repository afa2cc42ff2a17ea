import fs from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../../shared/errors';
import type { StoredFile } from '../../../shared/schemas';
import { dataPath, findEntry, newFileId, safeFileName, writeSidecar, type StoredEntry } from './fileStore';

/** Uploaded spreadsheets waiting to be previewed and imported: <dataDir>/inbox. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export function inboxDir(dataDir: string): string {
  return path.join(dataDir, 'inbox');
}

/** An upload being written: chunks in order, then finish() or abort(). */
export interface UploadSink {
  readonly size: number;
  /** Appends a chunk; past the cap the partial file is removed and FILE_TOO_LARGE is thrown. */
  write(chunk: Uint8Array): Promise<void>;
  finish(): Promise<StoredFile>;
  abort(): Promise<void>;
}

export async function openUpload(dataDir: string, name: string, maxBytes = MAX_UPLOAD_BYTES): Promise<UploadSink> {
  const dir = inboxDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const fileId = newFileId();
  const shownName = safeFileName(name, '名册.xlsx');
  const partial = dataPath(dir, fileId, 'part');
  const handle = await fs.promises.open(partial, 'wx');
  let size = 0;
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  const abort = async () => {
    await close();
    await fs.promises.rm(partial, { force: true });
  };
  return {
    get size() {
      return size;
    },
    async write(chunk) {
      if (closed) throw new Error('upload already finished');
      size += chunk.byteLength;
      if (size > maxBytes) {
        await abort();
        throw tooLarge(shownName, maxBytes);
      }
      await handle.write(chunk);
    },
    async finish() {
      await handle.sync();
      await close();
      await fs.promises.rename(partial, dataPath(dir, fileId));
      await writeSidecar(dir, fileId, shownName, size);
      return { fileId, name: shownName, size };
    },
    abort,
  };
}

/** Stores a whole file at once (the desktop app hands over the bytes). */
export async function storeUpload(dataDir: string, name: string, bytes: Uint8Array, maxBytes = MAX_UPLOAD_BYTES): Promise<StoredFile> {
  if (bytes.byteLength > maxBytes) throw tooLarge(safeFileName(name, '名册.xlsx'), maxBytes);
  const sink = await openUpload(dataDir, name, maxBytes);
  try {
    await sink.write(bytes);
    return await sink.finish();
  } catch (e) {
    await sink.abort();
    throw e;
  }
}

/** The uploaded file behind an id; FILE_NOT_FOUND for an unknown, expired or malformed id. */
export async function inboxFile(dataDir: string, fileId: string): Promise<StoredEntry> {
  const entry = await findEntry(inboxDir(dataDir), fileId);
  if (!entry) throw new DeskError('FILE_NOT_FOUND');
  return entry;
}

export function tooLarge(name: string, maxBytes: number): DeskError {
  return new DeskError('FILE_TOO_LARGE', `${name} 超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限，没有上传。请删除多余的工作表或拆分后再导入。`);
}
