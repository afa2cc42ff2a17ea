import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
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
let school: Unit;
let office: Unit;
useTempDesk(async (open) => {
  ({ desk } = open);
  justice = await unit(desk, '汨罗市司法局');
  notary = await unit(desk, '公证处', justice.id);
  office = await unit(desk, '办公室', justice.id);
  const edu = await unit(desk, '汨罗市教育局');
  school = await unit(desk, '一中', edu.id);
}, { at: '2024-09-02T09:00:00+08:00' });

const ZHANG = idNumber('19850312', 123);
const LI = idNumber('19900704', 246);

async function receive(toUnitId: number, id: string, effectiveOn = '2024-09-01'): Promise<Transfer> {
  return (await call(desk, 'transfers.receive', { toUnitId, effectiveOn, from: { kind: 'desk', idNumber: id } })).transfer;
}

async function historyOf(staffId: number): Promise<Transfer[]> {
  return (await call(desk, 'transfers.history', { staffId })).rows;
}

describe('undo of the latest transfer', () => {
  it('puts the person back, keeps the row in the history marked undone, and records its own audit row', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id, status: '调离' });
    const t = await receive(school.id, ZHANG);
    const undone = await call(desk, 'transfers.undo', { id: t.id, reason: ' 录错单位 ' });
    expect(undone).toMatchObject({ id: t.id, undoneBy: 'tester', undoneAt: '2024-09-02T01:00:00.000Z', undoReason: '录错单位', undoable: false });
    const back = await call(desk, 'staff.get', { id: s.id, year: 2024 });
    expect([back.unitPath, back.status]).toEqual(['汨罗市司法局/公证处', '调离']);
    expect((await historyOf(s.id)).map((h) => [h.id, h.undoneAt !== null])).toEqual([[t.id, true]]);
    expect((await call(desk, 'transfers.history', { staffId: s.id, includeUndone: false })).total).toBe(0);
    expect((await auditRows(desk)).at(-1)).toMatchObject({
      action: 'transfer.undo',
      entity: 'transfer',
      entity_id: t.id,
      staff_id: s.id,
      before: { unitPath: '汨罗市教育局/一中', status: '在职' },
      after: { unitPath: '汨罗市司法局/公证处', status: '调离', undoReason: '录错单位' },
    });
    // The undone move is no 单位变更 of the year any more.
    const report = await call(desk, 'staff.checkReport', { id: s.id, year: 2024 });
    expect(report.items.find((i) => i.key === 'unitChange')!.changed).toBe(false);
  });

  it('only the latest one; an earlier one is refused until the later one is undone', async () => {
    await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const first = await receive(office.id, ZHANG, '2024-08-01');
    const second = await receive(school.id, ZHANG, '2024-08-15');
    const h = await historyOf(first.staffId!);
    expect(h.map((x) => [x.id, x.undoable])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    const r = await desk.call('transfers.undo', { id: first.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSFER_NOT_LATEST' } });
    expect(!r.ok && r.error.message).toContain('2024-08-15 调入“汨罗市教育局/一中”');
    await call(desk, 'transfers.undo', { id: second.id });
    expect(await desk.call('transfers.undo', { id: second.id })).toMatchObject({ ok: false, error: { code: 'TRANSFER_ALREADY_UNDONE' } });
    await call(desk, 'transfers.undo', { id: first.id });
    expect((await call(desk, 'staff.get', { id: first.staffId!, year: 2024 })).unitId).toBe(notary.id);
    expect(await desk.call('transfers.undo', { id: 999 })).toMatchObject({ ok: false, error: { code: 'TRANSFER_NOT_FOUND' } });
  });

  it('refuses when the unit was changed in the roster afterwards, or the old unit is archived', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const t = await receive(school.id, ZHANG);
    await call(desk, 'staff.update', { id: s.id, input: { idNumber: ZHANG, name: '张三', unitId: office.id }, year: 2024 });
    const moved = await desk.call('transfers.undo', { id: t.id });
    expect(moved).toMatchObject({ ok: false, error: { code: 'TRANSFER_UNDO_BLOCKED' } });
    expect(!moved.ok && moved.error.message).toContain('汨罗市司法局/办公室');

    const li = await createStaff(desk, { idNumber: LI, name: '李四', unitId: notary.id });
    const t2 = await receive(school.id, LI);
    await call(desk, 'units.archive', { id: notary.id, archived: true });
    const before = await desk.ctx.db('staff').where({ id: li.id }).first();
    const archived = await desk.call('transfers.undo', { id: t2.id });
    expect(archived).toMatchObject({ ok: false, error: { code: 'TRANSFER_UNDO_BLOCKED' } });
    expect(!archived.ok && archived.error.message).toContain('已归档');
    expect(await desk.ctx.db('staff').where({ id: li.id }).first()).toEqual(before);
    expect((await desk.ctx.db('transfers').where({ id: t2.id }).first('undone_at')) as unknown).toEqual({ undone_at: null });
  });

  it('an arrival from outside: undo removes the record it made, unless other records hang on it', async () => {
    const made = await call(desk, 'transfers.receive', {
      toUnitId: notary.id,
      effectiveOn: '2024-07-01',
      from: { kind: 'outside', origin: '平江县财政局', person: { idNumber: LI, name: '李四' } },
    });
    await call(desk, 'transfers.undo', { id: made.transfer.id });
    expect(await desk.ctx.db('staff').where({ id_number: LI }).first()).toBeUndefined();
    const [row] = (await call(desk, 'transfers.history', { unitId: notary.id })).rows;
    expect(row).toMatchObject({ staffId: null, name: '李四', idNumber: LI, fromPath: '平江县财政局', undoable: false });
    expect(row!.undoneAt).not.toBeNull();

    // Received again, then booked: the record is no longer only the arrival's, so undo is refused.
    const again = await call(desk, 'transfers.receive', {
      toUnitId: notary.id,
      effectiveOn: '2024-07-02',
      from: { kind: 'outside', origin: '平江县财政局', person: { idNumber: LI, name: '李四' } },
    });
    await desk.ctx.db('bookings').insert({ staff_id: again.transfer.staffId, year: 2024, session_at: '2024-10-30T09:00', created_at: 'x', updated_at: 'x' });
    const r = await desk.call('transfers.undo', { id: again.transfer.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSFER_UNDO_BLOCKED' } });
    expect(!r.ok && r.error.message).toContain('报考');
    expect(await desk.ctx.db('staff').where({ id_number: LI }).first()).toBeDefined();
    expect((await desk.ctx.db('transfers').where({ id: again.transfer.id }).first('undone_at')) as unknown).toEqual({ undone_at: null });
  });
});

describe('待接收: the sending side marks someone leaving, the receiving side sees it and carries out the 调入', () => {
  it('lists the mark for the receiving unit, closes it on arrival, and undo opens it again', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const mark = await call(desk, 'transfers.expect', { staffId: s.id, toUnitId: school.id, expectedOn: '2024-10-01', note: '组织部调令' });
    expect(mark).toMatchObject({ name: '张三', fromPath: '汨罗市司法局/公证处', toPath: '汨罗市教育局/一中', expectedOn: '2024-10-01', note: '组织部调令', createdBy: 'tester' });
    expect((await call(desk, 'transfers.expected', { toUnitId: school.id })).map((e) => e.name)).toEqual(['张三']);
    expect((await call(desk, 'transfers.expected', { fromUnitId: justice.id })).map((e) => e.toPath)).toEqual(['汨罗市教育局/一中']);
    expect(await call(desk, 'transfers.expected', { toUnitId: notary.id })).toEqual([]);
    const found = await call(desk, 'transfers.find', { query: '张三' });
    expect(found.people[0]!.expected).toMatchObject({ id: mark.id, toPath: '汨罗市教育局/一中' });

    const r = await call(desk, 'transfers.receive', { toUnitId: school.id, effectiveOn: '2024-09-02', from: { kind: 'desk', idNumber: ZHANG } });
    expect(r.expectedClosed).toBe(true);
    expect(await call(desk, 'transfers.expected', { toUnitId: school.id })).toEqual([]);
    await call(desk, 'transfers.undo', { id: r.transfer.id });
    expect((await call(desk, 'transfers.expected', { toUnitId: school.id })).map((e) => e.id)).toEqual([mark.id]);
  });

  it('marking again replaces the open mark; withdrawing closes it; bad marks are refused', async () => {
    const s = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    const first = await call(desk, 'transfers.expect', { staffId: s.id, toUnitId: school.id });
    const second = await call(desk, 'transfers.expect', { staffId: s.id, toUnitId: office.id });
    const open = await call(desk, 'transfers.expected', {});
    expect(open.map((e) => [e.id, e.toPath])).toEqual([[second.id, '汨罗市司法局/办公室']]);
    expect(first.id).not.toBe(second.id);
    await call(desk, 'transfers.withdrawExpected', { id: second.id });
    expect(await call(desk, 'transfers.expected', {})).toEqual([]);
    expect(await desk.call('transfers.withdrawExpected', { id: second.id })).toMatchObject({ ok: false, error: { code: 'EXPECTED_TRANSFER_NOT_FOUND' } });
    expect(await desk.call('transfers.expect', { staffId: s.id, toUnitId: notary.id })).toMatchObject({ ok: false, error: { code: 'TRANSFER_SAME_UNIT' } });
    expect(await desk.call('transfers.expect', { staffId: s.id, toUnitId: school.id, expectedOn: '2025-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSFER_DATE_INVALID' },
    });
    expect((await auditRows(desk)).filter((a) => a.action.startsWith('transfer.')).map((a) => a.action)).toEqual([
      'transfer.expect',
      'transfer.expect',
      'transfer.withdrawExpected',
    ]);
  });
});
