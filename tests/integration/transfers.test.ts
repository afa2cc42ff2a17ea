import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import type { Desk } from '../../electron/core/desk';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import type { Transfer } from '../../shared/transfers/schemas';
import { auditRows, createStaff, unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

process.env.TZ = 'Asia/Shanghai';

let desk: Desk;
let justice: Unit;
let notary: Unit;
let edu: Unit;
let school: Unit;
useTempDesk(async (open) => {
  ({ desk } = open);
  justice = await unit(desk, '汨罗市司法局');
  notary = await unit(desk, '公证处', justice.id);
  edu = await unit(desk, '汨罗市教育局');
  school = await unit(desk, '一中', edu.id);
}, { at: '2024-09-02T09:00:00+08:00' });

const ZHANG = idNumber('19850312', 123);
const LI = idNumber('19900704', 246);

function receiveFromDesk(toUnitId: number, id: string, effectiveOn = '2024-09-01', reason: string | null = '工作调动') {
  return desk.call('transfers.receive', { toUnitId, effectiveOn, reason, from: { kind: 'desk', idNumber: id } });
}

async function history(args: Record<string, unknown>): Promise<Transfer[]> {
  return (await call(desk, 'transfers.history', args)).rows;
}

/** Everything a refusal must leave as it was. */
async function snapshot() {
  const db = desk.ctx.db;
  return {
    staff: await db('staff').orderBy('id').select(),
    transfers: await db('transfers').orderBy('id').select(),
    expected: await db('expected_transfers').orderBy('id').select(),
    bookings: await db('bookings').orderBy('id').select(),
    audit: await db('audit_log').count({ n: '*' }).first(),
  };
}

async function book(staffId: number, sessionAt = '2024-10-30T09:00'): Promise<number> {
  const [id] = await desk.ctx.db('bookings').insert({ staff_id: staffId, year: 2024, session_at: sessionAt, created_at: 'x', updated_at: 'x' });
  return id as number;
}

describe('调入 from a unit in the desk', () => {
  it('moves the person, records both ends, and the history reads right from either unit', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const r = await call(desk, 'transfers.receive', {
      toUnitId: school.id,
      effectiveOn: '2024-08-20',
      reason: '  工作调动 ',
      from: { kind: 'desk', idNumber: ZHANG.toLowerCase().replace(/^(\d{6})/, '$1 ') },
    });
    expect(r.createdPerson).toBe(false);
    expect(r.transfer).toMatchObject({
      staffId: s.id,
      name: '张三',
      idNumber: ZHANG,
      fromUnitId: notary.id,
      fromPath: '汨罗市司法局/公证处',
      fromOutside: false,
      toUnitId: school.id,
      toPath: '汨罗市教育局/一中',
      effectiveOn: '2024-08-20',
      reason: '工作调动',
      source: 'desk',
      recordedBy: 'tester',
      recordedAt: '2024-09-02T01:00:00.000Z',
      undoable: true,
      undoneAt: null,
    });
    expect((await call(desk, 'staff.get', { id: s.id, year: 2024 })).unitPath).toBe('汨罗市教育局/一中');

    // The receiving side sees 调入, the sending side 调出 (to whom, when); a parent unit sees its sub-unit's moves.
    expect((await history({ unitId: school.id })).map((t) => [t.direction, t.name, t.toPath, t.effectiveOn])).toEqual([['in', '张三', '汨罗市教育局/一中', '2024-08-20']]);
    expect((await history({ unitId: notary.id })).map((t) => [t.direction, t.toPath, t.effectiveOn])).toEqual([['out', '汨罗市教育局/一中', '2024-08-20']]);
    expect((await history({ unitId: justice.id })).map((t) => t.direction)).toEqual(['out']);
    expect(await history({ unitId: justice.id, includeSubunits: false })).toEqual([]);
    expect(await history({ unitId: notary.id, direction: 'in' })).toEqual([]);
    expect((await history({ staffId: s.id })).map((t) => t.direction)).toEqual([null]);

    const audit = (await auditRows(desk)).at(-1)!;
    expect(audit).toMatchObject({
      action: 'transfer.in',
      entity: 'transfer',
      entity_id: r.transfer.id,
      staff_id: s.id,
      unit_id: school.id,
      before: { unitPath: '汨罗市司法局/公证处', status: '在职' },
      after: { unitPath: '汨罗市教育局/一中', status: '在职', effectiveOn: '2024-08-20', reason: '工作调动' },
    });
  });

  it('a move inside one unit tree is 本单位内 from the top unit', async () => {
    const office = await unit(desk, '办公室', justice.id);
    await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    expect((await receiveFromDesk(office.id, ZHANG)).ok).toBe(true);
    expect((await history({ unitId: justice.id })).map((t) => t.direction)).toEqual(['within']);
    expect(await history({ unitId: justice.id, direction: 'out' })).toEqual([]);
  });

  it('the roster filter 调出人员 lists who left a unit, wherever they are now', async () => {
    const a = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    await createStaff(desk, { idNumber: LI, name: '李四', unitId: notary.id });
    await call(desk, 'transfers.receive', { toUnitId: school.id, effectiveOn: '2024-08-01', from: { kind: 'desk', idNumber: ZHANG } });
    const out = await call(desk, 'staff.search', { year: 2024, unitId: justice.id, movedOut: true });
    expect(out.rows.map((r) => [r.name, r.unitPath])).toEqual([['张三', '汨罗市教育局/一中']]);
    expect((await call(desk, 'staff.search', { year: 2024, unitId: notary.id, includeSubunits: false, movedOut: true })).total).toBe(1);
    expect((await call(desk, 'staff.search', { year: 2024, unitId: notary.id, movedOut: true, query: '李' })).total).toBe(0);
    expect((await call(desk, 'staff.search', { year: 2024, unitId: notary.id })).rows.map((r) => r.name)).toEqual(['李四']);
    // Back again: no longer counted as gone.
    await call(desk, 'transfers.receive', { toUnitId: notary.id, effectiveOn: '2024-08-15', from: { kind: 'desk', idNumber: ZHANG } });
    expect((await call(desk, 'staff.search', { year: 2024, unitId: notary.id, movedOut: true })).total).toBe(0);
    expect(a.id).toBeGreaterThan(0);
  });

  it('a person marked 调离 comes back into service; the yearly check lists the move and the status change', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id, status: '调离' });
    const r = await call(desk, 'transfers.receive', { toUnitId: school.id, effectiveOn: '2024-09-02', from: { kind: 'desk', idNumber: ZHANG } });
    expect(r.transfer.reason).toBeNull();
    expect((await call(desk, 'staff.get', { id: s.id, year: 2024 })).status).toBe('在职');
    const report = await call(desk, 'staff.checkReport', { id: s.id, year: 2024 });
    const detail = Object.fromEntries(report.items.map((i) => [i.key, i.detail]));
    expect(detail.unitChange).toBe('汨罗市司法局/公证处 → 汨罗市教育局/一中（2024-09-02 生效）');
    expect(detail.statusChange).toBe('调离 → 在职');
  });
});

describe('调入 from outside the desk', () => {
  it('creates the record with the roster rules and keeps the origin as text', async () => {
    const r = await call(desk, 'transfers.receive', {
      toUnitId: notary.id,
      effectiveOn: '2024-07-01',
      reason: '商调',
      from: { kind: 'outside', origin: ' 平江县财政局 ', person: { idNumber: LI, name: ' 李四 ', phone: '139 0730 0001', rank: '一级科员' } },
    });
    expect(r.createdPerson).toBe(true);
    expect(r.transfer).toMatchObject({ name: '李四', fromOutside: true, fromUnitId: null, fromPath: '平江县财政局', toPath: '汨罗市司法局/公证处', undoable: true });
    const s = await call(desk, 'staff.get', { id: r.transfer.staffId!, year: 2024 });
    expect(s).toMatchObject({ name: '李四', sex: '女', birthDate: '1990-07-04', phone: '13907300001', rank: '一级科员', status: '在职', retirementAge: 55 });
    expect((await history({ unitId: notary.id })).map((t) => [t.direction, t.fromPath])).toEqual([['in', '平江县财政局']]);
    const report = await call(desk, 'staff.checkReport', { id: s.id, year: 2024 });
    expect(report.items.find((i) => i.key === 'unitChange')!.detail).toBe('平江县财政局（外单位） → 汨罗市司法局/公证处（2024-07-01 生效）');
  });

  it('refuses a bad ID number, a missing origin, a rank not in the list, and an ID already in the desk; nothing is written', async () => {
    await createStaff(desk, { idNumber: ZHANG, unitId: school.id });
    const before = await snapshot();
    const outside = (origin: string, person: Record<string, unknown>) =>
      desk.call('transfers.receive', { toUnitId: notary.id, effectiveOn: '2024-07-01', from: { kind: 'outside', origin, person } });
    const wrongCheck = LI.slice(0, 17) + (LI.endsWith('1') ? '2' : '1');
    expect(await outside('平江县财政局', { idNumber: wrongCheck, name: '李四' })).toMatchObject({ ok: false, error: { code: 'ID_CHECKSUM' } });
    expect(await outside('  ', { idNumber: LI, name: '李四' })).toMatchObject({ ok: false, error: { code: 'TRANSFER_ORIGIN_MISSING' } });
    expect(await outside('平江县财政局', { idNumber: LI, name: '李四', rank: '处长' })).toMatchObject({ ok: false, error: { code: 'VALUE_UNKNOWN' } });
    expect(await outside('平江县财政局', { idNumber: LI, name: '' })).toMatchObject({ ok: false, error: { code: 'NAME_MISSING' } });
    const dup = await outside('平江县财政局', { idNumber: ZHANG, name: '张三' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'TRANSFER_ALREADY_IN_DESK' } });
    expect(!dup.ok && dup.error.message).toContain('汨罗市教育局/一中');
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad input is refused with a clear message and nothing changes', () => {
  let s: Staff;
  beforeEach(async () => {
    s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
  });

  it('into the unit the person is already in', async () => {
    const before = await snapshot();
    const r = await receiveFromDesk(notary.id, ZHANG);
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSFER_SAME_UNIT' } });
    expect(!r.ok && r.error.message).toContain('已在“汨罗市司法局/公证处”');
    expect(await snapshot()).toEqual(before);
  });

  it('an unknown or malformed ID number', async () => {
    const before = await snapshot();
    const unknown = await receiveFromDesk(school.id, LI);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'TRANSFER_PERSON_UNKNOWN' } });
    expect(!unknown.ok && unknown.error.message).toContain('从外单位调入');
    expect(await receiveFromDesk(school.id, '43068119850312')).toMatchObject({ ok: false, error: { code: 'ID_FORMAT' } });
    expect(await snapshot()).toEqual(before);
  });

  it('an archived receiving unit, or one whose parent is archived', async () => {
    await call(desk, 'units.archive', { id: edu.id, archived: true });
    const before = await snapshot();
    const r = await receiveFromDesk(school.id, ZHANG);
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSFER_UNIT_ARCHIVED' } });
    expect(!r.ok && r.error.message).toContain('汨罗市教育局/一中');
    expect(await receiveFromDesk(9999, ZHANG)).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FOUND' } });
    expect(await snapshot()).toEqual(before);
  });

  it('an effective date beyond this year, not a date, or before the last transfer', async () => {
    const before = await snapshot();
    const nextYear = await receiveFromDesk(school.id, ZHANG, '2025-01-01');
    expect(nextYear).toMatchObject({ ok: false, error: { code: 'TRANSFER_DATE_INVALID' } });
    expect(!nextYear.ok && nextYear.error.message).toContain('晚于今年年底（2024-12-31）');
    expect(await receiveFromDesk(school.id, ZHANG, '2024-02-30')).toMatchObject({ ok: false, error: { code: 'TRANSFER_DATE_INVALID' } });
    expect(await desk.call('transfers.receive', { toUnitId: school.id, effectiveOn: '2024/9/1', from: { kind: 'desk', idNumber: ZHANG } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENTS' },
    });
    expect(await snapshot()).toEqual(before);
    // Later in the year is fine (a move agreed ahead); the clock decides what "this year" is.
    expect((await receiveFromDesk(school.id, ZHANG, '2024-12-31')).ok).toBe(true);
    const back = await receiveFromDesk(notary.id, ZHANG, '2024-12-30');
    expect(back).toMatchObject({ ok: false, error: { code: 'TRANSFER_DATE_INVALID' } });
    expect(!back.ok && back.error.message).toContain('早于该学员上一次调动的生效日期 2024-12-31');
    desk.ctx.clock = fixedClock('2025-01-05T09:00:00+08:00');
    expect((await receiveFromDesk(notary.id, ZHANG, '2025-01-01')).ok).toBe(true);
  });

  it('a person not in service (退休 / 离职)', async () => {
    await call(desk, 'staff.update', { id: s.id, input: { idNumber: ZHANG, name: '张三', unitId: notary.id, status: '退休' }, year: 2024 });
    const before = await snapshot();
    const r = await receiveFromDesk(school.id, ZHANG);
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSFER_NOT_IN_SERVICE' } });
    expect(!r.ok && r.error.message).toContain('退休');
    expect(await snapshot()).toEqual(before);
  });
});

describe('bookings when the exam route changes', () => {
  it('flags the live booking with a Chinese note, leaves finished ones alone, and undo clears the flag', async () => {
    await call(desk, 'units.update', { id: justice.id, patch: { examRoute: 'category', counterpart: '省司法厅' } });
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const done = await book(s.id, '2024-09-20T09:00');
    await desk.ctx.db('bookings').where({ id: done }).update({ outcome: 'failed', score: 40 });
    const cancelled = await book(s.id, '2024-09-21T09:00');
    await desk.ctx.db('bookings').where({ id: cancelled }).update({ status: 'cancelled' });
    const live = await book(s.id, '2024-10-20T09:00');

    const found = await call(desk, 'transfers.find', { query: ZHANG });
    expect(found.people[0]).toMatchObject({ unitPath: '汨罗市司法局/公证处', route: { route: 'category', counterpart: '省司法厅' }, liveBookings: 1 });

    const r = await call(desk, 'transfers.receive', { toUnitId: school.id, effectiveOn: '2024-09-01', from: { kind: 'desk', idNumber: ZHANG } });
    expect(r.transfer.flaggedBookings).toBe(1);
    const rows = (await desk.ctx.db('bookings').orderBy('id').select('id', 'flag', 'flag_note')) as { id: number; flag: string | null; flag_note: string | null }[];
    expect(rows.find((b) => b.id === live)).toMatchObject({ flag: 'route_changed' });
    expect(rows.find((b) => b.id === live)!.flag_note).toBe(
      '2024-09-01 调入“汨罗市教育局/一中”，组考方式由分类组考（省司法厅）变为分众组考；原报考场次可能不在新组考方式的考试时间内，请核对后改约或取消。',
    );
    expect(rows.filter((b) => b.id !== live).every((b) => b.flag === null)).toBe(true);

    await call(desk, 'transfers.undo', { id: r.transfer.id });
    expect(await desk.ctx.db('bookings').where({ id: live }).first('flag', 'flag_note')).toEqual({ flag: null, flag_note: null });
  });

  it('keeps bookings unflagged when both units sit the same exam', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const live = await book(s.id);
    const r = await call(desk, 'transfers.receive', { toUnitId: school.id, effectiveOn: '2024-09-01', from: { kind: 'desk', idNumber: ZHANG } });
    expect(r.transfer.flaggedBookings).toBe(0);
    expect(await desk.ctx.db('bookings').where({ id: live }).first('flag')).toEqual({ flag: null });
  });

  it('two 分类 units with different counterpart departments are different exams', async () => {
    await call(desk, 'units.update', { id: justice.id, patch: { examRoute: 'category', counterpart: '省司法厅' } });
    await call(desk, 'units.update', { id: edu.id, patch: { examRoute: 'category', counterpart: '省教育厅' } });
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    await book(s.id);
    expect((await call(desk, 'transfers.receive', { toUnitId: school.id, effectiveOn: '2024-09-01', from: { kind: 'desk', idNumber: ZHANG } })).transfer.flaggedBookings).toBe(1);
  });
});
