import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { VerifyReport } from '../../../shared/exemptions/schemas';
import type { Executor } from '../context';
import { selectAllEvidenceFiles } from '../db/repositories/evidence';
import { evidenceDir, evidencePath } from './evidenceStore';

/**
 * The verify pass (核验): every evidence file the database knows is re-hashed
 * (missing, altered), every file in the evidence folder the database does not
 * know is listed (stray), and SQLite checks itself (integrity_check and
 * foreign_key_check).
 */
export async function verifyEvidence(db: Executor, dataDir: string): Promise<VerifyReport> {
  const known = await selectAllEvidenceFiles(db);
  const missing: VerifyReport['missing'] = [];
  const altered: VerifyReport['altered'] = [];
  for (const f of known) {
    const actual = await hashFile(evidencePath(dataDir, f.sha256));
    if (actual === null) missing.push({ sha256: f.sha256, names: f.names });
    else if (actual !== f.sha256) altered.push({ sha256: f.sha256, names: f.names });
  }
  const stray = await strayFiles(dataDir, new Set(known.map((f) => f.sha256)));
  const integrity = await integrityCheck(db);
  const ok = missing.length === 0 && altered.length === 0 && stray.length === 0 && integrity.length === 1 && integrity[0] === 'ok';
  return { ok, checkedFiles: known.length, missing, altered, stray, integrity };
}

async function hashFile(file: string): Promise<string | null> {
  const hash = crypto.createHash('sha256');
  try {
    await pipeline(fs.createReadStream(file), hash);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** Paths (relative to the evidence folder, with '/') that are not a known file in its place. The tmp folder is skipped. */
async function strayFiles(dataDir: string, known: Set<string>): Promise<string[]> {
  const root = evidenceDir(dataDir);
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (relPath !== 'tmp') await walk(path.join(dir, e.name), relPath);
        continue;
      }
      const parts = relPath.split('/');
      const inPlace = parts.length === 2 && known.has(parts[1]!) && parts[1]!.startsWith(parts[0]!);
      if (!inPlace) out.push(relPath);
    }
  };
  await walk(root, '');
  return out.sort();
}

async function integrityCheck(db: Executor): Promise<string[]> {
  const rows = (await db.raw('PRAGMA integrity_check')) as Record<string, string>[];
  const out = rows.map((r) => Object.values(r)[0] ?? '');
  const fk = (await db.raw('PRAGMA foreign_key_check')) as { table: string; rowid: number; parent: string }[];
  for (const r of fk) out.push(`外键不符：${r.table} 第 ${r.rowid} 行指向 ${r.parent} 中不存在的记录`);
  if (fk.length > 0 && out[0] === 'ok') out.shift();
  return out;
}
