import fs from 'node:fs';
import path from 'node:path';
import { DeskError, deskError } from '../../../shared/errors';
import type { StoredFile } from '../../../shared/common/schemas';
import { dataPath, findEntry, newFileId, safeFileName, writeSidecar, type StoredEntry } from './fileStore';

/** Uploaded files waiting to be used: <dataDir>/inbox. Spreadsheets are capped at 200 MB. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/**
 * Backups (.xfbak: the database and every evidence file) are far larger than
 * any worksheet; they have a cap of their own, 20 GB, still streamed to disk
 * chunk by chunk.
 */
export const MAX_BACKUP_UPLOAD_BYTES = 20 * 1024 * 1024 * 1024;

/** What an upload is for: a spreadsheet to import (the default) or a backup to restore. */
export type UploadKind = 'worksheet' | 'backup';

export function uploadCap(kind: UploadKind): number {
  return kind === 'backup' ? MAX_BACKUP_UPLOAD_BYTES : MAX_UPLOAD_BYTES;
}

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

export async function openUpload(dataDir: string, name: string, maxBytes = MAX_UPLOAD_BYTES, kind: UploadKind = 'worksheet'): Promise<UploadSink> {
  const dir = inboxDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const fileId = newFileId();
  const shownName = safeFileName(name, kind === 'backup' ? '备份.xfbak' : '名册.xlsx');
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
        throw tooLarge(shownName, maxBytes, kind);
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

export function tooLarge(name: string, maxBytes: number, kind: UploadKind = 'worksheet'): DeskError {
  if (kind === 'backup') {
    return deskError('BACKUP_TOO_LARGE.named', { name, limit: sizeLimitText(maxBytes) });
  }
  return deskError('FILE_TOO_LARGE.upload', { name, megabytes: Math.round(maxBytes / 1024 / 1024) });
}

function sizeLimitText(bytes: number): string {
  const gb = bytes / 1024 / 1024 / 1024;
  return gb >= 1 ? `${Math.round(gb * 10) / 10} GB` : `${Math.max(1, Math.round(bytes / 1024 / 1024))} MB`;
}
