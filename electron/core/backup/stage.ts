import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DeskError, isDeskError } from '../../../shared/errors';
import type { BackupPreview } from '../../../shared/methods/backup';
import { preflight } from '../db/preflight';
import { extractMember, looksLikeArchive, readManifest } from './archive';
import { deskContents } from './contents';
import { DATABASE_MEMBER, EVIDENCE_PREFIX, type Member } from './manifest';
import { verdict, withReadOnly } from './readOnly';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A backup taken apart and checked, its database copied next to the live one, ready to swap in. */
export interface StagedRestore {
  preview: BackupPreview;
  /** The checked copy of the backup's database, on the live database's disk (so a rename swaps it in). */
  stagedDb: string;
  /** The archive and its evidence members, for a one-file backup. */
  archive: string | null;
  evidence: Member[];
  discard(): Promise<void>;
}

/** Where restores are staged: beside the database file, so the final rename stays on one disk. */
export function stagingDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'restore-staging');
}

/**
 * Takes a backup file apart and checks it wholly before anything else is
 * touched: the archive's manifest and every hash, then the database the way
 * the desk checks its own before opening (SQLite, sound, not from a newer
 * version, a desk database at all) plus a full integrity_check. Any refusal
 * leaves the desk exactly as it was.
 */
export async function stageRestore(sourceFile: string, shownName: string, databaseFile: string, createdAtHint: string | null = null): Promise<StagedRestore> {
  let size: number;
  try {
    size = (await fs.promises.stat(sourceFile)).size;
  } catch {
    throw new DeskError('BACKUP_NOT_FOUND');
  }
  const dir = stagingDir(databaseFile);
  await fs.promises.mkdir(dir, { recursive: true });
  const stagedDb = path.join(dir, `${crypto.randomBytes(8).toString('hex')}.sqlite`);
  const discard = async () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) await fs.promises.rm(stagedDb + suffix, { force: true });
  };
  try {
    if (await looksLikeArchive(sourceFile)) {
      const manifest = await readManifest(sourceFile);
      const db = manifest.members.find((m) => m.name === DATABASE_MEMBER);
      if (!db) throw new DeskError('BACKUP_DAMAGED');
      await extractMember(sourceFile, db, stagedDb);
      const evidence = manifest.members.filter((m) => m.name.startsWith(EVIDENCE_PREFIX));
      const contents = await checkDatabase(stagedDb);
      return {
        preview: {
          kind: 'archive',
          name: shownName,
          createdAt: manifest.createdAt,
          appVersion: manifest.appVersion,
          schemaVersion: contents.schemaVersion,
          counts: contents.counts,
          evidenceFiles: evidence.length,
          evidenceBytes: evidence.reduce((n, m) => n + m.size, 0),
          size,
        },
        stagedDb,
        archive: sourceFile,
        evidence,
        discard,
      };
    }
    if (!(await startsWithSqliteHeader(sourceFile))) throw new DeskError('BACKUP_NOT_A_BACKUP');
    await fs.promises.copyFile(sourceFile, stagedDb, fs.constants.COPYFILE_EXCL);
    const contents = await checkDatabase(stagedDb);
    return {
      preview: {
        kind: 'database',
        name: shownName,
        createdAt: createdAtHint,
        appVersion: null,
        schemaVersion: contents.schemaVersion,
        counts: contents.counts,
        evidenceFiles: 0,
        evidenceBytes: 0,
        size,
      },
      stagedDb,
      archive: null,
      evidence: [],
      discard,
    };
  } catch (e) {
    await discard();
    throw e;
  }
}

/** The staged database checked as the desk checks its own, in the words of a backup. */
async function checkDatabase(file: string) {
  try {
    const pre = await preflight(file);
    if (pre.fresh) throw new DeskError('BACKUP_NOT_A_BACKUP');
  } catch (e) {
    if (!isDeskError(e)) throw e;
    if (e.code === 'DB_FROM_FUTURE') throw new DeskError('BACKUP_FROM_FUTURE');
    if (e.code === 'DB_CORRUPT') throw new DeskError('BACKUP_DAMAGED');
    if (e.code === 'DB_NOT_SQLITE') throw new DeskError('BACKUP_NOT_A_BACKUP');
    throw e;
  }
  return withReadOnly(file, async (db) => {
    if (verdict(await db.all('PRAGMA integrity_check')) !== 'ok') throw new DeskError('BACKUP_DAMAGED');
    return deskContents(db);
  });
}

async function startsWithSqliteHeader(file: string): Promise<boolean> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(16);
    await fh.read(head, 0, 16, 0);
    return head.equals(SQLITE_HEADER);
  } finally {
    await fh.close();
  }
}
