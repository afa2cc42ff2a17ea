import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditActions, bookingRows, giveCredits, openBookingDesk, person, planAsOf, type BookingDesk } from '../helpers/bookingFixtures';
import { call, refusal } from '../helpers/tempDesk';

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

    const plan = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: [B, A], staffIds: ids, capacity: 3, dryRun: true });
    expect(plan.applied).toBe(false);
    expect(plan.assignments.map((a) => [a.sessionAt, a.staffIds.length, a.capacity])).toEqual([
      [A, 3, 3],
      [B, 2, 3],
    ]);
    expect(await bookingRows(t.desk)).toEqual([]);

    const done = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A, B], staffIds: ids, capacity: 3 });
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
    await call(t.desk, 'bookings.setCapacity', { sessionAt: A, capacity: 2 });
    await call(t.desk, 'bookings.setCapacity', { sessionAt: B, capacity: 1 });
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: A, staffIds: [people[0]!.id] });

    const rest = people.slice(1).map((p) => p.id);
    const plan = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A, B], staffIds: rest, dryRun: true });
    expect(plan.assignments.map((a) => [a.sessionAt, a.before, a.staffIds.length])).toEqual([
      [A, 1, 1],
      [B, 0, 1],
    ]);
    expect(plan.noRoom.map((x) => x.name)).toEqual(['冯四']);
    const e = await refusal(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A, B], staffIds: rest });
    expect(e).toMatchObject({ code: 'BOOKING_OVER_CAPACITY', message: expect.stringContaining('还有 1 人排不下') });
    expect((await bookingRows(t.desk)).length).toBe(1);
  });

  it('shows who none of the sessions can take, and refuses to apply with them in the group', async () => {
    const ok1 = await person(t.desk, t.office.id, '褚可');
    const taxed = await person(t.desk, t.tax.id, '褚分类');
    await giveCredits(t.desk, [ok1, taxed]);
    const plan = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A], staffIds: [ok1.id, taxed.id], dryRun: true });
    expect(plan.ineligible).toEqual([{ staffId: taxed.id, name: '褚分类', reasons: ['OUTSIDE_WINDOW'] }]);
    expect((await refusal(t.desk, 'bookings.spread', { year: 2024, sessionAts: [A], staffIds: [ok1.id, taxed.id] })).code).toBe('BOOKING_NOT_ELIGIBLE');
    expect(await bookingRows(t.desk)).toEqual([]);
  });
});

describe('spreading evenly, each unit kept together', () => {
  const FIVE = ['2024-10-29T08:30', '2024-10-29T15:00', '2024-10-30T08:30', '2024-10-30T15:00', '2024-10-31T08:30'];

  async function staffOf(unitId: number, prefix: string, n: number) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await person(t.desk, unitId, `${prefix}${i + 1}`));
    await giveCredits(t.desk, out);
    return out;
  }

  it('41 people over five sessions of 40 seats sit 9/8/8/8/8, each unit in one session, and the preview names who goes where', async () => {
    const units = [t.office];
    for (const n of ['一所', '二所', '三所', '四所']) units.push(await call(t.desk, 'units.create', { name: n, parentId: t.town.id }));
    // 办公室 9, 一所…四所 8 each: 41 people.
    const groups = [await staffOf(units[0]!.id, '办', 9)];
    for (const [i, u] of units.slice(1).entries()) groups.push(await staffOf(u.id, `所${i + 1}-`, 8));
    const ids = groups.flat().map((p) => p.id);

    const plan = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: FIVE, staffIds: ids, capacity: 40, dryRun: true });
    expect(plan.assignments.map((a) => [a.sessionAt, a.staffIds.length, a.before, a.capacity])).toEqual(FIVE.map((at, i) => [at, i === 0 ? 9 : 8, 0, 40]));
    // Each session holds one whole unit; the units are listed in the tree's order (by pinyin: 办 二 三 四 一).
    expect(plan.assignments.map((a) => [...new Set(a.people.map((p) => p.unitPath))])).toEqual([['汨罗镇/办公室'], ['汨罗镇/二所'], ['汨罗镇/三所'], ['汨罗镇/四所'], ['汨罗镇/一所']]);
    expect(plan.assignments[0]!.people.map((p) => p.name)).toEqual(groups[0]!.map((p) => p.name));
    expect(plan.assignments.flatMap((a) => a.staffIds).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(plan.noRoom).toEqual([]);

    const inOrder = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: FIVE, staffIds: ids, capacity: 40, mode: 'fill', dryRun: true });
    expect(inOrder.assignments.map((a) => a.staffIds.length)).toEqual([40, 1, 0, 0, 0]);

    await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: FIVE, staffIds: ids, capacity: 40 });
    const rows = await bookingRows(t.desk);
    expect(FIVE.map((at) => rows.filter((r) => r.session_at === at).map((r) => r.staff_id))).toEqual(plan.assignments.map((a) => a.staffIds));
  });

  it('a unit too big for one even share fills the fewest sessions; seats already taken count against the capacity', async () => {
    const one = await call(t.desk, 'units.create', { name: '一所', parentId: t.town.id });
    const office = await staffOf(t.office.id, '办', 20);
    const first = await staffOf(one.id, '一', 21);
    const ids = [...office, ...first].map((p) => p.id);
    const plan = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: FIVE, staffIds: ids, capacity: 40, dryRun: true });
    expect(plan.assignments.map((a) => a.staffIds.length)).toEqual([9, 8, 8, 8, 8]);
    const sessionsOf = (unitPath: string) => plan.assignments.filter((a) => a.people.some((p) => p.unitPath === unitPath)).length;
    // 一所 (21) takes three sessions (9 + 8 + 4), 办公室 (20) the rest (4 + 8 + 8): three each, sharing one.
    expect(sessionsOf('汨罗镇/一所')).toBe(3);
    expect(sessionsOf('汨罗镇/办公室')).toBe(3);

    // 38 of 40 seats of the first session already taken: it takes 2, the others share the rest evenly.
    const others = await staffOf(t.office.id, '先', 38);
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: FIVE[0]!, staffIds: others.map((p) => p.id) });
    const around = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: FIVE, staffIds: ids, capacity: 40, dryRun: true });
    expect(around.assignments.map((a) => [a.before, a.staffIds.length])).toEqual([
      [38, 2],
      [0, 10],
      [0, 10],
      [0, 10],
      [0, 9],
    ]);
  });
});

describe('补考 registration spread over make-up sessions', () => {
  it('lists the make-up candidates of one unit, and spreads them evenly over the make-up sessions as 补考报名', async () => {
    const office = [];
    for (const n of ['一', '二', '三', '四']) office.push(await person(t.desk, t.office.id, `补${n}`));
    const tax = [];
    for (const n of ['一', '二', '三']) tax.push(await person(t.desk, t.tax.id, `税补${n}`));
    await giveCredits(t.desk, [...office, ...tax]);
    await planAsOf(t.desk, '2024-11-25T10:00');

    const all = await call(t.desk, 'bookings.makeupList', { year: 2024 });
    expect(all.map((c) => c.name).sort()).toEqual([...office, ...tax].map((p) => p.name).sort());
    const town = await call(t.desk, 'bookings.makeupList', { year: 2024, unitId: t.town.id });
    expect(town.map((c) => [c.name, c.unitPath, c.why])).toEqual(office.map((p) => [p.name, '汨罗镇/办公室', 'notSat']));

    const M = ['2024-11-26T08:30', '2024-11-26T15:00', '2024-11-27T08:30'];
    const ids = [...office, ...tax].map((p) => p.id);
    const plan = await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: M, staffIds: ids, capacity: 5, dryRun: true });
    expect(plan.assignments.map((a) => a.staffIds.length)).toEqual([3, 2, 2]);
    expect(plan.ineligible).toEqual([]);
    await call(t.desk, 'bookings.spread', { year: 2024, sessionAts: M, staffIds: ids, capacity: 5 });
    const rows = await bookingRows(t.desk);
    expect(rows.map((r) => r.kind)).toEqual(Array(7).fill('makeup'));
    expect(M.map((at) => rows.filter((r) => r.session_at === at).length)).toEqual([3, 2, 2]);
    const log = await call(t.desk, 'audit.search', { actions: ['booking.spread'] });
    expect(new Set(log.rows.map((r) => r.actionLabel))).toEqual(new Set(['补考报名']));
  });
});
