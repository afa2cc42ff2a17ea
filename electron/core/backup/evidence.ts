import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { syncFile } from '../db/backup';
import { extractMember } from './archive';
import { EVIDENCE_PREFIX, isSafeMemberName, type Member } from './manifest';

/** The evidence archive: content-addressed files kept by the exemptions work, under <dataDir>/evidence/. */
export function evidenceDir(dataDir: string): string {
  return path.join(dataDir, 'evidence');
}

export interface EvidenceFile {
  /** The member name in a backup: evidence/<relative path with forward slashes>. */
  name: string;
  file: string;
  size: number;
}

/** Every regular file under the evidence folder (links and odd names are left out), in a stable order. */
export async function listEvidence(dataDir: string): Promise<EvidenceFile[]> {
  const root = evidenceDir(dataDir);
  const found: EvidenceFile[] = [];
  const walk = async (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const relName = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full, relName);
      else if (e.isFile() && isSafeMemberName(EVIDENCE_PREFIX + relName) && !e.name.endsWith('.part')) {
        found.push({ name: EVIDENCE_PREFIX + relName, file: full, size: (await fs.promises.stat(full)).size });
      }
    }
  };
  await walk(root, '');
  return found;
}

/**
 * Puts a backup's evidence files back: a file already present with the same
 * content is left alone; a missing or different one is written beside it and
 * renamed into place. Nothing is ever deleted, so files added since the
 * backup stay (the evidence check reports them as not referenced).
 */
export async function restoreEvidence(archive: string, members: Member[], dataDir: string): Promise<number> {
  let written = 0;
  for (const m of members) {
    if (!m.name.startsWith(EVIDENCE_PREFIX)) continue;
    const target = path.join(evidenceDir(dataDir), ...m.name.slice(EVIDENCE_PREFIX.length).split('/'));
    if ((await sha256Of(target)) === m.sha256) continue;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const part = `${target}.${process.pid}.part`;
    await fs.promises.rm(part, { force: true });
    await extractMember(archive, m, part);
    syncFile(part);
    await fs.promises.rename(part, target);
    written++;
  }
  return written;
}

async function sha256Of(file: string): Promise<string | null> {
  try {
    const hash = crypto.createHash('sha256');
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null;
  }
}
