import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { auditRows, createStaff, unit } from '../helpers/staffFixtures';
import { call, refusal } from '../helpers/tempDesk';
import { exemption } from '../helpers/yearWork';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

// The planning day is the admin's local day; pin it to China's so the boundary days mean the same everywhere.
process.env.TZ = 'Asia/Shanghai';

/**
 * A small year built by hand, seen on 2024-09-02 (the clock; no planning date).
 * Men retire at 60, women at 55; the reform only delays those born from 1965
 * (men) / 1970 (women), so most dates below are birth date + 60 (or 55) years.
 *
 *   甲 man   1964-09-02 → 2024-09-02  retires today: 到龄未退 on the day itself
 *   乙 man   1964-09-03 → 2024-09-03  one day after today: not yet
 *   丙 man   1961-05-10 → 2021-05-10  到龄未退; settled by 设为退休
 *   丁 woman 1969-03-15 → 2024-03-15  到龄未退; settled by 弹性延迟退休 to 2026-03-15 (in the future)
 *   戊 man   1963-12-20 → 2023-12-20  到龄未退, left unsettled
 *   己 man   1962-01-01 → 2022-01-01  到龄未退, rank 厅局级正职 (does not take part)
 *   庚 man   1990-05-05 → far away
 *   辛 man   1963-06-01 → 2023-06-01  already 退休
 *   癸 man   1966-07-31 → 2026-12-31  (5 months' delay): exactly the 2024 limit (12-31 + 2 years); approved exemption
 *   子 man   1966-08-01 → 2027-01-01  (5 months' delay): one day past the limit
 *   壬 woman 1969-06-30 → 2024-06-30  到龄未退; delayed by the full three years to 2027-06-30
 */
let desk: Desk;
let top: Unit;
let notary: Unit;
const p: Record<string, Staff> = {};

async function add(name: string, birth: string, seq: number, unitId: number, extra: Record<string, unknown> = {}): Promise<void> {
  p[name] = await createStaff(desk, { unitId, name, idNumber: idNumber(birth, seq), ...extra });
}

useTempDesk(async (open) => {
  ({ desk } = open);
  top = await unit(desk, '汨罗市司法局');
  notary = await unit(desk, '公证处', top.id);
  await add('甲', '19640902', 11, notary.id);
  await add('乙', '19640903', 13, top.id);
  await add('丙', '19610510', 15, notary.id);
  await add('丁', '19690315', 12, top.id);
  await add('戊', '19631220', 17, top.id);
  await add('己', '19620101', 19, top.id, { rank: '厅局级正职' });
  await add('庚', '19900505', 21, top.id);
  await add('辛', '19630601', 23, top.id, { status: '退休' });
  await add('癸', '19660731', 25, notary.id);
  await add('子', '19660801', 27, top.id);
  await add('壬', '19690630', 14, notary.id);
  await exemption(desk, p.癸!.id, 'approved');
}, { at: '2024-09-02T09:00:00+08:00' });

const names = (people: { name: string }[]) => people.map((x) => x.name);
const overdue = (args: { unitId?: number | null; takingPartOnly?: boolean } = {}) => call(desk, 'retirement.overdue', args);
const roster = async (extra: Record<string, unknown> = {}) => names((await call(desk, 'staff.search', { year: 2024, overdueRetirement: true, ...extra })).rows);
const summary = () => call(desk, 'stats.summary', { year: 2024, unitId: top.id });
const candidates = () => call(desk, 'exemptions.candidates', { year: 2024 });
const statusItem = async (name: string) => (await call(desk, 'staff.checkReport', { id: p[name]!.id, year: 2024 })).items.find((i) => i.key === 'statusChange')!;

async function settle(): Promise<void> {
  await call(desk, 'retirement.retire', { ids: [p.丙!.id] });
  await call(desk, 'retirement.delay', {
    entries: [
      { id: p.丁!.id, agreedDate: '2026-03-15' },
      { id: p.壬!.id, agreedDate: '2027-06-30' },
    ],
  });
}

describe('到龄未退 as of the planning date', () => {
  it('counts the retirement day itself, not the day before it, and follows the planning date', async () => {
    const before = await overdue();
    expect(before.today).toBe('2024-09-02');
    expect(names(before.people)).toEqual(['甲', '丙', '丁', '戊', '己', '壬']);
    const jia = before.people.find((x) => x.name === '甲')!;
    expect(jia).toMatchObject({ statutoryDate: '2024-09-02', agreedDate: null, latestAgreedDate: '2027-09-02', overdue: true, takingPart: true, unitPath: '汨罗市司法局/公证处' });
    expect(await roster()).toEqual(['甲', '丙', '丁', '戊', '己', '壬']);
    expect(await roster({ unitId: notary.id })).toEqual(['甲', '丙', '壬']);

    // A day earlier 甲 is not yet due; a day later 乙 is.
    await call(desk, 'planning.set', { asOf: '2024-09-01' });
    expect(names((await overdue()).people)).toEqual(['丙', '丁', '戊', '己', '壬']);
    await call(desk, 'planning.set', { asOf: '2024-09-03' });
    expect(names((await overdue()).people)).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '壬']);
    await call(desk, 'planning.set', { asOf: null });
  });

  it('is a home to-do with its count, opening the roster filtered', async () => {
    const todo = (await call(desk, 'todos.list', { year: 2024 })).find((t) => t.key === 'overdueRetirement');
    expect(todo).toMatchObject({ count: 6, screen: 'staff?overdue=1', title: '6 名学员到龄未退（已过退休日期仍为在职）' });
    await settle();
    await call(desk, 'retirement.retire', { ids: [p.甲!.id, p.戊!.id, p.己!.id] });
    expect((await call(desk, 'todos.list', { year: 2024 })).some((t) => t.key === 'overdueRetirement')).toBe(false);
  });
});

describe('设为退休 and 弹性延迟退休', () => {
  it('retire each person on their own date and record the agreed delays, one audit row a person', async () => {
    const auditBefore = (await auditRows(desk)).length;
    await settle();
    const rows = (await auditRows(desk)).slice(auditBefore);
    expect(rows.map((r) => [r.action, r.staff_id, r.unit_id, r.before, r.after])).toEqual([
      ['staff.retire', p.丙!.id, notary.id, { status: '在职' }, { status: '退休', statutoryRetirementDate: '2021-05-10', retiredOn: '2021-05-10' }],
      ['staff.delayRetirement', p.丁!.id, top.id, { agreedRetirementDate: null }, { statutoryRetirementDate: '2024-03-15', agreedRetirementDate: '2026-03-15' }],
      ['staff.delayRetirement', p.壬!.id, notary.id, { agreedRetirementDate: null }, { statutoryRetirementDate: '2024-06-30', agreedRetirementDate: '2027-06-30' }],
    ]);
    expect((await call(desk, 'staff.get', { id: p.丙!.id, year: 2024 })).status).toBe('退休');
    expect((await call(desk, 'staff.get', { id: p.丁!.id, year: 2024 })).status).toBe('在职');
    expect(await desk.ctx.db('retirement_settlements').orderBy('staff_id').select('staff_id', 'agreed_date', 'retired_on')).toEqual([
      { staff_id: p.丙!.id, agreed_date: null, retired_on: '2021-05-10' },
      { staff_id: p.丁!.id, agreed_date: '2026-03-15', retired_on: null },
      { staff_id: p.壬!.id, agreed_date: '2027-06-30', retired_on: null },
    ]);
    expect(names((await overdue()).people)).toEqual(['甲', '戊', '己']);

    // 丁 is due again on the agreed day, and is then retired on that day.
    await call(desk, 'planning.set', { asOf: '2026-03-15' });
    expect(names((await overdue()).people)).toContain('丁');
    await call(desk, 'retirement.retire', { ids: [p.丁!.id] });
    expect((await auditRows(desk)).at(-1)!.after).toEqual({ status: '退休', statutoryRetirementDate: '2024-03-15', agreedRetirementDate: '2026-03-15', retiredOn: '2026-03-15' });
  });

  it('refuse a delay before the statutory date or more than three years after it, and anyone not due or not 在职, changing nothing', async () => {
    const auditBefore = (await auditRows(desk)).length;
    const tooLate = await refusal(desk, 'retirement.delay', {
      entries: [
        { id: p.丁!.id, agreedDate: '2026-03-15' },
        { id: p.壬!.id, agreedDate: '2027-07-01' },
      ],
    });
    expect(tooLate.code).toBe('RETIREMENT_DELAY_INVALID');
    expect(tooLate.message).toContain('2027-06-30');
    expect((await refusal(desk, 'retirement.delay', { entries: [{ id: p.戊!.id, agreedDate: '2023-12-19' }] })).code).toBe('RETIREMENT_DELAY_INVALID');
    expect((await refusal(desk, 'retirement.delay', { entries: [{ id: p.辛!.id, agreedDate: '2024-06-01' }] })).code).toBe('RETIREMENT_NOT_IN_SERVICE');
    const notDue = await refusal(desk, 'retirement.retire', { ids: [p.甲!.id, p.乙!.id] });
    expect(notDue.code).toBe('RETIREMENT_NOT_DUE');
    expect(notDue.message).toContain('乙');
    expect((await refusal(desk, 'retirement.retire', { ids: [p.辛!.id] })).code).toBe('RETIREMENT_NOT_IN_SERVICE');
    expect((await refusal(desk, 'retirement.retire', { ids: [p.甲!.id, 99999] })).code).toBe('STAFF_NOT_FOUND');
    expect((await auditRows(desk)).length).toBe(auditBefore);
    expect(await desk.ctx.db('retirement_settlements').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect((await call(desk, 'staff.get', { id: p.甲!.id, year: 2024 })).status).toBe('在职');
  });
});

describe('the yearly check, exemption candidates and 统计', () => {
  it('name 到龄未退, the retirement and the agreed delay under 在职状态变化', async () => {
    expect(await statusItem('甲')).toMatchObject({ changed: true, detail: '到龄未退：法定退休日期 2024-09-02 已到，仍为在职（截至 2024-09-02），请设为退休或登记弹性延迟退休' });
    expect(await statusItem('乙')).toMatchObject({ changed: false, detail: null });
    await settle();
    expect(await statusItem('丙')).toMatchObject({ changed: true, detail: '在职 → 退休' });
    expect(await statusItem('丁')).toMatchObject({ changed: true, detail: '弹性延迟退休，约定退休日期 2026-03-15' });
    // A 2023 check, read in 2024, does not call 甲 overdue: he reached his date in 2024.
    expect((await call(desk, 'staff.checkReport', { id: p.甲!.id, year: 2023 })).items.find((i) => i.key === 'statusChange')!.changed).toBe(false);
  });

  it('use the agreed date, never list a retired person, flag 到龄未退, and keep the cutoff day in', async () => {
    const before = await candidates();
    expect(before.limitDate).toBe('2026-12-31');
    expect(before.candidates.map((c) => [c.name, c.retirementDate, c.overdue])).toEqual([
      ['戊', '2023-12-20', true],
      ['丙', '2021-05-10', true],
      ['甲', '2024-09-02', true],
      ['乙', '2024-09-03', false],
      ['癸', '2026-12-31', false],
      ['丁', '2024-03-15', true],
      ['壬', '2024-06-30', true],
    ].sort((a, b) => idOf(a[0] as string).localeCompare(idOf(b[0] as string))));
    await settle();
    const after = await candidates();
    expect(after.candidates.map((c) => [c.name, c.retirementDate, c.statutoryRetirementDate, c.agreedRetirementDate, c.overdue])).toEqual([
      ['戊', '2023-12-20', '2023-12-20', null, true],
      ['甲', '2024-09-02', '2024-09-02', null, true],
      ['乙', '2024-09-03', '2024-09-03', null, false],
      ['癸', '2026-12-31', '2026-12-31', null, false],
      ['丁', '2026-03-15', '2024-03-15', '2026-03-15', false],
    ]);
  });

  it('show how many of 参加人数 are 到龄未退, and who, matching a hand count', async () => {
    // 参加人数 (在职, rank taking part): 甲 乙 丙 丁 戊 庚 癸 子 壬 = 9; 己's rank does not take part, 辛 is 退休.
    // 免考: 癸 = 1; 应参考 = 8. 到龄未退 among them: 甲 丙 丁 戊 壬 = 5 (己 is 到龄未退 but not in 参加人数).
    let s = await summary();
    expect([s.total.takingPart, s.total.exempt, s.total.expected]).toEqual([9, 1, 8]);
    expect(names((await overdue({ unitId: top.id, takingPartOnly: true })).people)).toEqual(['甲', '丙', '丁', '戊', '壬']);
    // 公证处 alone: 甲 丙 癸 壬 take part; 甲 丙 壬 到龄未退.
    expect(s.rows.find((r) => r.unitId === notary.id)!.funnel.takingPart).toBe(4);
    expect(names((await overdue({ unitId: notary.id, takingPartOnly: true })).people)).toEqual(['甲', '丙', '壬']);

    await settle();
    // 丙 retired: 参加人数 8 (甲 乙 丁 戊 庚 癸 子 壬), 免考 1, 应参考 7; 到龄未退 among them: 甲 戊 = 2.
    s = await summary();
    expect([s.total.takingPart, s.total.exempt, s.total.expected]).toEqual([8, 1, 7]);
    expect(names((await overdue({ unitId: top.id, takingPartOnly: true })).people)).toEqual(['甲', '戊']);
    expect(names((await overdue({ unitId: notary.id, takingPartOnly: true })).people)).toEqual(['甲']);
    expect(names((await overdue({ unitId: top.id })).people)).toEqual(['甲', '戊', '己']);
  });
});

function idOf(name: string): string {
  return p[name]!.idNumber;
}
