import type { Knex } from 'knex';

/**
 * staff_name (name) serves no query: the roster search finds a name through
 * staff_name_chars and LIKE '%…%', which no index on the whole name can
 * answer, and nothing sorts or filters staff by name alone. It only cost
 * every write of a person, and one more index to build after a bulk import.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`DROP INDEX IF EXISTS staff_name`);
}
