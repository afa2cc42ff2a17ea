import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DeskError, isDeskError } from '../../../shared/errors';
import type { BackupPreview } from '../../../shared/backup/methods';
import { preflight } from '../db/preflight';
import type { DeskPaths } from '../paths';
import { checkMember, extractMember, looksLikeBackupFile, readManifest } from './backupFile';
import { deskContents } from './contents';
import { stageJournal, targetState, type EvidenceChange, type TargetState } from './evidence';
import { DATABASE_MEMBER, evidenceMemberSha } from './manifest';
import { checkSchema } from './schema';
import { verdict, withReadOnly } from './readOnly';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A backup taken apart and checked, its database copied next to the live one, ready to swap in. */
export interface StagedRestore {
  preview: BackupPreview;
  /** The checked copy of the backup's database, on the live database's disk (so a rename swaps it in). */
  stagedDb: string;
  /** Every change to the evidence folder, each checked already (empty when only looking). */
  evidence: EvidenceChange[];
  /** Undoing a restore: evidence folders that restore made, removed again when left empty. */
  evidenceFolders: string[];
  discard(): Promise<void>;
}

/** Where restores are staged: beside the database file, so the final rename stays on one disk. */
export function stagingDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'restore-staging');
}

/**
 * Takes a backup file apart and checks it wholly before anything else is
 * touched: the backup file's manifest and every member's hash (evidence members
 * named evidence/<2 hex>/<sha256> and hashing to their name, nothing else),
 * the evidence folder's paths (a folder or link where a file belongs
 * refuses), then the database the way the desk checks its own before
 * opening (SQLite, sound, not from a newer version, a desk database at all),
 * a full integrity_check, and its structure against its version's. With
 * `forRestore`, the database and every evidence file to be written are
 * copied into a staging folder of their own (removed again on refusal);
 * otherwise the evidence is hashed where it lies. A refusal leaves the data
 * folder exactly as it was.
 */
export async function stageRestore(
  sourceFile: string,
  shownName: string,
  paths: Pick<DeskPaths, 'databaseFile' | 'dataDir'>,
  opts: {
    createdAtHint?: string | null;
    forRestore: boolean;
    /**
     * The source is one of the desk's own automatic backups (in its backups
     * folder): only then is an evidence journal beside it replayed. A journal
     * beside a file from anywhere else is ignored, so no file picked or
     * uploaded can bring instructions to remove or replace evidence.
     */
    ownBackup?: boolean;
  },
): Promise<StagedRestore> {
  let size: number;
  try {
    size = (await fs.promises.stat(sourceFile)).size;
  } catch {
    throw new DeskError('BACKUP_NOT_FOUND');
  }
  const root = stagingDir(paths.databaseFile);
  const createdRoot = !fs.existsSync(root);
  const dir = path.join(root, crypto.randomBytes(8).toString('hex'));
  await fs.promises.mkdir(dir, { recursive: true });
  const stagedDb = path.join(dir, 'database.sqlite');
  const discard = async () => {
    await fs.promises.rm(dir, { recursive: true, force: true });
    if (createdRoot) await fs.promises.rmdir(root).catch(() => undefined);
  };
  try {
    if (await looksLikeBackupFile(sourceFile)) {
      const manifest = await readManifest(sourceFile);
      const dbMembers = manifest.members.filter((m) => m.name === DATABASE_MEMBER);
      if (dbMembers.length !== 1) throw new DeskError('BACKUP_DAMAGED');
      const evidence = manifest.members.filter((m) => m.name !== DATABASE_MEMBER);
      // Names first, before a byte is read: every other member is evidence named by its own hash.
      for (const m of evidence) {
        if (evidenceMemberSha(m.name) !== m.sha256) throw new DeskError('BACKUP_DAMAGED');
      }
      const states = new Map<string, TargetState>();
      for (const m of evidence) states.set(m.name, await targetState(paths.dataDir, m.name));
      await extractMember(sourceFile, dbMembers[0]!, stagedDb);
      const changes: EvidenceChange[] = [];
      const planned = { add: 0, repair: 0, remove: 0 };
      for (const m of evidence) {
        const state = states.get(m.name)!;
        if (state.kind === 'file' && state.sha256 === m.sha256) {
          await checkMember(sourceFile, m);
          continue;
        }
        planned[state.kind === 'absent' ? 'add' : 'repair']++;
        if (!opts.forRestore) {
          await checkMember(sourceFile, m);
          continue;
        }
        const staged = path.join(dir, `${changes.length}.evidence`);
        await extractMember(sourceFile, m, staged);
        changes.push({ name: m.name, staged, kind: state.kind === 'absent' ? 'added' : 'repaired' });
      }
      const contents = await checkDatabase(stagedDb);
      return {
        preview: {
          kind: 'backupFile',
          name: shownName,
          createdAt: manifest.createdAt,
          appVersion: manifest.appVersion,
          schemaVersion: contents.schemaVersion,
          counts: contents.counts,
          evidenceFiles: evidence.length,
          evidenceBytes: evidence.reduce((n, m) => n + m.size, 0),
          evidenceChanges: planned,
          size,
        },
        stagedDb,
        evidence: changes,
        evidenceFolders: [],
        discard,
      };
    }
    if (!(await startsWithSqliteHeader(sourceFile))) throw new DeskError('BACKUP_NOT_A_BACKUP');
    await fs.promises.copyFile(sourceFile, stagedDb, fs.constants.COPYFILE_EXCL);
    const contents = await checkDatabase(stagedDb);
    // A before-restore backup carries the evidence journal of the restore it undoes.
    const journal = opts.ownBackup ? await stageJournal(sourceFile, paths.dataDir, dir) : { changes: [], folders: [] };
    return {
      preview: {
        kind: 'database',
        name: shownName,
        createdAt: opts.createdAtHint ?? null,
        appVersion: null,
        schemaVersion: contents.schemaVersion,
        counts: contents.counts,
        evidenceFiles: 0,
        evidenceBytes: 0,
        evidenceChanges: {
          add: journal.changes.filter((c) => c.kind === 'putBack').length,
          repair: 0,
          remove: journal.changes.filter((c) => c.kind === 'removed').length,
        },
        size,
      },
      stagedDb,
      evidence: opts.forRestore ? journal.changes : [],
      evidenceFolders: opts.forRestore ? journal.folders : [],
      discard,
    };
  } catch (e) {
    await discard();
    throw e;
  }
}

/** The staged database checked as the desk checks its own, in the words of a backup. */
async function checkDatabase(file: string) {
  let applied: string[];
  try {
    const pre = await preflight(file);
    if (pre.fresh) throw new DeskError('BACKUP_NOT_A_BACKUP');
    applied = pre.applied;
  } catch (e) {
    if (!isDeskError(e)) throw e;
    if (e.code === 'DB_FROM_FUTURE') throw new DeskError('BACKUP_FROM_FUTURE');
    if (e.code === 'DB_CORRUPT') throw new DeskError('BACKUP_DAMAGED');
    if (e.code === 'DB_NOT_SQLITE') throw new DeskError('BACKUP_NOT_A_BACKUP');
    throw e;
  }
  return withReadOnly(file, async (db) => {
    if (verdict(await db.all('PRAGMA integrity_check')) !== 'ok') throw new DeskError('BACKUP_DAMAGED');
    await checkSchema(db, applied);
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
