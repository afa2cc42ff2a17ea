import { DeskError } from '../../../shared/errors';
import { connect } from '../db/connection';
import { migrations, migrationSource, type Migration } from '../db/migrations';
import type { ReadOnlyDb } from './readOnly';

/**
 * A restored database must have exactly the structure the desk's own
 * migrations give a database at its recorded version: the same tables,
 * indexes, triggers and views, with the same SQL. A backup carrying a
 * trigger of its own (say, one that deletes audit rows), a view in place of
 * a table, or a table or index missing or added is refused before anything
 * is written.
 */
interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const QUERY = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'";

/** One comparable line per schema object; SQL with its whitespace runs collapsed. */
function normalise(rows: SchemaRow[]): string[] {
  return rows
    .map((r) => [r.type, r.name, r.tbl_name, (r.sql ?? '').replace(/\s+/g, ' ').trim()].join('\u0000'))
    .sort();
}

/** The reference schema per applied-migration list, built once per process on a scratch database in memory. */
const references = new Map<string, Promise<string[]>>();

function referenceSchema(applied: string[]): Promise<string[]> {
  const key = applied.join('\n');
  let found = references.get(key);
  if (!found) {
    found = buildReference(applied);
    references.set(key, found);
    found.catch(() => references.delete(key));
  }
  return found;
}

async function buildReference(applied: string[]): Promise<string[]> {
  const list = applied.map((name) => migrations.find((m) => m.name === name)).filter((m): m is Migration => m !== undefined);
  const scratch = connect(':memory:');
  try {
    await scratch.migrate.latest({ migrationSource: migrationSource(list) });
    return normalise((await scratch.raw(QUERY)) as SchemaRow[]);
  } finally {
    await scratch.destroy();
  }
}

/** Refuses (BACKUP_SCHEMA_MISMATCH) a staged database whose structure is not exactly its version's. */
export async function checkSchema(db: ReadOnlyDb, applied: string[]): Promise<void> {
  const actual = normalise(await db.all<SchemaRow>(QUERY));
  const expected = await referenceSchema(applied);
  const want = new Set(expected);
  const have = new Set(actual);
  const extra = actual.filter((l) => !want.has(l));
  const missing = expected.filter((l) => !have.has(l));
  // The names involved are the desk's internal ones, so the admin's message does not list them.
  if (extra.length > 0 || missing.length > 0 || actual.length !== expected.length) throw new DeskError('BACKUP_SCHEMA_MISMATCH');
}
