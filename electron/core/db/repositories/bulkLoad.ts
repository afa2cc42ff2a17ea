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
 * Sets aside `table`'s secondary indexes and its triggers for a bulk load
 * and returns what puts them back: the indexes and triggers created again
 * from their own definitions, then `catchUp` for what the triggers would
 * have done (set-based, once). Sorting 100,000 keys once is far cheaper
 * than 100,000 random inserts into each index. Must run inside a
 * transaction: if anything fails, the indexes and triggers come back with
 * the rollback. A unique index is set aside too: building it again refuses
 * a duplicate, which fails the load (and the transaction rolls it back).
 * Only the index behind a column's UNIQUE constraint cannot be dropped, and
 * stays (which is why staff.id_number has a unique index of its own).
 */
export async function setAsideIndexes(trx: Knex.Transaction, table: string, catchUp: () => Promise<void>): Promise<() => Promise<void>> {
  const indexes = await schemaObjects(trx, 'index', table);
  const triggers = await schemaObjects(trx, 'trigger', table);
  for (const ix of indexes) await trx.raw(`DROP INDEX ${quoted(ix.name)}`);
  for (const tr of triggers) await trx.raw(`DROP TRIGGER ${quoted(tr.name)}`);
  return async () => {
    for (const ix of indexes) await trx.raw(ix.sql);
    for (const tr of triggers) await trx.raw(tr.sql);
    await catchUp();
  };
}

/** Runs `load` with `table`'s indexes and triggers set aside (setAsideIndexes). */
export async function bulkLoad<T>(trx: Knex.Transaction, table: string, load: () => Promise<T>, catchUp: () => Promise<void>): Promise<T> {
  const putBack = await setAsideIndexes(trx, table, catchUp);
  const result = await load();
  await putBack();
  return result;
}
