import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DeskError, deskError } from '../../../shared/errors';
import { syncFile } from '../db/backup';
import { EVIDENCE_PREFIX, evidenceMemberSha } from './manifest';

/** The evidence store: content-addressed files kept by the exemptions work, under <dataDir>/evidence/. */
export function evidenceDir(dataDir: string): string {
  return path.join(dataDir, 'evidence');
}

export interface EvidenceFile {
  /** The member name in a backup: evidence/<first two hex>/<sha256>, as the evidence store lays files out. */
  name: string;
  file: string;
  size: number;
  /** The hash the name promises; a file whose content no longer matches it is left out of a backup. */
  sha256: string;
}

/**
 * The evidence store's files (evidence/<first two hex>/<sha256>, regular
 * files only), in a stable order. Anything else under evidence/ (the
 * store's tmp/ folder, stray files, links) is not evidence and is left out.
 */
export async function listEvidence(dataDir: string): Promise<EvidenceFile[]> {
  const root = evidenceDir(dataDir);
  const found: EvidenceFile[] = [];
  const entries = async (dir: string) => {
    try {
      return (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return [];
    }
  };
  for (const group of await entries(root)) {
    if (!group.isDirectory()) continue;
    for (const e of await entries(path.join(root, group.name))) {
      const name = `${EVIDENCE_PREFIX}${group.name}/${e.name}`;
      const sha256 = evidenceMemberSha(name);
      if (!sha256 || !e.isFile()) continue;
      const file = path.join(root, group.name, e.name);
      found.push({ name, file, size: (await fs.promises.stat(file)).size, sha256 });
    }
  }
  return found;
}

/** Where an evidence member lives on disk. */
export function evidenceTarget(dataDir: string, name: string): string {
  return path.join(evidenceDir(dataDir), ...name.slice(EVIDENCE_PREFIX.length).split('/'));
}

export type TargetState = { kind: 'absent' } | { kind: 'file'; sha256: string };

/**
 * What is at an evidence path now, without following links: nothing, or a
 * regular file and its hash. A folder, link or anything else on the way
 * (evidence/, evidence/<2 hex>/, the file itself) refuses the restore, so
 * nothing is ever written through or over it.
 */
export async function targetState(dataDir: string, name: string): Promise<TargetState> {
  const parts = name.slice(EVIDENCE_PREFIX.length).split('/');
  let dir = evidenceDir(dataDir);
  for (const step of [null, ...parts.slice(0, -1)]) {
    if (step !== null) dir = path.join(dir, step);
    const stat = await lstat(dir);
    if (!stat) return { kind: 'absent' };
    if (!stat.isDirectory()) throw blocked(evidenceTarget(dataDir, name));
  }
  const target = path.join(dir, parts[parts.length - 1]!);
  const stat = await lstat(target);
  if (!stat) return { kind: 'absent' };
  if (!stat.isFile()) throw blocked(target);
  return { kind: 'file', sha256: await sha256OfFile(target) };
}

function blocked(file: string): DeskError {
  return deskError('EVIDENCE_PATH_BLOCKED.at', { file });
}

async function lstat(p: string): Promise<fs.Stats | null> {
  try {
    return await fs.promises.lstat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * One change a restore makes to the evidence folder, decided and checked
 * while staging: a verified file in the staging folder renamed into place,
 * or (undoing a restore) a file taken away.
 */
export interface EvidenceChange {
  name: string;
  /** The verified file to put in place (in the staging folder), or null to remove what is there. */
  staged: string | null;
  /** added: was missing; repaired: was damaged; putBack: undo restores what was there; removed: undo takes away what a restore added. */
  kind: 'added' | 'repaired' | 'putBack' | 'removed';
}

/**
 * The evidence journal kept beside a before-restore backup
 * (<backup>.evidence/): for every evidence path the restore changed, what was
 * there before (null: nothing; else the hash of the old content, whose bytes
 * are kept in files/<hash>). Restoring that backup (撤销) replays it, so the
 * evidence folder comes back exactly as it was.
 */
const JOURNAL = 'journal.json';
const journalSchema = z.object({
  format: z.literal('xuefa-evidence-journal'),
  version: z.literal(1),
  entries: z
    .array(z.object({ name: z.string().refine((n) => evidenceMemberSha(n) !== null), prior: z.string().regex(/^[0-9a-f]{64}$/).nullable() }).strict())
    .max(1_000_000),
  /** Folders (evidence/, evidence/<2 hex>/) the restore made: taken away again on undo when left empty. */
  createdFolders: z.array(z.string().regex(/^evidence(\/[0-9a-f]{2})?$/)).max(300),
});
type Journal = z.infer<typeof journalSchema>;

export function journalDir(backupFile: string): string {
  return `${backupFile}.evidence`;
}

/**
 * Reads the journal beside a backup, if there is one, and stages what
 * replaying it would do: each kept copy checked against its hash and copied
 * into the staging folder. A journal that is there but not sound refuses the
 * restore (BACKUP_DAMAGED) before anything is written.
 */
export async function stageJournal(backupFile: string, dataDir: string, stagingFolder: string): Promise<{ changes: EvidenceChange[]; folders: string[] }> {
  const dir = journalDir(backupFile);
  const stat = await lstat(dir);
  if (!stat) return { changes: [], folders: [] };
  let journal: Journal;
  try {
    if (!stat.isDirectory()) throw new Error('not a folder');
    journal = journalSchema.parse(JSON.parse(await fs.promises.readFile(path.join(dir, JOURNAL), 'utf8')));
  } catch {
    throw deskError('BACKUP_DAMAGED.journal');
  }
  const changes: EvidenceChange[] = [];
  const seen = new Set<string>();
  for (const entry of journal.entries) {
    if (seen.has(entry.name)) throw new DeskError('BACKUP_DAMAGED');
    seen.add(entry.name);
    const now = await targetState(dataDir, entry.name);
    if (entry.prior === null) {
      if (now.kind === 'file') changes.push({ name: entry.name, staged: null, kind: 'removed' });
      continue;
    }
    if (now.kind === 'file' && now.sha256 === entry.prior) continue;
    const staged = path.join(stagingFolder, `${changes.length}.evidence`);
    await copyChecked(path.join(dir, 'files', entry.prior), staged, entry.prior);
    changes.push({ name: entry.name, staged, kind: 'putBack' });
  }
  return { changes, folders: journal.createdFolders };
}

async function copyChecked(from: string, to: string, sha256: string): Promise<void> {
  try {
    const st = await fs.promises.lstat(from);
    if (!st.isFile()) throw new Error('not a file');
    await fs.promises.copyFile(from, to, fs.constants.COPYFILE_EXCL);
  } catch {
    throw deskError('BACKUP_DAMAGED.journalFileMissing');
  }
  if ((await sha256OfFile(to)) !== sha256) throw deskError('BACKUP_DAMAGED.journalFileChanged');
}

/**
 * Writes the journal of `changes` beside the before-restore backup: what is
 * at each path now, with a copy of any content about to be replaced or
 * removed. Written under a .part name and renamed when complete.
 */
export async function writeJournal(backupFile: string, dataDir: string, changes: EvidenceChange[]): Promise<void> {
  const dir = journalDir(backupFile);
  const part = `${dir}.part`;
  await fs.promises.rm(part, { recursive: true, force: true });
  await fs.promises.mkdir(path.join(part, 'files'), { recursive: true });
  const entries: Journal['entries'] = [];
  const createdFolders = new Set<string>();
  for (const change of changes) {
    if (change.staged !== null) {
      const group = change.name.split('/').slice(0, 2).join('/');
      for (const folder of ['evidence', group]) {
        if (!(await lstat(path.join(dataDir, ...folder.split('/'))))) createdFolders.add(folder);
      }
    }
    const now = await targetState(dataDir, change.name);
    if (now.kind === 'absent') {
      entries.push({ name: change.name, prior: null });
      continue;
    }
    const copy = path.join(part, 'files', now.sha256);
    if (!fs.existsSync(copy)) {
      await fs.promises.copyFile(evidenceTarget(dataDir, change.name), copy);
      syncFile(copy);
    }
    entries.push({ name: change.name, prior: now.sha256 });
  }
  const journal: Journal = { format: 'xuefa-evidence-journal', version: 1, entries, createdFolders: [...createdFolders] };
  const file = path.join(part, JOURNAL);
  await fs.promises.writeFile(file, JSON.stringify(journal), { flag: 'wx' });
  syncFile(file);
  await fs.promises.rm(dir, { recursive: true, force: true });
  await fs.promises.rename(part, dir);
}

/** Carries out the staged changes (each a rename within the data folder's disk, or a removal); returns the counts by kind. */
export async function applyEvidence(dataDir: string, changes: EvidenceChange[], emptiedFolders: string[] = []): Promise<Record<EvidenceChange['kind'], number>> {
  const counts = { added: 0, repaired: 0, putBack: 0, removed: 0 };
  for (const change of changes) {
    const target = evidenceTarget(dataDir, change.name);
    if (change.staged === null) {
      await fs.promises.rm(target, { force: true });
    } else {
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      syncFile(change.staged);
      await fs.promises.rename(change.staged, target);
    }
    counts[change.kind]++;
  }
  // Folders the undone restore made go again when nothing is left in them (the deepest first).
  for (const folder of [...emptiedFolders].sort((a, b) => b.length - a.length)) {
    await fs.promises.rmdir(path.join(dataDir, ...folder.split('/'))).catch(() => undefined);
  }
  return counts;
}
