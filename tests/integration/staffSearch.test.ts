import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff, StaffPage, StaffSearch } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import type { Desk } from '../../electron/core/desk';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call, openTempDesk } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/** A small roster where every field and filter has something to find and something to miss. */
let desk: Desk;
let top: Unit;
let office: Unit;
let section: Unit;
let other: Unit;
const people: Record<string, Staff> = {};

useTempDesk(async (open) => {
  ({ desk } = open);
  top = await unit(desk, '汨罗市司法局');
  office = await unit(desk, '公证处', top.id);
  section = await unit(desk, '综合组', office.id);
  other = await unit(desk, '归义镇');
  const add = async (key: string, input: Parameters<typeof createStaff>[1]) => {
    people[key] = await createStaff(desk, input);
  };
  await add('zhang', { idNumber: idNumber('19850312', 123), name: '张三', unitId: top.id, phone: '13800138000', account: '13800138000', rank: '一级科员' });
  await add('zhangWei', { idNumber: idNumber('19900704', 135), name: '张伟', unitId: office.id, phone: '13912345678', account: 'zhangwei', rank: '一级科员', status: '退休' });
  await add('li', { idNumber: idNumber('19781120', 246, '430602'), name: '李芳', unitId: section.id, phone: '15011112222', account: '15011112222', rank: '二级科员' });
  await add('ouyang', { idNumber: idNumber('19661001', 357), name: '欧阳志伟', unitId: other.id, phone: '18677778888', account: null, status: '调离' });
  await add('pct', { idNumber: idNumber('19950505', 468), name: '王_百%', unitId: other.id, phone: null });
  await call(desk, 'staff.check', { ids: [people.zhang!.id, people.li!.id], year: 2024, checked: true });
}, { perFile: true });

async function search(q: Omit<StaffSearch, 'year'> & { year?: number }): Promise<StaffPage> {
  return call(desk, 'staff.search', { year: 2024, ...q });
}
async function names(q: Omit<StaffSearch, 'year'> & { year?: number }): Promise<string[]> {
  return (await search(q)).rows.map((r) => r.name);
}

describe('staff.search', () => {
  it('lists everyone in the order they were entered, with unit paths and the year\'s check mark', async () => {
    const page = await search({});
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.name)).toEqual(['张三', '张伟', '李芳', '欧阳志伟', '王_百%']);
    expect(page.rows[2]).toMatchObject({ unitPath: '汨罗市司法局/公证处/综合组', unitName: '综合组', checked: true });
    expect(page.rows[1]!.checked).toBe(false);
    expect((await search({ year: 2025 })).rows.every((r) => !r.checked)).toBe(true);
  });

  it('finds a name by any part of it', async () => {
    expect(await names({ query: '张' })).toEqual(['张三', '张伟']);
    expect(await names({ query: ' 志伟 ' })).toEqual(['欧阳志伟']);
    expect(await names({ query: '伟' })).toEqual(['张伟', '欧阳志伟']);
    expect(await names({ query: '赵' })).toEqual([]);
  });

  it('treats % and _ in the text as themselves', async () => {
    expect(await names({ query: '%' })).toEqual(['王_百%']);
    expect(await names({ query: '_' })).toEqual(['王_百%']);
    expect(await names({ query: '王_' })).toEqual(['王_百%']);
  });

  it('finds an ID number by its start, with spaces, full-width digits or a lowercase x', async () => {
    expect(await names({ query: '430681' })).toEqual(['张三', '张伟', '欧阳志伟', '王_百%']);
    expect(await names({ query: '430602' })).toEqual(['李芳']);
    expect(await names({ query: '４３０６８１ １９８５' })).toEqual(['张三']);
    const id = people.zhangWei!.idNumber;
    expect(await names({ query: id })).toEqual(['张伟']);
    if (id.endsWith('X')) expect(await names({ query: id.toLowerCase() })).toEqual(['张伟']);
    expect(await names({ query: '4306811985031' })).toEqual(['张三']);
    expect(await names({ query: '430681198503121' })).toEqual(['张三']);
  });

  it('finds an 18-digit ID from its 15-digit old form', async () => {
    const id18 = people.zhang!.idNumber;
    const id15 = id18.slice(0, 6) + id18.slice(8, 17);
    expect(await names({ query: id15 })).toEqual(['张三']);
  });

  it('finds a phone or an account by its start', async () => {
    expect(await names({ query: '139' })).toEqual(['张伟']);
    expect(await names({ query: '150-1111' })).toEqual(['李芳']);
    expect(await names({ query: '1867777' })).toEqual(['欧阳志伟']);
    expect(await names({ query: 'zhangw' })).toEqual(['张伟']);
    expect(await names({ query: 'hangwei' })).toEqual([]);
  });

  it('filters by a unit with its sub-units by default, or the unit alone', async () => {
    expect(await names({ unitId: top.id })).toEqual(['张三', '张伟', '李芳']);
    expect(await names({ unitId: top.id, includeSubunits: false })).toEqual(['张三']);
    expect(await names({ unitId: office.id })).toEqual(['张伟', '李芳']);
    expect(await names({ unitId: section.id, includeSubunits: true })).toEqual(['李芳']);
    expect(await names({ unitId: other.id, query: '张' })).toEqual([]);
    expect(await names({ unitId: top.id, query: '张' })).toEqual(['张三', '张伟']);
  });

  it('filters by status, rank and the year\'s check mark', async () => {
    expect(await names({ status: '在职' })).toEqual(['张三', '李芳', '王_百%']);
    expect(await names({ status: '退休' })).toEqual(['张伟']);
    expect(await names({ rank: '一级科员' })).toEqual(['张三', '张伟']);
    expect(await names({ rank: '一级科员', status: '在职' })).toEqual(['张三']);
    expect(await names({ checked: true })).toEqual(['张三', '李芳']);
    expect(await names({ checked: false })).toEqual(['张伟', '欧阳志伟', '王_百%']);
    expect(await names({ checked: true, year: 2023 })).toEqual([]);
    expect(await names({ checked: true, unitId: office.id })).toEqual(['李芳']);
  });

  it('pages with the full total on every page', async () => {
    const first = await search({ limit: 2 });
    const second = await search({ limit: 2, offset: 2 });
    const last = await search({ limit: 2, offset: 4 });
    expect([first.total, second.total, last.total]).toEqual([5, 5, 5]);
    expect([...first.rows, ...second.rows, ...last.rows].map((r) => r.name)).toEqual(['张三', '张伟', '李芳', '欧阳志伟', '王_百%']);
    expect(second.offset).toBe(2);
    expect(await search({ offset: 10 })).toEqual({ total: 5, offset: 10, rows: [] });
    expect(await search({ query: '张', limit: 1, offset: 1 })).toMatchObject({ total: 2, rows: [{ name: '张伟' }] });
  });

  it('refuses a search without a year or with a bad limit', async () => {
    expect(await desk.call('staff.search', {})).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await desk.call('staff.search', { year: 2024, limit: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });
});

describe('staff.search at scale agrees with a plain filter over every row', () => {
  interface Row {
    id: number;
    name: string;
    id_number: string;
    phone: string | null;
    account: string | null;
    unit_id: number;
    status: string;
    rank: string | null;
  }
  let big: Desk;
  let closeBig: () => Promise<void>;
  let rows: Row[];
  let units: { id: number; parent_id: number | null }[];
  const checkedIds = new Set<number>();

  beforeAll(async () => {
    ({ desk: big, cleanup: closeBig } = await openTempDesk());
    // Past every threshold of the search plans: more than 2,000 matches for a page, 20,000 for a typed number.
    await call(big, 'demo.generate', { units: 200, staff: 25_000 });
    rows = (await big.ctx.db('staff').orderBy('id')) as Row[];
    units = (await big.ctx.db('units').select('id', 'parent_id')) as { id: number; parent_id: number | null }[];
    const ids = rows.filter((r) => r.id % 3 === 0).map((r) => r.id);
    ids.forEach((id) => checkedIds.add(id));
    await call(big, 'staff.check', { ids, year: 2024, checked: true });
  }, 120_000);
  afterAll(() => closeBig());

  function subtree(id: number): Set<number> {
    const out = new Set([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const u of units) if (u.parent_id !== null && out.has(u.parent_id) && !out.has(u.id)) grew = out.add(u.id).size > 0;
    }
    return out;
  }

  function expected(q: Omit<StaffSearch, 'year'>): Row[] {
    const text = q.query?.trim();
    const inUnits = q.unitId === undefined ? null : q.includeSubunits === false ? new Set([q.unitId]) : subtree(q.unitId);
    return rows.filter((r) => {
      if (text) {
        const hit = /^\d+$/.test(text)
          ? r.id_number.startsWith(text) || !!r.phone?.startsWith(text) || !!r.account?.startsWith(text)
          : r.name.includes(text);
        if (!hit) return false;
      }
      if (inUnits && !inUnits.has(r.unit_id)) return false;
      if (q.status && r.status !== q.status) return false;
      if (q.rank && r.rank !== q.rank) return false;
      if (q.checked !== undefined && checkedIds.has(r.id) !== q.checked) return false;
      return true;
    });
  }

  const queries: Omit<StaffSearch, 'year'>[] = [
    { query: '430681' },
    { query: '4306811985' },
    { query: '1' },
    { query: '13' },
    { query: '138' },
    { query: '李' },
    { query: '张' },
    { query: '李', status: '在职', offset: 1500, limit: 300 },
    { status: '在职' },
    { status: '在职', offset: 20_000 },
    { rank: '一级科员', status: '在职' },
    { checked: false },
    { checked: true, query: '13' },
    { unitId: 1 },
    { unitId: 1, includeSubunits: false },
    { unitId: 1, query: '李' },
    { unitId: 2, status: '在职' },
  ];
  for (const q of queries) {
    it(JSON.stringify(q), async () => {
      const want = expected(q);
      const offset = q.offset ?? 0;
      const page = await call(big, 'staff.search', { ...q, year: 2024 });
      expect(page.total).toBe(want.length);
      expect(page.rows.map((r) => r.id)).toEqual(want.slice(offset, offset + (q.limit ?? 100)).map((r) => r.id));
      expect(page.rows.every((r) => r.checked === checkedIds.has(r.id))).toBe(true);
    });
  }

  it('covers both plans: some of these match more than 2,000 people and some typed numbers more than 20,000 entries', () => {
    expect(expected({ query: '李' }).length).toBeGreaterThan(2000);
    expect(expected({ query: '1' }).length).toBeGreaterThan(20_000);
    expect(expected({ query: '张' }).length).toBeLessThan(2000);
  });
});
