import { afterEach, describe, expect, it } from 'vitest';
import { openBookingDesk, person, planAsOf, type BookingDesk } from '../helpers/bookingFixtures';
import { call, refusal } from '../helpers/tempDesk';
import { booking } from '../helpers/yearWork';

let b: BookingDesk | null = null;
afterEach(async () => {
  await b?.cleanup();
  b = null;
});

describe('the working year (工作年度)', () => {
  it('is the planning date’s year for every screen; without a policy it says so and offers last year’s moved forward, saving nothing', async () => {
    b = await openBookingDesk('2026-03-02T09:00:00+08:00'); // today 2026; only the shipped 2024 preset
    const w = await call(b.desk, 'years.working', {});
    const info = await call(b.desk, 'desk.info', {});
    expect(w).toMatchObject({ year: 2026, hasPolicy: false, latestYear: 2024 });
    expect(Number(info.today.slice(0, 4))).toBe(w.year);
    expect(w.draft).toMatchObject({
      year: 2026,
      studyStart: '2026-08-20',
      windows: { category: { start: '2026-09-18', end: '2026-10-26' }, regional: { start: '2026-10-28', end: '2026-11-09' } },
      makeup: { registration: { start: '2026-11-25', end: '2026-11-29' } },
      exemptionCutoff: '2026-12-31',
    });
    expect(await b.desk.ctx.db('year_policies').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await b.desk.ctx.db('audit_log').where('action', 'like', 'year.%').count({ n: '*' })).toEqual([{ n: 0 }]);
    // The year's screens refuse it the same way rather than fall back to 2024.
    expect((await refusal(b.desk, 'bookings.calendar', { year: 2026 })).code).toBe('POLICY_MISSING');

    // The admin confirms the draft: the working year now has its policy.
    await call(b.desk, 'years.save', { policy: w.draft! });
    expect(await call(b.desk, 'years.working', {})).toMatchObject({ year: 2026, hasPolicy: true, draft: null });
    expect((await call(b.desk, 'years.list', {})).map((y) => y.year)).toEqual([2024, 2026]);
  });

  it('follows the planning date, and copies from the latest year before it', async () => {
    b = await openBookingDesk('2026-03-02T09:00:00+08:00');
    await call(b.desk, 'years.copy', { from: 2024, to: 2025 });
    expect(await call(b.desk, 'years.working', {})).toMatchObject({ year: 2026, hasPolicy: false, latestYear: 2025, draft: { windows: { category: { start: '2026-09-18' } } } });
    await planAsOf(b.desk, '2024-09-02');
    expect(await call(b.desk, 'years.working', {})).toMatchObject({ year: 2024, hasPolicy: true, draft: null });
    expect((await call(b.desk, 'desk.info', {})).today).toBe('2024-09-02');
  });
});

describe('待办事项: 考试已结束，请导入考试结果', () => {
  it('appears once a window has closed with sessions holding bookings without results, and goes when they are recorded', async () => {
    b = await openBookingDesk();
    const [cat1, cat2, cancelled, regional] = [await person(b.desk, b.tax.id, '分类一'), await person(b.desk, b.tax.id, '分类二'), await person(b.desk, b.tax.id, '已取消'), await person(b.desk, b.office.id, '分众')];
    await booking(b.desk, cat1.id, { at: '2024-10-10T08:30' });
    await booking(b.desk, cat2.id, { at: '2024-10-12T15:00' });
    await booking(b.desk, cancelled.id, { at: '2024-10-12T15:00', status: 'cancelled' });
    await booking(b.desk, regional.id, { at: '2024-11-04T09:00' });
    const results = async () => (await call(b!.desk, 'todos.list', { year: 2024 })).filter((t) => t.key === 'resultsMissing');

    await planAsOf(b.desk, '2024-10-26'); // the 分类 window's last day: not closed yet
    expect(await results()).toEqual([]);
    await planAsOf(b.desk, '2024-10-27');
    expect(await results()).toEqual([
      expect.objectContaining({ title: '考试已结束，请导入考试结果', count: 2, screen: 'bookings', detail: expect.stringContaining('2 个已结束的考试场次中还有 2 人没有考试结果') }),
    ]);
    await b.desk.ctx.db('bookings').where({ staff_id: cat1.id }).update({ outcome: 'passed', score: 90 });
    expect(await results()).toEqual([expect.objectContaining({ count: 1 })]);
    await planAsOf(b.desk, '2024-11-10'); // 分众 closed too
    expect(await results()).toEqual([expect.objectContaining({ count: 2 })]);
    await b.desk.ctx.db('bookings').whereIn('staff_id', [cat2.id, regional.id]).update({ outcome: 'absent' });
    expect(await results()).toEqual([]);
  });
});
