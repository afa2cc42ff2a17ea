import type { Knex } from 'knex';

/**
 * First schema: the unit tree, the staff roster and the audit log.
 * STRICT tables (knex's schema builder cannot say STRICT, so plain SQL).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      parent_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      sort_order INTEGER NOT NULL DEFAULT 0,
      code TEXT,
      attribute TEXT,
      admin_name TEXT,
      admin_phone TEXT,
      admin_account TEXT,
      exam_route TEXT CHECK (exam_route IN ('category', 'regional')),
      counterpart TEXT,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
  // Unique among siblings; top units (parent NULL) count as siblings of each other.
  await knex.raw(`CREATE UNIQUE INDEX units_sibling_name ON units (ifnull(parent_id, 0), name)`);
  await knex.raw(`CREATE INDEX units_parent ON units (parent_id, sort_order)`);

  await knex.raw(`
    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      sex TEXT NOT NULL CHECK (sex IN ('男', '女')),
      birth_date TEXT NOT NULL,
      phone TEXT,
      account TEXT,
      unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
      rank TEXT,
      post TEXT,
      status TEXT NOT NULL DEFAULT '在职' CHECK (status IN ('在职', '退休', '离职', '调离')),
      retirement_age INTEGER NOT NULL CHECK (retirement_age IN (50, 55, 60)),
      notes TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
  await knex.raw(`CREATE INDEX staff_unit ON staff (unit_id)`);
  await knex.raw(`CREATE INDEX staff_name ON staff (name)`);
  await knex.raw(`CREATE INDEX staff_phone ON staff (phone)`);
  await knex.raw(`CREATE INDEX staff_account ON staff (account)`);

  await knex.raw(`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      unit_id INTEGER,
      staff_id INTEGER,
      before_json TEXT,
      after_json TEXT
    ) STRICT`);
  await knex.raw(`CREATE INDEX audit_at ON audit_log (at)`);
  await knex.raw(`CREATE INDEX audit_entity ON audit_log (entity, entity_id)`);
}
