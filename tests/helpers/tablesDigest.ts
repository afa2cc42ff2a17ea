import crypto from 'node:crypto';
import type { Knex } from 'knex';

/** A digest of every row of every table: equal before and after means a refused call changed nothing. */
export async function tablesDigest(db: Knex): Promise<string> {
  const tables = (await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) as { name: string }[];
  const hash = crypto.createHash('sha256');
  for (const { name } of tables) {
    hash.update(name);
    const rows = (await db.raw(`SELECT * FROM "${name.replace(/"/g, '""')}"`)) as unknown[];
    for (const row of rows.map((r) => JSON.stringify(r)).sort()) hash.update(row);
  }
  return hash.digest('hex');
}
