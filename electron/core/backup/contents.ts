import type { BackupCounts } from '../../../shared/backup/methods';
import type { ReadOnlyDb } from './readOnly';

const COUNTED = ['units', 'staff', 'exemptions', 'bookings'] as const;

/**
 * What a desk database holds, for a backup's manifest and a restore's
 * preview: row counts of the main tables (0 where an older schema has no
 * such table) and the newest migration applied.
 */
export async function deskContents(db: ReadOnlyDb): Promise<{ counts: BackupCounts; schemaVersion: string | null }> {
  const tables = new Set((await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((t) => t.name));
  const counts = { units: 0, staff: 0, exemptions: 0, bookings: 0 };
  for (const table of COUNTED) {
    if (tables.has(table)) counts[table] = Number((await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0);
  }
  let schemaVersion: string | null = null;
  if (tables.has('knex_migrations')) {
    schemaVersion = (await db.all<{ name: string }>('SELECT name FROM knex_migrations ORDER BY id DESC LIMIT 1'))[0]?.name ?? null;
  }
  return { counts, schemaVersion };
}
