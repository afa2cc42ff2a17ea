import type { Knex } from 'knex';

/**
 * The year's work shared by several screens: the year policy (年度规则), the
 * exemptions (免考), the study credits (学分) and the exam bookings (报考).
 * Later migrations add the tables only one screen needs (evidence files,
 * transfers, session capacities).
 */
export async function up(knex: Knex): Promise<void> {
  // One row a year; the policy itself is validated by shared/rules/yearPolicy.ts.
  await knex.raw(`
    CREATE TABLE year_policies (
      year INTEGER PRIMARY KEY,
      policy_json TEXT NOT NULL CHECK (json_valid(policy_json)),
      updated_at TEXT NOT NULL
    ) STRICT`);

  await knex.raw(`
    CREATE TABLE exemptions (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
      year INTEGER NOT NULL,
      ground TEXT NOT NULL CHECK (ground IN ('retirement', 'maternity', 'illness')),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'rejected', 'revoked')),
      applied_on TEXT,
      reviewer TEXT,
      reviewed_on TEXT,
      decided_on TEXT,
      platform_set_on TEXT,
      notes TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
  // At most one live application a person and year; rejected and revoked ones stay as history.
  await knex.raw(`CREATE UNIQUE INDEX exemptions_live ON exemptions (staff_id, year) WHERE status IN ('draft', 'approved')`);
  await knex.raw(`CREATE INDEX exemptions_year ON exemptions (year, status)`);

  // The platform's figures for a person and year, as of the export they came from.
  await knex.raw(`
    CREATE TABLE credits (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
      year INTEGER NOT NULL,
      compulsory REAL NOT NULL CHECK (compulsory >= 0),
      elective REAL NOT NULL CHECK (elective >= 0),
      as_of TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      PRIMARY KEY (staff_id, year)
    ) STRICT`);

  await knex.raw(`
    CREATE TABLE bookings (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
      year INTEGER NOT NULL,
      session_at TEXT NOT NULL CHECK (session_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
      kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'makeup')),
      status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
      outcome TEXT CHECK (outcome IN ('passed', 'failed', 'absent')),
      score REAL,
      flag TEXT,
      flag_note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
  // A live booking is booked and without a result: one a person and year.
  await knex.raw(`CREATE UNIQUE INDEX bookings_live ON bookings (staff_id, year) WHERE status = 'booked' AND outcome IS NULL`);
  await knex.raw(`CREATE INDEX bookings_session ON bookings (session_at, status)`);
  await knex.raw(`CREATE INDEX bookings_year ON bookings (year, staff_id)`);
}
