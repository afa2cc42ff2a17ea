import type { Knex } from 'knex';

/**
 * How a person past the statutory retirement date (到龄未退) was settled:
 * the agreed retirement date of a 弹性延迟退休 (the person stays 在职 until
 * then), or the day a 设为退休 took effect (the statutory date). One row a
 * person; the status itself stays in staff.status.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE retirement_settlements (
      staff_id INTEGER PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
      agreed_date TEXT CHECK (agreed_date IS NULL OR agreed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      retired_on TEXT CHECK (retired_on IS NULL OR retired_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      updated_at TEXT NOT NULL
    ) STRICT`);
}
