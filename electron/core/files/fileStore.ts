import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withoutInvalidCharacters } from '../../../shared/rules/textHygiene';

/**
 * A folder of transferred files (uploads, exports): each stored as
 * <random id>.xlsx with a <id>.json sidecar holding the name the admin
 * knows it by. The user's file name never becomes a path on disk, and an id
 * is accepted only in its exact form, so no request can reach another file.
 */
const FILE_ID = /^[0-9a-f]{32}$/;
const STORED = /^([0-9a-f]{32})\.(xlsx|json|part)$/;

export interface StoredEntry {
  fileId: string;
  /** The file on disk. */
  path: string;
  /** The name to show and to suggest when saving. */
  name: string;
  size: number;
}

interface Sidecar {
  name: string;
  size: number;
  storedAt: string;
}

export function newFileId(): string {
  return crypto.randomBytes(16).toString('hex');
}

export function isFileId(value: unknown): value is string {
  return typeof value === 'string' && FILE_ID.test(value);
}

export function dataPath(dir: string, fileId: string, ext: 'xlsx' | 'part' = 'xlsx'): string {
  if (!isFileId(fileId)) throw new RangeError('not a file id');
  return path.join(dir, `${fileId}.${ext}`);
}

export async function writeSidecar(dir: string, fileId: string, name: string, size: number): Promise<void> {
  const sidecar: Sidecar = { name, size, storedAt: new Date().toISOString() };
  await fs.promises.writeFile(path.join(dir, `${fileId}.json`), JSON.stringify(sidecar), 'utf8');
}

/** The stored file behind an id, or null for a malformed or unknown id. */
export async function findEntry(dir: string, fileId: unknown): Promise<StoredEntry | null> {
  if (!isFileId(fileId)) return null;
  const file = dataPath(dir, fileId);
  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return null;
    size = stat.size;
  } catch {
    return null;
  }
  let name = `${fileId}.xlsx`;
  try {
    const sidecar = JSON.parse(await fs.promises.readFile(path.join(dir, `${fileId}.json`), 'utf8')) as Partial<Sidecar>;
    if (typeof sidecar.name === 'string' && sidecar.name) name = sidecar.name;
  } catch {
    // A missing sidecar only costs the friendly name.
  }
  return { fileId, path: file, name, size };
}

/** Whether a name is one this store writes: <id>.xlsx, its <id>.json sidecar, or a half-written <id>.part. */
export function isStoredName(name: string): boolean {
  return STORED.test(name);
}

/**
 * A name safe to show and to offer as a download name: no folders, no
 * characters Windows forbids in file names, not empty, not endless.
 */
export function safeFileName(raw: string, fallback: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // Noncharacters (U+FFFE…) and half characters would make any export naming the file unreadable.
  const clean = withoutInvalidCharacters(base)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    // Direction overrides make 名册\u202Exslx.exe show as 名册exe.xlsx.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .replace(/^\.+/, '')
    // Windows drops trailing dots and spaces, so 名册.xlsx. would save as another name.
    .replace(/[. ]+$/, '');
  if (!clean) return fallback;
  // CON, NUL, COM1… are devices on Windows, with or without an extension.
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(clean)) return `_${clean}`;
  if (clean.length <= 120) return clean;
  const ext = path.extname(clean).slice(0, 10);
  return clean.slice(0, 120 - ext.length) + ext;
}
