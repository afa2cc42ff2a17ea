import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { deskError } from '../../../shared/errors';
import { EVIDENCE_MAX_BYTES, type EvidenceKind } from '../../../shared/exemptions/schemas';
import { lookalike, sniffKind } from './sniff';

/**
 * The evidence store on disk: <data folder>/evidence/<first two hex>/<sha256>.
 * Content-addressed, so the same file added twice is stored once, and a file
 * is never stored under a name a user chose. Written to evidence/tmp first,
 * flushed, then renamed into place; stored files are never changed.
 */
const SHA = /^[0-9a-f]{64}$/;

export function evidenceDir(dataDir: string): string {
  return path.join(dataDir, 'evidence');
}

export function evidenceTempDir(dataDir: string): string {
  return path.join(evidenceDir(dataDir), 'tmp');
}

export function evidencePath(dataDir: string, sha256: string): string {
  if (!SHA.test(sha256)) throw new RangeError('not a sha256');
  return path.join(evidenceDir(dataDir), sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export interface StoredContent {
  sha256: string;
  size: number;
  kind: EvidenceKind;
  /** False when the same content was already on disk. */
  wroteNew: boolean;
}

function megabytes(size: number): string {
  return `${(size / 1024 / 1024).toFixed(size < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Reads and checks a candidate evidence file: size first (without reading it), then type by content. */
export async function readCandidate(source: string, shownName: string, maxBytes = EVIDENCE_MAX_BYTES): Promise<{ bytes: Uint8Array; kind: EvidenceKind }> {
  const { size } = await fs.promises.stat(source);
  if (size > maxBytes) {
    throw deskError('EVIDENCE_TOO_LARGE.sized', { name: shownName, size: megabytes(size), max: megabytes(maxBytes) });
  }
  const bytes = new Uint8Array(await fs.promises.readFile(source));
  const kind = sniffKind(bytes.subarray(0, 16));
  if (!kind) {
    const seems = lookalike(bytes.subarray(0, 16));
    throw deskError('EVIDENCE_TYPE.named', { name: shownName, seems: seems || null });
  }
  if (kind === 'pdf') await checkPdf(bytes, shownName);
  return { bytes, kind };
}

async function checkPdf(bytes: Uint8Array, shownName: string): Promise<void> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.getPageCount() === 0) throw new Error('no pages');
  } catch {
    throw deskError('EVIDENCE_PDF_UNREADABLE.named', { name: shownName });
  }
}

/**
 * Stores checked bytes by their hash. Content already on disk is not written
 * again; a stored copy found altered on disk is put right from these bytes.
 */
export async function storeContent(dataDir: string, bytes: Uint8Array, kind: EvidenceKind): Promise<StoredContent> {
  const sha256 = sha256Of(bytes);
  const target = evidencePath(dataDir, sha256);
  const existing = await fs.promises.readFile(target).catch(() => null);
  if (existing && sha256Of(existing) === sha256) return { sha256, size: bytes.byteLength, kind, wroteNew: false };

  const tmpDir = evidenceTempDir(dataDir);
  await fs.promises.mkdir(tmpDir, { recursive: true });
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(tmpDir, `${crypto.randomBytes(12).toString('hex')}.part`);
  try {
    const handle = await fs.promises.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, target);
  } catch (e) {
    await fs.promises.rm(temp, { force: true });
    throw e;
  }
  return { sha256, size: bytes.byteLength, kind, wroteNew: existing === null };
}

/** Removes content written for an action that then failed, so it does not linger as a stray file. */
export async function discardContent(dataDir: string, sha256: string): Promise<void> {
  await fs.promises.rm(evidencePath(dataDir, sha256), { force: true });
}

export type StoredRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'missing' | 'altered' };

/** A stored file's bytes, checked against its hash. */
export async function readStored(dataDir: string, sha256: string): Promise<StoredRead> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.promises.readFile(evidencePath(dataDir, sha256)));
  } catch {
    return { ok: false, problem: 'missing' };
  }
  return sha256Of(bytes) === sha256 ? { ok: true, bytes } : { ok: false, problem: 'altered' };
}
