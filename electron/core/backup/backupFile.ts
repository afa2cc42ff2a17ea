import crypto from 'node:crypto';
import fs from 'node:fs';
import { DeskError } from '../../../shared/errors';
import { BACKUP_FORMAT_VERSION, EVIDENCE_PREFIX, manifestSchema, type Manifest, type Member } from './manifest';

/**
 * The one-file backup container (.xfbak), written and read as streams:
 *
 *   header   16 bytes  "XUEFA-DESK-BAK\n" + 0x01
 *   members  the files' bytes one after another (database first, then evidence)
 *   manifest UTF-8 JSON (manifest.ts): format version, schema version, created at,
 *            counts, and each member's name, offset, size and SHA-256
 *   footer   56 bytes  manifest offset (u64 BE), manifest length (u64 BE),
 *            SHA-256 of the manifest (32 bytes), "XFBKEND1"
 *
 * The manifest comes last so members stream straight in with their hashes
 * computed on the way; the fixed footer finds it, and a file cut short loses
 * its footer, so truncation is recognised before anything is read.
 */
export const BACKUP_FILE_HEADER = Buffer.from('XUEFA-DESK-BAK\n\x01', 'latin1');
const FOOTER_MAGIC = Buffer.from('XFBKEND1', 'latin1');
const FOOTER_SIZE = 8 + 8 + 32 + 8;
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

export interface BackupMemberInput {
  name: string;
  file: string;
  /** The hash the content must have (an evidence file's name); a file that no longer matches is left out. */
  sha256?: string;
}

/** Writes the backup file to `file` (which should be a temporary name the caller renames). */
export async function writeBackupFile(
  file: string,
  inputs: BackupMemberInput[],
  manifest: Omit<Manifest, 'members' | 'formatVersion'>,
  onMember?: (done: number) => Promise<void>,
): Promise<Manifest> {
  const out = await fs.promises.open(file, 'wx');
  try {
    let offset = 0;
    const write = async (bytes: Uint8Array) => {
      await out.write(bytes, 0, bytes.byteLength, offset);
      offset += bytes.byteLength;
    };
    await write(BACKUP_FILE_HEADER);
    const members: Member[] = [];
    for (const input of inputs) {
      const start = offset;
      const hash = crypto.createHash('sha256');
      for await (const chunk of fs.createReadStream(input.file, { highWaterMark: 1024 * 1024 })) {
        hash.update(chunk as Buffer);
        await write(chunk as Buffer);
      }
      const sha256 = hash.digest('hex');
      if (input.sha256 !== undefined && sha256 !== input.sha256) {
        // Damaged on disk: a backup never carries content under a name it does not hash to.
        offset = start;
        continue;
      }
      members.push({ name: input.name, offset: start, size: offset - start, sha256 });
      await onMember?.(members.length);
    }
    const full: Manifest = { ...manifest, evidenceFiles: members.filter((m) => m.name.startsWith(EVIDENCE_PREFIX)).length, formatVersion: BACKUP_FORMAT_VERSION, members };
    const json = Buffer.from(JSON.stringify(full), 'utf8');
    const manifestOffset = offset;
    await write(json);
    const footer = Buffer.alloc(FOOTER_SIZE);
    footer.writeBigUInt64BE(BigInt(manifestOffset), 0);
    footer.writeBigUInt64BE(BigInt(json.byteLength), 8);
    crypto.createHash('sha256').update(json).digest().copy(footer, 16);
    FOOTER_MAGIC.copy(footer, 48);
    await write(footer);
    await out.truncate(offset);
    await out.sync();
    return full;
  } finally {
    await out.close();
  }
}

/** Whether a file starts like a backup file (cheap: the header only). */
export async function looksLikeBackupFile(file: string): Promise<boolean> {
  return (await readAt(file, 0, BACKUP_FILE_HEADER.length)).equals(BACKUP_FILE_HEADER);
}

/**
 * Reads and checks a backup file's manifest: the footer present (else truncated),
 * the manifest's hash right, members laid out exactly end to end between the
 * header and the manifest. Refusals are DeskErrors that change nothing.
 */
export async function readManifest(file: string): Promise<Manifest> {
  const size = (await fs.promises.stat(file)).size;
  if (size < BACKUP_FILE_HEADER.length + FOOTER_SIZE) throw new DeskError('BACKUP_TRUNCATED');
  const footer = await readAt(file, size - FOOTER_SIZE, FOOTER_SIZE);
  if (!footer.subarray(48).equals(FOOTER_MAGIC)) throw new DeskError('BACKUP_TRUNCATED');
  const manifestOffset = Number(footer.readBigUInt64BE(0));
  const manifestLength = Number(footer.readBigUInt64BE(8));
  if (manifestLength > MAX_MANIFEST_BYTES || manifestOffset < BACKUP_FILE_HEADER.length || manifestOffset + manifestLength + FOOTER_SIZE !== size) {
    throw new DeskError('BACKUP_DAMAGED');
  }
  const json = await readAt(file, manifestOffset, manifestLength);
  if (!crypto.createHash('sha256').update(json).digest().equals(footer.subarray(16, 48))) throw new DeskError('BACKUP_DAMAGED');
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    throw new DeskError('BACKUP_DAMAGED');
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) throw new DeskError('BACKUP_FROM_FUTURE');
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new DeskError('BACKUP_DAMAGED');
  let expected = BACKUP_FILE_HEADER.length;
  const names = new Set<string>();
  for (const m of parsed.data.members) {
    if (m.offset !== expected || names.has(m.name)) throw new DeskError('BACKUP_DAMAGED');
    names.add(m.name);
    expected += m.size;
  }
  if (expected !== manifestOffset) throw new DeskError('BACKUP_DAMAGED');
  return parsed.data;
}

/**
 * Copies one member out to `target` (created new), checking its SHA-256 on
 * the way; a mismatch removes the copy and refuses the backup.
 */
export async function extractMember(file: string, member: Member, target: string): Promise<void> {
  const out = await fs.promises.open(target, 'wx');
  const hash = crypto.createHash('sha256');
  try {
    let position = 0;
    if (member.size > 0) {
      const stream = fs.createReadStream(file, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 });
      for await (const chunk of stream) {
        hash.update(chunk as Buffer);
        await out.write(chunk as Buffer, 0, (chunk as Buffer).byteLength, position);
        position += (chunk as Buffer).byteLength;
      }
    }
    await out.sync();
    if (position !== member.size || hash.digest('hex') !== member.sha256) throw new DeskError('BACKUP_DAMAGED');
  } catch (e) {
    await out.close();
    await fs.promises.rm(target, { force: true });
    throw e;
  }
  await out.close();
}

/** Checks one member's SHA-256 where it lies in the backup file, without copying it anywhere. */
export async function checkMember(file: string, member: Member): Promise<void> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  if (member.size > 0) {
    for await (const chunk of fs.createReadStream(file, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).byteLength;
    }
  }
  if (size !== member.size || hash.digest('hex') !== member.sha256) throw new DeskError('BACKUP_DAMAGED');
}

async function readAt(file: string, position: number, length: number): Promise<Buffer> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
