import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../shared/rules/idNumber';
import { phoneProblem } from '../../shared/rules/phone';
import type { Unit } from '../../shared/units/schemas';
import type { Desk } from '../../electron/core/desk';
import type { StaffRow } from '../../electron/core/db/repositories/staff';
import { xuefa } from '../helpers/cli';
import { rowCount, unit } from '../helpers/staffFixtures';
import { call, openTempDesk, tempDir } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

describe('demo.generate', () => {
  let desk: Desk;
  let people: StaffRow[];
  let units: Unit[];
  useTempDesk(async (open) => {
    ({ desk } = open);
    expect(await call(desk, 'demo.generate', { units: 150, staff: 3000 })).toEqual({ units: 150, staff: 3000 });
    people = (await desk.ctx.db('staff').orderBy('id')) as StaffRow[];
    units = await call(desk, 'units.list', {});
  }, { perFile: true });

  it('makes exactly the units and people asked for, with one audit row', async () => {
    expect(units).toHaveLength(150);
    expect(people).toHaveLength(3000);
    const audit = await call(desk, 'audit.recent', {});
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'demo.generate', entity: 'desk', after: { units: 150, staff: 3000 } });
  });

  it('gives everyone a valid, unique 18-digit ID whose sex and birth date match the record', () => {
    for (const p of people) {
      const id = parseIdNumber(p.id_number);
      expect(id).toMatchObject({ ok: true, idNumber: p.id_number, sex: p.sex, birthDate: p.birth_date, converted: false });
      expect(p.birth_date >= '1964-01-01' && p.birth_date <= '2002-12-31').toBe(true);
    }
    expect(new Set(people.map((p) => p.id_number)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.sex))).toEqual(new Set(['男', '女']));
  });

  it('gives everyone a valid, unique mobile used as the account, a listed rank, and mostly 在职', async () => {
    const ranks = new Set((await call(desk, 'lists.get', {})).ranks.map((r) => r.name));
    for (const p of people) {
      expect(phoneProblem(p.phone!)).toBeNull();
      expect(p.account).toBe(p.phone);
      expect(ranks.has(p.rank!)).toBe(true);
      expect(p.retirement_age).toBe(p.sex === '男' ? 60 : p.retirement_age === 50 ? 50 : 55);
      expect(p.name.length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(people.map((p) => p.phone)).size).toBe(people.length);
    expect(people.filter((p) => p.status === '在职').length / people.length).toBeGreaterThan(0.85);
  });

  it("lists everyone under the characters of their name, as the roster's triggers would", async () => {
    const listed = (await desk.ctx.db('staff_name_chars').select('ch', 'staff_id')) as { ch: string; staff_id: number }[];
    const want = people.flatMap((p) => [...new Set([...p.name])].map((ch) => `${ch}/${p.id}`)).sort();
    expect(listed.map((r) => `${r.ch}/${r.staff_id}`).sort()).toEqual(want);
  });

  it('builds a three-level tree of 汨罗市 units, unique among siblings, some with attributes and some on the 分类 route', () => {
    expect(new Set(units.map((u) => u.level))).toEqual(new Set([1, 2, 3]));
    expect(units.filter((u) => u.level === 1).map((u) => u.name).slice(0, 4)).toEqual(['汨罗市司法局', '汨罗市教育局', '汨罗市公安局', '归义镇']);
    const siblings = new Set(units.map((u) => `${u.parentId}/${u.name}`));
    expect(siblings.size).toBe(units.length);
    expect(units.some((u) => u.attribute !== null) && units.some((u) => u.attribute === null)).toBe(true);
    const justice = units.find((u) => u.name === '汨罗市司法局')!;
    expect(justice).toMatchObject({ examRoute: 'category', counterpart: '湖南省司法厅', attribute: '政府机关' });
    const notary = units.find((u) => u.path === '汨罗市司法局/公证处')!;
    expect(notary.effectiveRoute).toMatchObject({ route: 'category', counterpart: '湖南省司法厅', fromUnitId: justice.id });
    expect(units.reduce((n, u) => n + u.staffCount, 0)).toBe(3000);
    expect(units.filter((u) => u.staffCount === 0)).toHaveLength(0);
  });

  it('makes the same desk every time', async () => {
    const again = await openTempDesk();
    try {
      await call(again.desk, 'demo.generate', { units: 150, staff: 3000 });
      const ids = ((await again.desk.ctx.db('staff').orderBy('id').select('id_number')) as { id_number: string }[]).map((r) => r.id_number);
      expect(ids).toEqual(people.map((p) => p.id_number));
    } finally {
      await again.cleanup();
    }
  });
});

describe('demo.generate on a desk that is not empty', () => {
  let desk: Desk;
  useTempDesk((open) => {
    ({ desk } = open);
  });

  it('refuses with DESK_NOT_EMPTY and changes nothing', async () => {
    await unit(desk, '汨罗市司法局');
    const audit = await rowCount(desk, 'audit_log');
    const r = await desk.call('demo.generate', { units: 10, staff: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'DESK_NOT_EMPTY' } });
    expect(!r.ok && r.error.message).toContain('已有 1 个单位、0 名学员');
    expect([await rowCount(desk, 'units'), await rowCount(desk, 'staff'), await rowCount(desk, 'audit_log')]).toEqual([1, 0, audit]);
  });

  it('makes a single unit with nobody in it when asked to', async () => {
    expect(await call(desk, 'demo.generate', { units: 1, staff: 0 })).toEqual({ units: 1, staff: 0 });
    expect((await call(desk, 'units.list', {})).map((u) => u.name)).toEqual(['汨罗市司法局']);
  });
});

describe('xuefa demo', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('prints the counts, or exactly one JSON object with --json, and refuses a second run', async () => {
    const db = path.join(t.dir, 'demo.sqlite');
    const made = await xuefa('demo', '--units', '12', '--staff', '40', '--db', db, '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toEqual({ units: 12, staff: 40 });
    const again = await xuefa('demo', '--units', '12', '--staff', '40', '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('DESK_NOT_EMPTY');
    const text = await xuefa('demo', '--units', '3', '--db', path.join(t.dir, 'other.sqlite'));
    expect(text).toMatchObject({ code: 0, stdout: '已生成演示数据：3 个单位、0 名学员' });
  });

  it('exits 2 with an example when the unit count is missing or not a number', async () => {
    for (const args of [['demo'], ['demo', '--units', 'many']]) {
      const r = await xuefa(...args, '--db', path.join(t.dir, 'x.sqlite'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('xuefa demo --units');
    }
  });
});
