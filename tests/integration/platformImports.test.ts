import type { CellValue } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Staff } from '../../shared/staff/schemas';
import { auditActions, bookingRows, giveCredits, openBookingDesk, person, planAsOf, uploadRows, type BookingDesk } from '../helpers/bookingFixtures';
import { call, refusal } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

let t: BookingDesk;
beforeEach(async () => {
  t = await openBookingDesk();
});
afterEach(async () => t.cleanup());

const S = '2024-09-18T08:30';
const STRANGER = idNumber('19700707', 777);

describe('credits import (学分)', () => {
  it('matches by ID number or login account, shows the dry run, then writes the figures with their date', async () => {
    const a = await person(t.desk, t.tax.id, '何一');
    const b = await person(t.desk, t.tax.id, '何二');
    const rows = [['如法网学分统计（导出于 2024-09-01）'], ['身份证号', '登录账号', '姓名', '公共必修学分', '选修学分'], [a.idNumber, '', '何一', 60, 42.5], ['', b.account, '何二', 30, 10]];
    const fileId = await uploadRows(t.desk, '学分.xlsx', rows);

    const dry = await call(t.desk, 'credits.preview', { fileId, year: 2024, asOf: '2024-09-01' });
    expect(dry).toMatchObject({ fileName: '学分.xlsx', headerRow: 2, rows: 2, errors: [], applied: false });
    expect(dry.items.map((i) => [i.name, i.compulsory, i.elective, i.complete])).toEqual([
      ['何一', 60, 42.5, true],
      ['何二', 30, 10, false],
    ]);
    expect(await t.desk.ctx.db('credits').count({ n: '*' })).toEqual([{ n: 0 }]);

    const done = await call(t.desk, 'credits.apply', { fileId, year: 2024, asOf: '2024-09-01' });
    expect(done.applied).toBe(true);
    const list = await call(t.desk, 'credits.list', { year: 2024, unitId: t.tax.id });
    expect(list).toMatchObject({ total: 2, complete: 1 });
    expect(list.rows.map((r) => [r.name, r.credits?.compulsory, r.complete, r.ageDays])).toEqual([
      ['何一', 60, true, 1],
      ['何二', 30, false, 1],
    ]);
    expect(await auditActions(t.desk, 'credits.')).toEqual(['credits.import', 'credits.set', 'credits.set']);
  });

  it('lists people it cannot find and bad figures by row and column; applies nothing unless told to skip them', async () => {
    const a = await person(t.desk, t.tax.id, '吕一');
    const fileId = await uploadRows(t.desk, '学分.xlsx', [
      ['身份证号', '姓名', '必修学分', '选修学分'],
      [a.idNumber, '吕一', 60, 40],
      [STRANGER, '路人', 60, 40],
      [a.idNumber.slice(0, 17) + (a.idNumber.endsWith('1') ? '2' : '1'), '吕错', 60, 40],
      ['', '无号', 60, 40],
    ]);
    const r = await call(t.desk, 'credits.apply', { fileId, year: 2024, asOf: '2024-09-01' });
    expect(r.applied).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '身份证号', 'PERSON_NOT_IN_ROSTER'],
      [4, '身份证号', 'ID_CHECKSUM'],
      [5, '身份证号', 'PERSON_MISSING'],
    ]);
    expect(r.errors[0]!.message).toMatch(/^第 3 行“身份证号”列：身份证号 \d{6}\*{8}\d{3}[\dX]（路人） 不在学员名册中/);
    expect(await t.desk.ctx.db('credits').count({ n: '*' })).toEqual([{ n: 0 }]);

    const skipped = await call(t.desk, 'credits.apply', { fileId, year: 2024, asOf: '2024-09-01', skipInvalid: true });
    expect(skipped.applied).toBe(true);
    expect(await t.desk.ctx.db('credits').select('staff_id', 'compulsory', 'as_of')).toEqual([{ staff_id: a.id, compulsory: 60, as_of: '2024-09-01' }]);
  });
});

describe('results import (考试结果) and make-up (补考)', () => {
  let people: Staff[];
  beforeEach(async () => {
    people = [];
    for (const n of ['合格', '差一点', '缺考', '及格线']) people.push(await person(t.desk, t.tax.id, `韩${n}`));
    await giveCredits(t.desk, people);
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S, staffIds: people.map((p) => p.id) });
  });

  const resultsFile = (extra: CellValue[][] = []) =>
    uploadRows(t.desk, '成绩.xlsx', [
      ['身份证号', '姓名', '考试时间', '考试状态', '成绩'],
      [people[0]!.idNumber, '韩合格', '2024-09-18 08:30', '参考', 85],
      [people[1]!.idNumber, '韩差一点', '2024-09-18 08:30', '参考', 59.5],
      [people[2]!.idNumber, '韩缺考', '2024-09-18 08:30', '缺考', ''],
      [people[3]!.idNumber, '韩及格线', '2024-09-18', '参考', 60],
      ...extra,
    ]);

  it('refuses results for a session that has not begun', async () => {
    const fileId = await resultsFile();
    const r = await call(t.desk, 'results.apply', { fileId, year: 2024 });
    expect(r.applied).toBe(false);
    expect(new Set(r.errors.map((e) => e.code))).toEqual(new Set(['EXAM_NOT_YET']));
  });

  it('a file naming someone not in the roster is refused whole, with row and column; nothing is recorded', async () => {
    await planAsOf(t.desk, '2024-09-19');
    const fileId = await resultsFile([[STRANGER, '外人', '2024-09-18 08:30', '参考', 90], [people[0]!.idNumber, '韩合格', '', '参考', '八十']]);
    const r = await call(t.desk, 'results.apply', { fileId, year: 2024 });
    expect(r.applied).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [6, '身份证号', 'PERSON_NOT_IN_ROSTER'],
      [7, '身份证号', 'PERSON_DUPLICATE'],
    ]);
    expect((await bookingRows(t.desk)).every((b) => b.outcome === null)).toBe(true);
    expect(await auditActions(t.desk, 'results.')).toEqual([]);
  });

  it('records passed at or above the pass mark, failed below it, absent; then the make-up list and registration', async () => {
    const never = await person(t.desk, t.office.id, '韩没报');
    await giveCredits(t.desk, [never]);
    await planAsOf(t.desk, '2024-09-19');
    const fileId = await resultsFile();
    const dry = await call(t.desk, 'results.preview', { fileId, year: 2024 });
    expect(dry).toMatchObject({ applied: false, errors: [], counts: { passed: 2, failed: 1, absent: 1 } });
    const done = await call(t.desk, 'results.apply', { fileId, year: 2024 });
    expect(done.applied).toBe(true);
    expect((await bookingRows(t.desk)).map((b) => [b.outcome, b.score])).toEqual([
      ['passed', 85],
      ['failed', 59.5],
      ['absent', null],
      ['passed', 60],
    ]);
    expect(await auditActions(t.desk, 'results.')).toEqual(['results.import']);
    // The same file again: nobody is waiting for a result any more.
    const again = await call(t.desk, 'results.apply', { fileId, year: 2024 });
    expect(again.errors.map((e) => e.code)).toEqual(['NO_BOOKING', 'NO_BOOKING', 'NO_BOOKING', 'NO_BOOKING']);

    // One regular exam a year: the absent person waits for the make-up.
    expect((await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-09-20T08:30', staffIds: [people[2]!.id] })).message).toContain('本年度这一轮考试已考过或缺考');

    await planAsOf(t.desk, '2024-11-25T10:00');
    const list = await call(t.desk, 'bookings.makeupList', { year: 2024 });
    expect(list.map((c) => [c.name, c.why, c.score])).toEqual([
      ['韩差一点', 'failed', 59.5],
      ['韩缺考', 'absent', null],
      ['韩没报', 'notSat', null],
    ]);
    const M = '2024-11-26T08:30';
    expect((await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: M, staffIds: [people[0]!.id] })).message).toContain('本年度已考试合格');
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: M, staffIds: [people[1]!.id, people[2]!.id, never.id] });
    expect((await bookingRows(t.desk)).filter((b) => b.kind === 'makeup').map((b) => b.session_at)).toEqual([M, M, M]);
    const after = await call(t.desk, 'bookings.makeupList', { year: 2024 });
    expect(after.map((c) => c.makeupBooking?.sessionAt)).toEqual([M, M, M]);
  });

  it('writes each result’s audit row with the person and their unit, so 操作记录 finds it by person and by unit', async () => {
    await planAsOf(t.desk, '2024-09-19');
    await call(t.desk, 'results.apply', { fileId: await resultsFile(), year: 2024 });
    const rows = await t.desk.ctx.db('audit_log').where({ action: 'booking.result' }).orderBy('id').select('entity_id', 'staff_id', 'unit_id', 'after_json');
    const bookings = await bookingRows(t.desk);
    expect(rows.map((r) => [r.entity_id, r.staff_id, r.unit_id, (JSON.parse(r.after_json as string) as { outcome: string }).outcome])).toEqual([
      [bookings[0]!.id, people[0]!.id, t.tax.id, 'passed'],
      [bookings[1]!.id, people[1]!.id, t.tax.id, 'failed'],
      [bookings[2]!.id, people[2]!.id, t.tax.id, 'absent'],
      [bookings[3]!.id, people[3]!.id, t.tax.id, 'passed'],
    ]);
    const byPerson = await call(t.desk, 'audit.search', { staffId: people[1]!.id, actions: ['booking.result'] });
    expect(byPerson.rows.map((r) => [r.subject.split('（')[0], r.changes.map((c) => c.new)])).toEqual([['韩差一点', ['不合格', '59.5']]]);
    const byUnit = await call(t.desk, 'audit.search', { unitId: t.tax.id, actions: ['booking.result'] });
    expect(byUnit.total).toBe(4);
  });

  it('make-up registration only in its window; nothing at all once the make-up window has closed', async () => {
    await planAsOf(t.desk, '2024-09-19');
    await call(t.desk, 'results.apply', { fileId: await resultsFile(), year: 2024 });
    const failed = people[1]!.id;
    await planAsOf(t.desk, '2024-11-24T18:00');
    expect((await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-11-26T08:30', staffIds: [failed] })).message).toContain('不在补考报名时间内');
    await planAsOf(t.desk, '2024-11-30T08:00');
    expect((await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-11-30T20:00', staffIds: [failed] })).message).toContain('不在补考报名时间内');
    await planAsOf(t.desk, '2024-12-01');
    const closed = await refusal(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-11-30T20:00', staffIds: [failed] });
    expect(closed.message).toContain('本年度补考已结束');
    expect((await bookingRows(t.desk)).filter((b) => b.kind === 'makeup')).toEqual([]);
  });
});
