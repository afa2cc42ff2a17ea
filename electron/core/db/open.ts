import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { backupInto } from './backup';
import { connect } from './connection';
import { migrations, migrationSource, type Migration } from './migrations';
import { cannotOpen, isCannotOpen } from './openErrors';
import { preflight } from './preflight';

export interface OpenedDatabase {
  db: Knex;
  /** The backup taken before migrating, when there was something to protect. */
  backupBeforeMigrate: string | null;
  schemaVersion: string;
}

/**
 * Opens (or creates) the desk's database: checks the file first, takes an
 * online backup before migrating an existing database, then migrates.
 */
export async function openDatabase(
  file: string,
  backupsDir: string,
  now: Date,
  list: Migration[] = migrations,
): Promise<OpenedDatabase> {
  const before = await preflight(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const pending = list.filter((m) => !before.applied.includes(m.name));

  const db = connect(file);
  let backupBeforeMigrate: string | null = null;
  try {
    if (!before.fresh && pending.length > 0) {
      backupBeforeMigrate = await backupInto(db, backupsDir, 'before-migrate', now);
    }
    await db.migrate.latest({ migrationSource: migrationSource(list) });
  } catch (e) {
    await db.destroy();
    throw isCannotOpen(e) ? cannotOpen(file) : e;
  }
  return { db, backupBeforeMigrate, schemaVersion: list[list.length - 1]!.name };
}
