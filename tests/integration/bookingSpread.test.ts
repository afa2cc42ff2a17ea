import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpreadResult } from '../../shared/bookingSchemas';
import { auditActions, bookingRows, giveCredits, openBookingDesk, person, refused, type BookingDesk } from '../helpers/bookingFixtures';
import { ok } from '../helpers/tempDesk';

let t: BookingDesk;
beforeEach(async () => {
  t = await openBookingDesk();
});
afterEach(async () => t.cleanup());

const A = '2024-10-29T08:30';
const B = '2024-10-29T15:00';

describe('spreading a group over sessions within a room capacity', () => {
  it('fills the sessions in time order up to the capacity, records the capacity, and leaves out no one', async () => {
    const people = [];
    for (const n of ['甲', '乙', '丙', '丁', '戊']) people.push(await person(t.desk, t.office.id, `陈${n}`));
    await giveCredits(t.desk, people);
    const ids = people.map((p) => p.id);

    const plan = await ok<SpreadResult>(t.desk, 'bookings.spread', { year: 2024, sessionAts: [B, A], staffIds: ids, capacity: 3, dryRun: true });
    expect(plan.applied).toBe(false);
    expect(plan.assignments.map((a) => [a.sessionAt, a.staffIds.length, a.capacity])).toEqual([
      [A, 3, 3],
      [B, 2, 3],
    ]);
    expect(await bookingRows(t.desk)).toEqual([]);

    const done = await ok<SpreadResult>(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A, B], staffIds: ids, capacity: 3 });
    expect(done.applied).toBe(true);
    const rows = await bookingRows(t.desk);
    expect(rows.filter((r) => r.session_at === A).map((r) => r.staff_id)).toEqual(ids.slice(0, 3));
    expect(rows.filter((r) => r.session_at === B).map((r) => r.staff_id)).toEqual(ids.slice(3));
    expect(await t.desk.ctx.db('exam_sessions').orderBy('session_at').select('session_at', 'capacity')).toEqual([
      { session_at: A, capacity: 3 },
      { session_at: B, capacity: 3 },
    ]);
    expect(await auditActions(t.desk, 'booking.')).toEqual(Array(5).fill('booking.spread'));
  });

  it('counts seats already taken, and refuses the lot when the group does not fit', async () => {
    const people = [];
    for (const n of ['一', '二', '三', '四']) people.push(await person(t.desk, t.office.id, `冯${n}`));
    await giveCredits(t.desk, people);
    await ok(t.desk, 'bookings.setCapacity', { sessionAt: A, capacity: 2 });
    await ok(t.desk, 'bookings.setCapacity', { sessionAt: B, capacity: 1 });
    await ok(t.desk, 'bookings.book', { year: 2024, sessionAt: A, staffIds: [people[0]!.id] });

    const rest = people.slice(1).map((p) => p.id);
    const plan = await ok<SpreadResult>(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A, B], staffIds: rest, dryRun: true });
    expect(plan.assignments.map((a) => [a.sessionAt, a.before, a.staffIds.length])).toEqual([
      [A, 1, 1],
      [B, 0, 1],
    ]);
    expect(plan.noRoom.map((x) => x.name)).toEqual(['冯四']);
    const e = await refused(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A, B], staffIds: rest });
    expect(e).toMatchObject({ code: 'BOOKING_OVER_CAPACITY', message: expect.stringContaining('还有 1 人排不下') });
    expect((await bookingRows(t.desk)).length).toBe(1);
  });

  it('shows who none of the sessions can take, and refuses to apply with them in the group', async () => {
    const ok1 = await person(t.desk, t.office.id, '褚可');
    const taxed = await person(t.desk, t.tax.id, '褚分类');
    await giveCredits(t.desk, [ok1, taxed]);
    const plan = await ok<SpreadResult>(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A], staffIds: [ok1.id, taxed.id], dryRun: true });
    expect(plan.ineligible).toEqual([{ staffId: taxed.id, name: '褚分类', reasons: ['OUTSIDE_WINDOW'] }]);
    expect((await refused(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A], staffIds: [ok1.id, taxed.id] })).code).toBe('BOOKING_NOT_ELIGIBLE');
    expect(await bookingRows(t.desk)).toEqual([]);
  });
});
