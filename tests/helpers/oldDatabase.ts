import path from 'node:path';
import type { Knex } from 'knex';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';

/**
 * A desk's database as it was just before `migration`: a new file
 * (desk.sqlite in `dir`) with only the migrations before it run, for a test
 * to fill with old rows and then open as a desk, which runs the rest.
 */
export async function openDatabaseBefore(dir: string, migration: string): Promise<{ file: string; db: Knex; applied: number }> {
  const upTo = migrations.findIndex((m) => m.name === migration);
  if (upTo < 0) throw new Error(`there is no migration ${migration}`);
  const file = path.join(dir, 'desk.sqlite');
  const old = await openDatabase(file, path.join(dir, 'backups'), new Date('2024-09-01T00:00:00Z'), migrations.slice(0, upTo));
  return { file, db: old.db, applied: upTo };
}
