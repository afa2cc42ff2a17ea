import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preset2024 } from '../../shared/rules/yearPolicy';
import { auditActions, giveCredits, openBookingDesk, person, type BookingDesk } from '../helpers/bookingFixtures';
import { call, refusal } from '../helpers/tempDesk';

let t: BookingDesk;
beforeEach(async () => {
  t = await openBookingDesk();
});
afterEach(async () => t.cleanup());

describe('年度规则 on a real desk', () => {
  it('ships 2024 as the preset, copies it to 2025, and saves an edit', async () => {
    expect(await call(t.desk, 'years.list', {})).toEqual([{ year: 2024, stored: false }]);
    expect(await call(t.desk, 'years.get', { year: 2024 })).toEqual(preset2024);
    expect(await call(t.desk, 'years.get', { year: 2025 })).toBeNull();

    const copy = await call(t.desk, 'years.copy', { from: 2024, to: 2025 });
    expect(copy.windows.regional).toEqual({ start: '2025-10-28', end: '2025-11-09' });
    const edited = { ...copy, exemptionCutoff: '2025-12-30', credits: { compulsory: 50, elective: 50 } };
    await call(t.desk, 'years.save', { policy: edited });
    expect(await call(t.desk, 'years.get', { year: 2025 })).toEqual(edited);
    expect(await call(t.desk, 'years.list', {})).toEqual([
      { year: 2024, stored: false },
      { year: 2025, stored: true },
    ]);
    expect((await refusal(t.desk, 'years.copy', { from: 2024, to: 2025 })).code).toBe('POLICY_EXISTS');
    expect(await auditActions(t.desk, 'year.')).toEqual(['year.copy', 'year.save']);
  });

  it('refuses inverted or overlapping windows with every problem named, and keeps the stored policy', async () => {
    const bad = {
      ...preset2024,
      windows: { ...preset2024.windows, category: { start: '2024-10-26', end: '2024-09-18' } },
      makeup: { ...preset2024.makeup, exam: { start: '2024-11-05', end: '2024-11-30' } },
    };
    const e = await refusal(t.desk, 'years.save', { policy: bad });
    expect(e.code).toBe('POLICY_INVALID');
    expect(e.message).toContain('分类组考考试时间开始（2024-10-26）晚于结束（2024-09-18）');
    expect(e.message).toContain('补考考试时间（从 2024-11-05 起）与正式考试时间重叠');
    expect(await call(t.desk, 'years.get', { year: 2024 })).toEqual(preset2024);
    expect(await t.desk.ctx.db('year_policies').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('a saved policy is what the booking rule uses: a shortened window refuses a day the preset allowed', async () => {
    const a = await person(t.desk, t.tax.id, '施一');
    await giveCredits(t.desk, [a]);
    await call(t.desk, 'years.save', { policy: { ...preset2024, windows: { ...preset2024.windows, category: { start: '2024-09-20', end: '2024-10-26' } } } });
    expect((await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-09-18T08:30', staffIds: [a.id] })).code).toBe('SESSION_INVALID');
    expect(await call(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-09-20T08:30', staffIds: [a.id] })).toEqual({ booked: 1 });
  });

  it('without a policy the booking screen says to make one', async () => {
    expect((await refusal(t.desk, 'bookings.calendar', { year: 2026 })).code).toBe('POLICY_MISSING');
  });
});

describe('the planning date', () => {
  it('follows the clock until set, then plans as of the set day; audit rows keep the real time', async () => {
    const first = await call(t.desk, 'planning.get', {});
    // The clock's moment (09:00 in Beijing) on this machine's wall clock, whatever its time zone.
    expect(first).toMatchObject({ asOf: null, now: first.clockNow });
    expect(first.now).toMatch(/^2024-09-0[12]T\d{2}:00$/);
    const set = await call(t.desk, 'planning.set', { asOf: '2024-11-25' });
    expect(set).toMatchObject({ asOf: '2024-11-25', now: '2024-11-25T00:00' });
    const audit = await t.desk.ctx.db('audit_log').where({ action: 'planning.set' }).first('at');
    expect(audit.at).toBe(new Date('2024-09-02T09:00:00+08:00').toISOString());
    expect((await refusal(t.desk, 'planning.set', { asOf: '2024-02-30' })).code).toBe('PLANNING_DATE_INVALID');
    const back = await call(t.desk, 'planning.set', { asOf: null });
    expect(back.asOf).toBeNull();
    expect(back.now).toBe(back.clockNow);
  });

  it('moves the desk’s today (desk.info), and with it the working year; clockToday stays the clock’s day', async () => {
    const info = () => call(t.desk, 'desk.info', {});
    const { clockToday } = await info();
    expect(clockToday).toMatch(/^2024-09-0[12]$/);
    expect((await info()).today).toBe(clockToday);
    await call(t.desk, 'planning.set', { asOf: '2025-01-06T08:30' });
    expect(await info()).toMatchObject({ today: '2025-01-06', clockToday });
    await call(t.desk, 'planning.set', { asOf: null });
    expect(await info()).toMatchObject({ today: clockToday, clockToday });
  });
});
