import type { Knex } from 'knex';

/** Editable lists (ranks, unit attributes) with DOMAIN.md's defaults, and the yearly check marks. */
export const defaultRanks: [string, boolean][] = [
  ['厅局级正职', false],
  ['厅局级副职', false],
  ['一级巡视员', false],
  ['二级巡视员', false],
  ['县处级正职', true],
  ['县处级副职', true],
  ['一级调研员', true],
  ['二级调研员', true],
  ['三级调研员', true],
  ['四级调研员', true],
  ['乡科级正职', true],
  ['乡科级副职', true],
  ['一级主任科员', true],
  ['二级主任科员', true],
  ['三级主任科员', true],
  ['四级主任科员', true],
  ['一级科员', true],
  ['二级科员', true],
  ['办事员', true],
  ['其他', true],
];

export const defaultUnitAttributes = [
  '党委机关',
  '人大机关',
  '政府机关',
  '政协机关',
  '监察机关',
  '审判机关',
  '检察机关',
  '民主党派和工商联机关',
  '群团机关',
  '事业单位',
  '国有企业',
  '镇（街道）',
  '其他',
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE ranks (
      name TEXT PRIMARY KEY,
      takes_part INTEGER NOT NULL CHECK (takes_part IN (0, 1)),
      sort_order INTEGER NOT NULL
    ) STRICT`);
  await knex.raw(`
    CREATE TABLE unit_attributes (
      name TEXT PRIMARY KEY,
      sort_order INTEGER NOT NULL
    ) STRICT`);
  await knex.raw(`
    CREATE TABLE staff_checks (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      checked_at TEXT NOT NULL,
      checked_by TEXT NOT NULL,
      PRIMARY KEY (staff_id, year)
    ) STRICT`);
  await knex.raw(`CREATE INDEX staff_checks_year ON staff_checks (year, staff_id)`);
  await knex('ranks').insert(defaultRanks.map(([name, takesPart], i) => ({ name, takes_part: takesPart ? 1 : 0, sort_order: i })));
  await knex('unit_attributes').insert(defaultUnitAttributes.map((name, i) => ({ name, sort_order: i })));
}
