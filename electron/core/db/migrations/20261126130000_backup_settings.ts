import type { Knex } from 'knex';

/**
 * 备份与恢复 settings: how many automatic backups to keep. One row; the
 * daily backup is recognised by its file in backups/, not stored here, so a
 * restored database does not confuse which day was backed up.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE backup_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      keep_count INTEGER NOT NULL CHECK (keep_count BETWEEN 3 AND 365),
      updated_at TEXT NOT NULL
    ) STRICT`);
  await knex('backup_settings').insert({ id: 1, keep_count: 30, updated_at: new Date(0).toISOString() });
}
