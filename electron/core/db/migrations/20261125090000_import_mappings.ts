import type { Knex } from 'knex';

/**
 * The admin's column choices on the 导入 screen, remembered for the next
 * file: a header (normalised: no spaces, marks or bracketed hints) → the
 * roster field it is read as, or NULL for 不导入.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE import_mappings (
      header TEXT PRIMARY KEY,
      field TEXT NULL CHECK (field IS NULL OR field IN ('name', 'idNumber', 'unit', 'phone', 'account', 'rank', 'post', 'status', 'notes'))
    ) STRICT`);
}
