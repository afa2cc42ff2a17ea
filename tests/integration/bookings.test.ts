import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditActions, bookingRows, giveCredits, openBookingDesk, person, planAsOf, type BookingDesk } from '../helpers/bookingFixtures';
import { call, refusal } from '../helpers/tempDesk';

let t: BookingDesk;
beforeEach(async () => {
  t = await openBookingDesk();
});
afterEach(async () => t.cleanup());

const S1 = '2024-09-18T08:30';
const S2 = '2024-09-18T09:00';

describe('booking people into a session', () => {
  it('books ready people, one audit row each, and shows them on the list and the calendar', async () => {
    const a = await person(t.desk, t.tax.id, '李一');
    const b = await person(t.desk, t.tax.id, '李二');
    await giveCredits(t.desk, [a, b]);
    const judged = await call(t.desk, 'bookings.eligibility', { year: 2024, sessionAt: S1, unitId: t.tax.id });
    expect(judged).toMatchObject({ kind: 'regular', total: 2, eligibleCount: 2, sessionReasons: [] });

    expect(await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [a.id, b.id] })).toEqual({ booked: 2 });
    expect((await bookingRows(t.desk)).map((r) => [r.staff_id, r.session_at, r.kind, r.status])).toEqual([
      [a.id, S1, 'regular', 'booked'],
      [b.id, S1, 'regular', 'booked'],
    ]);
    expect(await auditActions(t.desk, 'booking.')).toEqual(['booking.create', 'booking.create']);
    const list = await call(t.desk, 'bookings.list', { year: 2024, unitId: t.tax.id });
    expect(list.map((r) => [r.name, r.unitPath, r.sessionAt])).toEqual([
      ['李一', '税务局', S1],
      ['李二', '税务局', S1],
    ]);
    const cal = await call(t.desk, 'bookings.calendar', { year: 2024 });
    const day = cal.days.find((d) => d.date === '2024-09-18')!;
    expect(day.routes).toEqual(['category']);
    expect(day.sessions).toHaveLength(11);
    expect(day.sessions[0]).toMatchObject({ at: S1, booked: 2 });

    // Now each of them is already booked.
    const again = await call(t.desk, 'bookings.eligibility', { year: 2024, sessionAt: S2, staffIds: [a.id] });
    expect(again.rows[0]).toMatchObject({ eligible: false, reasons: ['ALREADY_BOOKED'], booking: { sessionAt: S1 } });
  });

  it('refuses the whole group when one person is not bookable, naming them and why; nothing is written', async () => {
    const a = await person(t.desk, t.tax.id, '王一');
    const retired = await person(t.desk, t.tax.id, '王退', { status: '退休' });
    const exempt = await person(t.desk, t.tax.id, '王免');
    await giveCredits(t.desk, [a, retired, exempt]);
    await t.desk.ctx.db('exemptions').insert({ staff_id: exempt.id, year: 2024, ground: 'maternity', status: 'approved', created_at: 'x', updated_at: 'x' });

    const e = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [a.id, retired.id, exempt.id] });
    expect(e.code).toBe('BOOKING_NOT_ELIGIBLE');
    expect(e.message).toContain('王退（不在职）');
    expect(e.message).toContain('王免（本年度已免考）');
    expect(e.message).toContain('没有为任何人报考');
    expect(await bookingRows(t.desk)).toEqual([]);
    expect(await auditActions(t.desk, 'booking.')).toEqual([]);
  });

  it('a draft or rejected exemption does not count; only an approved one does', async () => {
    const a = await person(t.desk, t.tax.id, '赵草');
    await giveCredits(t.desk, [a]);
    await t.desk.ctx.db('exemptions').insert({ staff_id: a.id, year: 2024, ground: 'illness', status: 'draft', created_at: 'x', updated_at: 'x' });
    expect(await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [a.id] })).toEqual({ booked: 1 });
  });

  it('refuses outside the route window, in the past, a time that is not a session, and twice', async () => {
    const tax = await person(t.desk, t.tax.id, '钱分类');
    const town = await person(t.desk, t.office.id, '钱分众');
    await giveCredits(t.desk, [tax, town]);

    const outside = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [town.id] });
    expect(outside).toMatchObject({ code: 'BOOKING_NOT_ELIGIBLE', message: expect.stringContaining('钱分众（不在所属组考方式的考试时间内）') });

    const notSession = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-09-18T08:45', staffIds: [tax.id] });
    expect(notSession.code).toBe('SESSION_INVALID');

    await planAsOf(t.desk, '2024-09-18T08:31');
    const past = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [tax.id] });
    expect(past).toMatchObject({ code: 'BOOKING_NOT_ELIGIBLE', message: expect.stringContaining('该场次已开始或已过去') });

    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S2, staffIds: [tax.id] });
    const twice = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-09-19T08:30', staffIds: [tax.id] });
    expect(twice.message).toContain('钱分类（已有未考的报考）');
    expect((await bookingRows(t.desk)).length).toBe(1);
  });

  it('refuses a group larger than the seats left, and a capacity below the seats taken', async () => {
    const people = await Promise.all(['孙一', '孙二', '孙三'].map((n) => person(t.desk, t.tax.id, n)));
    await giveCredits(t.desk, people);
    await call(t.desk, 'bookings.setCapacity', { sessionAt: S1, capacity: 2, room: '三楼机房' });
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [people[0]!.id] });
    const full = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [people[1]!.id, people[2]!.id] });
    expect(full).toMatchObject({ code: 'BOOKING_OVER_CAPACITY', message: expect.stringContaining('容量 2 人，已报考 1 人，还能报 1 人，这次选了 2 人') });
    expect((await bookingRows(t.desk)).length).toBe(1);

    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S2, staffIds: [people[1]!.id, people[2]!.id] });
    expect(await refusal(t.desk, 'bookings.setCapacity', { sessionAt: S2, capacity: 1 })).toMatchObject({
      code: 'CAPACITY_BELOW_BOOKED',
      message: expect.stringContaining('已有 2 人报考'),
    });
    expect((await refusal(t.desk, 'bookings.setCapacity', { sessionAt: S1, capacity: 0 })).code).toBe('BAD_ARGUMENTS');
  });

  it('RANK_NOT_TAKING_PART and CREDITS_SHORT come from the rank list and the imported figures', async () => {
    const senior = await person(t.desk, t.tax.id, '周巡', { rank: '一级巡视员' });
    const short = await person(t.desk, t.tax.id, '周短');
    await giveCredits(t.desk, [senior]);
    await giveCredits(t.desk, [short], '2024-09-01', 60, 20);
    const r = await call(t.desk, 'bookings.eligibility', { year: 2024, sessionAt: S1, unitId: t.tax.id });
    expect(r.rows.map((x) => [x.name, x.reasons])).toEqual([
      ['周巡', ['RANK_NOT_TAKING_PART']],
      ['周短', ['CREDITS_SHORT']],
    ]);
  });
});

describe('cancel and move', () => {
  it('cancels and moves live bookings with their audit rows; a moved booking loses its route flag', async () => {
    const a = await person(t.desk, t.tax.id, '吴甲');
    const b = await person(t.desk, t.tax.id, '吴乙');
    await giveCredits(t.desk, [a, b]);
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [a.id, b.id] });
    const [ba, bb] = await bookingRows(t.desk);
    await t.desk.ctx.db('bookings').where({ id: ba!.id }).update({ flag: 'route_changed', flag_note: '调入分众单位' });
    const flagged = await call(t.desk, 'bookings.list', { year: 2024, flaggedOnly: true });
    expect(flagged.map((r) => [r.name, r.flag])).toEqual([['吴甲', 'route_changed']]);

    await call(t.desk, 'bookings.setCapacity', { sessionAt: S2, capacity: 1 });
    const tooMany = await refusal(t.desk, 'bookings.move', { ids: [ba!.id, bb!.id], sessionAt: S2 });
    expect(tooMany.code).toBe('BOOKING_OVER_CAPACITY');
    expect(await call(t.desk, 'bookings.move', { ids: [ba!.id], sessionAt: S2 })).toEqual({ moved: 1 });
    expect(await call(t.desk, 'bookings.cancel', { ids: [bb!.id] })).toEqual({ cancelled: 1 });

    const rows = await bookingRows(t.desk);
    expect(rows.map((r) => [r.session_at, r.status])).toEqual([
      [S2, 'booked'],
      [S1, 'cancelled'],
    ]);
    expect(await t.desk.ctx.db('bookings').where({ id: ba!.id }).first('flag')).toEqual({ flag: null });
    expect(await auditActions(t.desk, 'booking.')).toEqual(['booking.create', 'booking.create', 'booking.move', 'booking.cancel']);
    // The cancellation is found under the person and under their unit, like the other booking actions.
    expect(await t.desk.ctx.db('audit_log').where({ action: 'booking.cancel' }).first('staff_id', 'unit_id')).toEqual({ staff_id: b.id, unit_id: t.tax.id });

    // A cancelled booking stays cancelled; the person can be booked again.
    expect((await refusal(t.desk, 'bookings.cancel', { ids: [bb!.id] })).code).toBe('BOOKING_NOT_LIVE');
    expect(await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [b.id] })).toEqual({ booked: 1 });
  });

  it('refuses to move into the wrong route window or to cancel a session that has begun', async () => {
    const a = await person(t.desk, t.tax.id, '郑甲');
    await giveCredits(t.desk, [a]);
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S1, staffIds: [a.id] });
    const [ba] = await bookingRows(t.desk);
    expect((await refusal(t.desk, 'bookings.move', { ids: [ba!.id], sessionAt: '2024-10-28T08:30' })).message).toContain('不在所属组考方式的考试时间内');
    await planAsOf(t.desk, '2024-09-18T08:30');
    expect((await refusal(t.desk, 'bookings.cancel', { ids: [ba!.id] })).code).toBe('BOOKING_SESSION_PAST');
    expect((await bookingRows(t.desk))[0]).toMatchObject({ session_at: S1, status: 'booked' });
  });
});
