import type { Knex } from 'knex';

/**
 * The admin's decision on a suspected evasion (疑似借免考规避考试) of an
 * approved exemption: 认定为规避 ('confirmed': the exemption stops counting and
 * the person is treated as not having taken part that year) or 排除
 * ('cleared', with a reason), with the date it was decided. Null while
 * undecided; a decision can be changed or taken back, each step audited.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE exemptions ADD COLUMN evasion_decision TEXT CHECK (evasion_decision IN ('confirmed', 'cleared'))`);
  await knex.raw(`ALTER TABLE exemptions ADD COLUMN evasion_reason TEXT`);
  await knex.raw(`ALTER TABLE exemptions ADD COLUMN evasion_decided_on TEXT`);
}
