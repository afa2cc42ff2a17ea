import type { Knex } from 'knex';

const WITH_CONSTRAINT = 'id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18)';
const WITHOUT_CONSTRAINT = 'id_number TEXT NOT NULL CHECK (length(id_number) = 18)';
const UNIQUE_INDEX = 'CREATE UNIQUE INDEX staff_id_number ON staff (id_number)';

/**
 * staff.id_number's UNIQUE column constraint becomes a unique index of its
 * own, staff_id_number. A constraint's index cannot be dropped, so a bulk
 * import paid for 100,000 random inserts into it, half of what SQLite spent
 * on the people themselves; an index of its own is set aside like the others
 * and built once, sorted, at the end (a duplicate still fails the import:
 * building the unique index refuses it, and the transaction rolls back).
 *
 * Rebuilding the table is not possible here: SQLite's rename repoints the
 * other tables' foreign keys at the old table unless foreign keys are off,
 * which cannot be switched inside the migration batch's transaction, and
 * dropping the old table would then run their ON DELETE CASCADE / SET NULL.
 * Instead the schema text is changed in place, the documented way
 * (writable_schema, schema_version one higher, in the transaction): the
 * constraint's automatic index holds exactly what the unique index holds
 * (id_number, then rowid, ascending, binary collation), so its pages are
 * kept and only its name and definition are written. The integrity check
 * runs before the batch commits; anything amiss rolls it all back.
 */
export async function up(knex: Knex): Promise<void> {
  const [table] = (await knex.raw(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'staff'`)) as { sql: string }[];
  const auto = (await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'staff' AND sql IS NULL`)) as { name: string }[];
  if (!table || table.sql.split(WITH_CONSTRAINT).length !== 2 || auto.length !== 1 || auto[0]!.name !== 'sqlite_autoindex_staff_1') {
    throw new Error('数据库中的学员名册表与本版本预期的结构不同，无法升级，数据没有改动。请保留数据文件夹，联系技术支持。');
  }
  const [{ schema_version: version }] = (await knex.raw(`PRAGMA schema_version`)) as { schema_version: number }[] as [{ schema_version: number }];
  await knex.raw(`PRAGMA writable_schema = ON`);
  try {
    await knex.raw(`UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'staff'`, [table.sql.replace(WITH_CONSTRAINT, WITHOUT_CONSTRAINT)]);
    await knex.raw(`UPDATE sqlite_master SET name = 'staff_id_number', sql = ? WHERE type = 'index' AND name = 'sqlite_autoindex_staff_1'`, [UNIQUE_INDEX]);
    await knex.raw(`PRAGMA schema_version = ${version + 1}`);
  } finally {
    await knex.raw(`PRAGMA writable_schema = OFF`);
  }
  const check = (await knex.raw(`PRAGMA integrity_check(staff)`)) as { integrity_check: string }[];
  if (check.length !== 1 || check[0]!.integrity_check !== 'ok') {
    throw new Error(`升级学员名册表后完整性检查未通过，升级已撤销，数据没有改动（${check.map((c) => c.integrity_check).join('；')}）。请保留数据文件夹，联系技术支持。`);
  }
}
