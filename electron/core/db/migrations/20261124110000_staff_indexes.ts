import type { Knex } from 'knex';

/** A name's characters past this position are not in the name-character index (names are at most 100 long). */
const NAME_CHARS_INDEXED = 100;
const POSITIONS = JSON.stringify(Array.from({ length: NAME_CHARS_INDEXED }, (_, i) => i + 1));

/** The distinct characters of `name` (ASCII letters lowercased, as LIKE compares them), as a SELECT over json_each. */
function charsOf(name: string): string {
  return `SELECT DISTINCT lower(substr(${name}, value, 1)) AS ch FROM (SELECT value FROM json_each('${POSITIONS}') LIMIT length(${name}))`;
}

/**
 * Indexes for the roster search at 100,000 people and for the yearly check.
 *
 * - Counting a filter (在职, a rank, a unit's subtree with a status, a typed
 *   number) reads covering indexes instead of the whole table.
 * - staff_name_chars lists each person under every character of the name,
 *   kept by triggers (so every writer keeps it right). "Name contains 张伟"
 *   then reads the people listed under 张 and under 伟 and checks only those,
 *   instead of testing every name in the roster.
 * - The check report finds one person's audit rows without scanning the log.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX staff_unit_status ON staff (unit_id, status)`);
  // staff_unit (unit_id) is a prefix of staff_unit_status and only slows inserts down.
  await knex.raw(`DROP INDEX staff_unit`);
  await knex.raw(`CREATE INDEX staff_status_rank ON staff (status, rank)`);
  await knex.raw(`CREATE INDEX staff_rank ON staff (rank)`);
  // A typed number matches the start of an ID number, a phone or an account. With the other two
  // columns in the phone and account indexes, "how many match" is three range counts that never
  // leave the indexes, however many people the prefix covers.
  await knex.raw(`DROP INDEX staff_phone`);
  await knex.raw(`CREATE INDEX staff_phone ON staff (phone, id_number)`);
  await knex.raw(`DROP INDEX staff_account`);
  await knex.raw(`CREATE INDEX staff_account ON staff (account, phone, id_number)`);
  await knex.raw(`CREATE INDEX audit_staff ON audit_log (staff_id, at) WHERE staff_id IS NOT NULL`);

  await knex.raw(`
    CREATE TABLE staff_name_chars (
      ch TEXT NOT NULL,
      staff_id INTEGER NOT NULL,
      PRIMARY KEY (ch, staff_id)
    ) STRICT, WITHOUT ROWID`);
  await knex.raw(`
    CREATE TRIGGER staff_name_chars_insert AFTER INSERT ON staff BEGIN
      INSERT INTO staff_name_chars (ch, staff_id) SELECT ch, NEW.id FROM (${charsOf('NEW.name')});
    END`);
  await knex.raw(`
    CREATE TRIGGER staff_name_chars_update AFTER UPDATE OF name ON staff WHEN OLD.name IS NOT NEW.name BEGIN
      DELETE FROM staff_name_chars WHERE staff_id = OLD.id AND ch IN (${charsOf('OLD.name')});
      INSERT INTO staff_name_chars (ch, staff_id) SELECT ch, NEW.id FROM (${charsOf('NEW.name')});
    END`);
  await knex.raw(`
    CREATE TRIGGER staff_name_chars_delete AFTER DELETE ON staff BEGIN
      DELETE FROM staff_name_chars WHERE staff_id = OLD.id AND ch IN (${charsOf('OLD.name')});
    END`);
  await knex.raw(`
    WITH RECURSIVE pos(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM pos WHERE n < min(${NAME_CHARS_INDEXED}, (SELECT max(length(name)) FROM staff)))
    INSERT INTO staff_name_chars (ch, staff_id)
    SELECT DISTINCT lower(substr(s.name, pos.n, 1)) AS ch, s.id FROM staff s JOIN pos ON pos.n <= length(s.name)
    ORDER BY ch, s.id`);
}
