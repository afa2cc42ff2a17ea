import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import type { Transfer } from '../../shared/transfers/schemas';
import { openDatabaseBefore } from '../helpers/oldDatabase';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call, openTempDesk, tempDir } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

process.env.TZ = 'Asia/Shanghai';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const ZHANG = idNumber('19850312', 123);
const LI = idNumber('19900704', 246);

async function history(desk: Desk, args: Record<string, unknown>): Promise<Transfer[]> {
  return (await call(desk, 'transfers.history', args)).rows;
}

describe('unit changes made by an Excel import', () => {
  it('appear in the same history as a 调入, flag live bookings on a route change, close a 待接收 mark, and can be undone', async () => {
    const t = await openTempDesk('2024-09-02T09:00:00+08:00');
    cleanups.push(t.cleanup);
    const desk = t.desk;
    const justice = await unit(desk, '汨罗市司法局');
    const notary = await unit(desk, '公证处', justice.id);
    const edu = await unit(desk, '汨罗市教育局');
    await call(desk, 'units.update', { id: edu.id, patch: { examRoute: 'category', counterpart: '省教育厅' } });
    const zhang = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id });
    await createStaff(desk, { idNumber: LI, name: '李四', unitId: notary.id });
    const [booking] = await desk.ctx.db('bookings').insert({ staff_id: zhang.id, year: 2024, session_at: '2024-10-30T09:00', created_at: 'x', updated_at: 'x' });
    await call(desk, 'transfers.expect', { staffId: zhang.id, toUnitId: edu.id });

    const file = await writeSheet(t.dir, '名册.xlsx', [
      ['姓名', '身份证号', '单位'],
      ['张三', ZHANG, '汨罗市教育局'],
      ['李四', LI, '汨罗市司法局/公证处'],
    ]);
    expect((await importRoster(desk.ctx, file, { sourceName: '九月名册.xlsx' })).report).toMatchObject({ applied: true, transfers: 1 });

    const seenFromNotary = await history(desk, { unitId: notary.id });
    expect(seenFromNotary).toHaveLength(1);
    expect(seenFromNotary[0]).toMatchObject({
      direction: 'out',
      name: '张三',
      fromUnitId: notary.id,
      fromPath: '汨罗市司法局/公证处',
      toUnitId: edu.id,
      toPath: '汨罗市教育局',
      effectiveOn: '2024-09-02',
      source: 'import',
      sourceFile: '九月名册.xlsx',
      flaggedBookings: 1,
      undoable: true,
    });
    expect((await history(desk, { unitId: edu.id })).map((h) => h.direction)).toEqual(['in']);
    expect(await desk.ctx.db('bookings').where({ id: booking }).first('flag')).toEqual({ flag: 'route_changed' });
    expect(await call(desk, 'transfers.expected', {})).toEqual([]);

    await call(desk, 'transfers.undo', { id: seenFromNotary[0]!.id });
    expect((await desk.ctx.db('staff').where({ id: zhang.id }).first('unit_id')) as unknown).toEqual({ unit_id: notary.id });
    expect(await desk.ctx.db('bookings').where({ id: booking }).first('flag')).toEqual({ flag: null });
  });
});

describe('migration 20261126100000_transfers', () => {
  it('copies the unit changes earlier imports wrote to the audit log into the history', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { file, db } = await openDatabaseBefore(t.dir, '20261126100000_transfers');
    await db('units').insert([
      { id: 1, name: '汨罗市司法局', sort_order: 0, created_at: 'a', updated_at: 'a' },
      { id: 2, parent_id: 1, name: '公证处', sort_order: 0, created_at: 'a', updated_at: 'a' },
      { id: 3, name: '汨罗市教育局', sort_order: 1, created_at: 'a', updated_at: 'a' },
    ]);
    await db('staff').insert({ id: 7, id_number: ZHANG, name: '张三', sex: '男', birth_date: '1985-03-12', unit_id: 3, status: '在职', retirement_age: 60, created_at: 'a', updated_at: 'a' });
    const audit = (action: string, before: unknown, after: unknown, at = '2024-06-30T17:30:00.000Z') => ({
      at,
      actor: 'admin',
      action,
      entity: 'staff',
      entity_id: 7,
      staff_id: 7,
      unit_id: 3,
      before_json: JSON.stringify(before),
      after_json: JSON.stringify(after),
    });
    await db('audit_log').insert([
      audit('staff.transfer', { unit: '汨罗市司法局/公证处', phone: null }, { unit: '汨罗市教育局', phone: '13800000000', source: '六月名册.xlsx' }),
      // Not a unit change, and not a transfer: neither is copied.
      audit('staff.transfer', { phone: null }, { phone: '1', source: 'x.xlsx' }),
      audit('staff.update', { unitId: 2, unitPath: '汨罗市司法局/公证处' }, { unitId: 3, unitPath: '汨罗市教育局' }),
    ]);
    await db.destroy();

    const desk = await openDesk({ mode: 'cli', databaseFile: file, dataDir: t.dir, clock: fixedClock('2024-09-01T09:00:00+08:00'), actor: 'tester' });
    cleanups.push(() => desk.close());
    const rows = await history(desk, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      staffId: 7,
      name: '张三',
      idNumber: ZHANG,
      fromUnitId: 2,
      fromPath: '汨罗市司法局/公证处',
      toUnitId: 3,
      toPath: '汨罗市教育局',
      // 17:30 UTC on 06-30 is 07-01 on the admin's calendar.
      effectiveOn: '2024-07-01',
      source: 'import',
      sourceFile: '六月名册.xlsx',
      recordedAt: '2024-06-30T17:30:00.000Z',
      recordedBy: 'admin',
      undoable: true,
    });
    expect((await history(desk, { unitId: 1 })).map((h) => h.direction)).toEqual(['out']);
  });
});
