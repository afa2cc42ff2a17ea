import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Desk } from '../../electron/core/desk';
import { writeBackupFile } from '../../electron/core/backup/backupFile';
import { BACKUP_FORMAT } from '../../electron/core/backup/manifest';
import { connect } from '../../electron/core/db/connection';

/** The path the evidence store gives content: evidence/<first two hex>/<sha256>. */
export function evidenceName(bytes: Uint8Array): string {
  const sha = crypto.createHash('sha256').update(bytes).digest('hex');
  return `evidence/${sha.slice(0, 2)}/${sha}`;
}

/** Puts content into a data folder's evidence store as the store itself would; returns its member name. */
export function putEvidence(dataDir: string, bytes: Uint8Array): string {
  const name = evidenceName(bytes);
  const file = path.join(dataDir, ...name.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return name;
}

/** A consistent copy of the desk's database (VACUUM INTO), optionally altered with raw SQL, in `dir`. */
export async function databaseCopy(desk: Desk, dir: string, sql: string[] = []): Promise<string> {
  const file = path.join(dir, `db-${crypto.randomBytes(4).toString('hex')}.sqlite`);
  await desk.ctx.db.raw('VACUUM INTO ?', [file]);
  if (sql.length > 0) {
    const db = connect(file);
    try {
      for (const s of sql) await db.raw(s);
      await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      await db.destroy();
    }
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  return file;
}

/**
 * Writes a well-formed .xfbak whose members are whatever the caller says:
 * the names given, the bytes given, the manifest's hashes those of the bytes
 * actually written (so only the names lie, unless the caller edits the
 * manifest afterwards).
 */
export async function craftArchive(dir: string, databaseFile: string, members: { name: string; bytes: Uint8Array }[]): Promise<Buffer> {
  const inputs = [{ name: 'xuefa.sqlite', file: databaseFile }];
  for (const [i, m] of members.entries()) {
    const file = path.join(dir, `member-${i}-${crypto.randomBytes(4).toString('hex')}`);
    fs.writeFileSync(file, m.bytes);
    inputs.push({ name: m.name, file });
  }
  const out = path.join(dir, `crafted-${crypto.randomBytes(4).toString('hex')}.xfbak`);
  await writeBackupFile(out, inputs, {
    format: BACKUP_FORMAT,
    createdAt: new Date('2024-09-01T00:00:00Z').toISOString(),
    appVersion: '1.0.0',
    schemaVersion: '',
    counts: { units: 0, staff: 0, exemptions: 0, bookings: 0 },
    evidenceFiles: members.length,
  });
  const bytes = fs.readFileSync(out);
  fs.rmSync(out);
  return bytes;
}

export type FolderState = Record<string, string>;

/**
 * Every folder and file under `dir` (links not followed): folders as 'dir',
 * files by their SHA-256, anything else by its kind. SQLite's shared-memory
 * index (-shm) of an open database is listed but not hashed: readers write
 * their marks into it.
 */
export function folderState(dir: string): FolderState {
  const state: FolderState = {};
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const full = path.join(abs, e.name);
      const key = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        state[key] = 'dir';
        walk(full, key);
      } else if (e.isFile()) {
        state[key] = e.name.endsWith('-shm') ? 'shm' : crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
      } else {
        state[key] = e.isSymbolicLink() ? `link:${fs.readlinkSync(full)}` : 'other';
      }
    }
  };
  walk(dir, '');
  return state;
}
