import type { Knex } from 'knex';

/**
 * What the 报考 screen keeps beside the bookings: a room and capacity per
 * exam session, the planning date the booking rules use instead of the
 * clock, and a record of each credits or results file imported.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE exam_sessions (
      session_at TEXT PRIMARY KEY CHECK (session_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
      capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
      room TEXT,
      updated_at TEXT NOT NULL
    ) STRICT`);

  // One row at most: the day (and time) the admin plans as of; no row means the clock decides.
  await knex.raw(`
    CREATE TABLE planning_clock (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      as_of TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);

  await knex.raw(`
    CREATE TABLE platform_imports (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('credits', 'results')),
      year INTEGER NOT NULL,
      file_name TEXT NOT NULL,
      as_of TEXT,
      rows INTEGER NOT NULL,
      applied INTEGER NOT NULL,
      imported_at TEXT NOT NULL,
      actor TEXT NOT NULL
    ) STRICT`);
  await knex.raw(`CREATE INDEX platform_imports_year ON platform_imports (year, kind)`);
}
