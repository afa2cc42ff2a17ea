import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Todo } from '../../shared/todos/methods';
import type { Staff } from '../../shared/staff/schemas';
import { giveCredits, openBookingDesk, person, planAsOf, type BookingDesk } from '../helpers/bookingFixtures';
import { booking, exemption } from '../helpers/yearWork';
import { call } from '../helpers/tempDesk';

/*
 * The home screen's 待办事项, on a hand-built 2024 (windows: 分类 09-18 → 10-26,
 * 分众 10-28 → 11-09; make-up registration 11-25 → 11-29), as of a planning date.
 */
let b: BookingDesk;
beforeEach(async () => {
  b = await openBookingDesk();
});
afterEach(() => b.cleanup());

const todos = () => call(b.desk, 'todos.list', { year: 2024 });
const byKey = (list: Todo[], key: Todo['key']) => list.filter((t) => t.key === key);

describe('待办事项', () => {
  it('lists unchecked records and expected arrivals, and drops each once it is done', async () => {
    const [a, c] = [await person(b.desk, b.office.id, '甲'), await person(b.desk, b.tax.id, '乙')];
    await person(b.desk, b.office.id, '丙退休', { status: '退休' });
    let list = await todos();
    expect(byKey(list, 'unchecked')).toEqual([expect.objectContaining({ count: 2, screen: 'staff', title: '2 名在职学员本年度尚未核对' })]);
    expect(byKey(list, 'expectedArrivals')).toEqual([]);

    await call(b.desk, 'staff.check', { ids: [a.id, c.id], year: 2024, checked: true });
    await call(b.desk, 'transfers.expect', { staffId: a.id, toUnitId: b.tax.id });
    list = await todos();
    expect(byKey(list, 'unchecked')).toEqual([]);
    expect(byKey(list, 'expectedArrivals')).toEqual([expect.objectContaining({ count: 1, screen: 'transfers' })]);
  });

  it('reminds of people without a booking only in the last week of their own route’s window', async () => {
    const town: Staff[] = [];
    for (const n of ['赵', '钱', '孙', '李']) town.push(await person(b.desk, b.office.id, n));
    const taxman = await person(b.desk, b.tax.id, '周');
    await giveCredits(b.desk, [...town, taxman]);
    await booking(b.desk, town[0]!.id, { at: '2024-11-04T09:00' }); // booked
    await booking(b.desk, town[1]!.id, { at: '2024-10-29T09:00', outcome: 'passed' }); // passed
    await exemption(b.desk, town[2]!.id, 'approved'); // exempt

    await planAsOf(b.desk, '2024-10-20');
    let closing = byKey(await todos(), 'windowClosing');
    // 分类 (the tax bureau) closes 10-26: its one person has no booking; 分众 is not open yet.
    expect(closing).toEqual([expect.objectContaining({ count: 1, level: 'urgent', title: '分类组考考试 10-26 截止，还有 1 人未报考', screen: 'bookings' })]);

    await planAsOf(b.desk, '2024-11-01');
    expect(byKey(await todos(), 'windowClosing')).toEqual([]); // 11-09 is more than a week away
    await planAsOf(b.desk, '2024-11-03');
    closing = byKey(await todos(), 'windowClosing');
    expect(closing).toEqual([expect.objectContaining({ count: 1, title: '分众组考考试 11-09 截止，还有 1 人未报考' })]); // 李 only
    await planAsOf(b.desk, '2024-11-10');
    expect(byKey(await todos(), 'windowClosing')).toEqual([]); // closed
  });

  it('counts those still to register for the make-up while registration is near or open', async () => {
    const [absent, failed, passed] = [await person(b.desk, b.office.id, '缺'), await person(b.desk, b.office.id, '败'), await person(b.desk, b.office.id, '过')];
    await giveCredits(b.desk, [absent, failed, passed]);
    await booking(b.desk, absent.id, { at: '2024-10-29T09:00', outcome: 'absent' });
    await booking(b.desk, failed.id, { at: '2024-10-29T09:00', outcome: 'failed' });
    await booking(b.desk, passed.id, { at: '2024-10-29T09:00', outcome: 'passed' });

    await planAsOf(b.desk, '2024-11-12');
    expect(byKey(await todos(), 'makeupClosing')).toEqual([]);
    await planAsOf(b.desk, '2024-11-20');
    expect(byKey(await todos(), 'makeupClosing')).toEqual([expect.objectContaining({ count: 2, level: 'info', title: '补考报名 11-25 开始，预计 2 人需要补考' })]);
    await booking(b.desk, failed.id, { kind: 'makeup', at: '2024-11-27T09:00' });
    await planAsOf(b.desk, '2024-11-26');
    expect(byKey(await todos(), 'makeupClosing')).toEqual([expect.objectContaining({ count: 1, level: 'urgent', title: '补考报名 11-29 截止，还有 1 人未报名' })]);
    await planAsOf(b.desk, '2024-11-30');
    expect(byKey(await todos(), 'makeupClosing')).toEqual([]);
  });

  it('flags approved exemptions without evidence or review, and lists nothing for a year without a policy', async () => {
    const p = await person(b.desk, b.office.id, '吴');
    await exemption(b.desk, p.id, 'approved');
    expect(byKey(await todos(), 'evidenceMissing')).toEqual([expect.objectContaining({ count: 1, screen: 'exemptions' })]);
    const next = await call(b.desk, 'todos.list', { year: 2031 });
    expect(next.map((t) => t.key)).toEqual(['unchecked']);
  });
});
