import type { Knex } from 'knex';

/** Indexes and triggers of a table, by their own definitions in sqlite_master. */
async function schemaObjects(trx: Knex.Transaction, type: 'index' | 'trigger', table: string): Promise<{ name: string; sql: string }[]> {
  return (await trx.raw(`SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`, [
    type,
    table,
  ])) as { name: string; sql: string }[];
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Runs a bulk load of `table` with its secondary indexes and its triggers
 * dropped, then creates them again from their own definitions, and runs
 * `catchUp` for what the triggers would have done (set-based, once).
 * Sorting 100,000 keys once is far cheaper than 100,000 random inserts into
 * each index. Must run inside a transaction: if anything fails, the
 * indexes and triggers come back with the rollback. Indexes behind UNIQUE
 * constraints stay, so duplicates are still refused row by row.
 */
export async function bulkLoad<T>(
  trx: Knex.Transaction,
  table: string,
  load: () => Promise<T>,
  catchUp: () => Promise<void>,
): Promise<T> {
  const indexes = await schemaObjects(trx, 'index', table);
  const triggers = await schemaObjects(trx, 'trigger', table);
  for (const ix of indexes) await trx.raw(`DROP INDEX ${quoted(ix.name)}`);
  for (const tr of triggers) await trx.raw(`DROP TRIGGER ${quoted(tr.name)}`);
  const result = await load();
  for (const ix of indexes) await trx.raw(ix.sql);
  for (const tr of triggers) await trx.raw(tr.sql);
  await catchUp();
  return result;
}
