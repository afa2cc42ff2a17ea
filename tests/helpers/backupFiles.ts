import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Desk } from '../../electron/core/desk';
import { exportFile } from '../../electron/core/files/outbox';
import { storeUpload } from '../../electron/core/files/inbox';
import { call } from './tempDesk';

/** Makes a manual backup through the contract and returns the file it wrote. */
export async function manualBackup(desk: Desk): Promise<string> {
  const made = await call(desk, 'backup.create', {});
  return (await exportFile(desk.ctx.paths.dataDir, made.fileId)).path;
}

/** Hands bytes to the desk as an upload (as the browser or the window would) and returns the source to restore. */
export async function uploaded(desk: Desk, bytes: Uint8Array, name = '备份.xfbak'): Promise<{ kind: 'upload'; fileId: string }> {
  const stored = await storeUpload(desk.ctx.paths.dataDir, name, bytes);
  return { kind: 'upload', fileId: stored.fileId };
}

/**
 * Rewrites an archive's manifest (keeping the members' bytes), with a
 * correct footer: a well-formed file that says something else.
 */
export function withEditedManifest(archive: Buffer, edit: (m: Record<string, unknown>) => void): Buffer {
  const footer = archive.subarray(archive.length - 56);
  const offset = Number(footer.readBigUInt64BE(0));
  const length = Number(footer.readBigUInt64BE(8));
  const manifest = JSON.parse(archive.subarray(offset, offset + length).toString('utf8')) as Record<string, unknown>;
  edit(manifest);
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const newFooter = Buffer.alloc(56);
  newFooter.writeBigUInt64BE(BigInt(offset), 0);
  newFooter.writeBigUInt64BE(BigInt(json.length), 8);
  crypto.createHash('sha256').update(json).digest().copy(newFooter, 16);
  footer.subarray(48).copy(newFooter, 48);
  return Buffer.concat([archive.subarray(0, offset), json, newFooter]);
}

export function fileSha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
