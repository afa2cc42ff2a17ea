import type { Knex } from 'knex';
import type { IntegrityReport } from '../../../shared/backup/methods';
import type { DeskPaths } from '../paths';
import { latestGoodBackup } from './automatic';

/**
 * The evidence store's own check (re-hash every file, report missing,
 * altered and stray ones) belongs to the evidence store (evidence/verify.ts);
 * the backup service plugs it in. Without one the report says the evidence
 * was not checked (null).
 */
export type EvidenceCheck = () => Promise<{ checked: number; problems: string[] }>;

/**
 * The full check on demand: PRAGMA integrity_check and foreign_key_check on
 * the live database, and the evidence check when one is given. The quick
 * check (PRAGMA quick_check) runs at every start in db/preflight.ts, before
 * the database is opened. When something is wrong the newest automatic
 * backup that passes its own check is offered.
 */
export async function checkIntegrity(db: Knex, paths: DeskPaths, now: Date, evidenceCheck?: EvidenceCheck): Promise<IntegrityReport> {
  const integrityRows = (await db.raw('PRAGMA integrity_check')) as Record<string, unknown>[];
  const integrity = integrityRows.map((r) => String(Object.values(r)[0]));
  const fkRows = (await db.raw('PRAGMA foreign_key_check')) as { table: string; rowid: number | null; parent: string }[];
  const foreignKeys = fkRows.map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  const evidence = evidenceCheck ? await evidenceCheck() : null;
  const ok = integrity.join() === 'ok' && foreignKeys.length === 0 && (evidence?.problems.length ?? 0) === 0;
  return {
    ok,
    checkedAt: now.toISOString(),
    integrity,
    foreignKeys,
    evidence,
    latestGoodBackup: ok ? null : await latestGoodBackup(paths.backupsDir),
  };
}
