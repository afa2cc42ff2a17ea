import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckReport, Staff, StaffInput } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { fixedClock } from '../../electron/core/clock';
import type { Desk } from '../../electron/core/desk';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { auditRows, createStaff, rowCount, unit } from '../helpers/staffFixtures';
import { writeSheet } from '../helpers/xlsx';
import { call, openTempDesk } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

// The year of the check is the admin's local calendar year; pin it to China's so the boundary cases mean the same everywhere.
process.env.TZ = 'Asia/Shanghai';

let desk: Desk;
let cleanup: () => Promise<void>;
let dir: string;
let top: Unit;
let office: Unit;
beforeEach(async () => {
  ({ desk, cleanup, dir } = await openTempDesk('2024-03-01T09:00:00+08:00'));
  top = await unit(desk, '汨罗市司法局');
  office = await unit(desk, '公证处', top.id);
});
afterEach(() => cleanup());

/** Moves the desk's clock, as the admin's working days pass. */
function on(at: string) {
  desk.ctx.clock = fixedClock(at);
}

const ID = idNumber('19850312', 123);

function update(s: Staff, change: Partial<StaffInput>): Promise<Staff> {
  return call(desk, 'staff.update', { id: s.id, input: { idNumber: s.idNumber, name: s.name, unitId: s.unitId, ...change }, year: 2024 });
}

function items(r: CheckReport): Record<string, { changed: boolean; detail: string | null }> {
  return Object.fromEntries(r.items.map((i) => [i.key, { changed: i.changed, detail: i.detail }]));
}

describe('staff.check', () => {
  it('marks and unmarks people for a year, counting only real changes, with one audit row per call', async () => {
    const a = await createStaff(desk, { unitId: office.id });
    const b = await createStaff(desk, { idNumber: idNumber('19900704', 246), name: '李四', unitId: office.id });
    const before = await rowCount(desk, 'audit_log');
    expect(await call(desk, 'staff.check', { ids: [a.id, b.id, a.id], year: 2024, checked: true })).toEqual({ changed: 2 });
    expect(await call(desk, 'staff.check', { ids: [a.id], year: 2024, checked: true })).toEqual({ changed: 0 });
    expect((await call(desk, 'staff.get', { id: a.id, year: 2024 })).checked).toBe(true);
    expect((await call(desk, 'staff.get', { id: a.id, year: 2025 })).checked).toBe(false);

    const checks = (await auditRows(desk)).slice(before);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ action: 'staff.check', entity: 'staff', actor: 'tester', after: { year: 2024, checked: true, count: 2, changed: 2 } });
    const mark = (await desk.ctx.db('staff_checks').where({ staff_id: a.id, year: 2024 }).first()) as { checked_by: string; checked_at: string };
    expect(mark).toMatchObject({ checked_by: 'tester', checked_at: '2024-03-01T01:00:00.000Z' });

    expect(await call(desk, 'staff.check', { ids: [a.id, b.id], year: 2024, checked: false })).toEqual({ changed: 2 });
    expect(await rowCount(desk, 'staff_checks')).toBe(0);
    expect((await auditRows(desk)).at(-1)).toMatchObject({ action: 'staff.check', after: { checked: false, changed: 2 } });
  });

  it('refuses unknown people and marks nobody', async () => {
    const a = await createStaff(desk, { unitId: office.id });
    const audit = await rowCount(desk, 'audit_log');
    const r = await desk.call('staff.check', { ids: [a.id, 777], year: 2024, checked: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_FOUND' } });
    expect(!r.ok && r.error.message).toContain('777');
    expect(await rowCount(desk, 'staff_checks')).toBe(0);
    expect(await rowCount(desk, 'audit_log')).toBe(audit);
  });
});

describe('staff.checkReport', () => {
  it('shows the six items in order, with the check mark, for a person added this year', async () => {
    const s = await createStaff(desk, { unitId: office.id });
    on('2024-05-02T10:00:00+08:00');
    await call(desk, 'staff.check', { ids: [s.id], year: 2024, checked: true });
    const r = await call(desk, 'staff.checkReport', { id: s.id, year: 2024 });
    expect(r).toMatchObject({ staffId: s.id, year: 2024, checkedAt: '2024-05-02T02:00:00.000Z', checkedBy: 'tester' });
    expect(r.items.map((i) => [i.key, i.label])).toEqual([
      ['unitChange', '单位变更'],
      ['unitAttribute', '单位属性选择'],
      ['statusChange', '在职状态变化'],
      ['exemptionChange', '免考情形变动'],
      ['accountChange', '登录账号变更'],
      ['newPerson', '人员新增'],
    ]);
    expect(items(r)).toEqual({
      unitChange: { changed: false, detail: null },
      unitAttribute: { changed: true, detail: '所在单位未选择单位属性' },
      statusChange: { changed: false, detail: null },
      exemptionChange: { changed: false, detail: null },
      accountChange: { changed: false, detail: null },
      newPerson: { changed: true, detail: '2024-03-01 新增到名册' },
    });
  });

  it('reads unit, status and account changes of that year only, from the audit log', async () => {
    const other = await unit(desk, '办公室', top.id);
    await desk.ctx.db('units').whereIn('id', [office.id, other.id]).update({ attribute: '事业单位' });
    const s = await createStaff(desk, { unitId: office.id, account: '13800138000' });
    on('2024-12-31T23:30:00+08:00');
    await update(s, { unitId: other.id, status: '调离', account: 'zhangsan' });
    on('2025-01-01T00:30:00+08:00');
    await update(s, { unitId: other.id, status: '在职', account: 'zhangsan' });

    const r2024 = items(await call(desk, 'staff.checkReport', { id: s.id, year: 2024 }));
    expect(r2024).toMatchObject({
      unitChange: { changed: true, detail: '汨罗市司法局/公证处 → 汨罗市司法局/办公室' },
      unitAttribute: { changed: false, detail: null },
      statusChange: { changed: true, detail: '在职 → 调离' },
      accountChange: { changed: true, detail: '13800138000 → zhangsan' },
      newPerson: { changed: true },
    });
    const r2025 = items(await call(desk, 'staff.checkReport', { id: s.id, year: 2025 }));
    expect(r2025).toMatchObject({
      unitChange: { changed: false, detail: null },
      statusChange: { changed: true, detail: '调离 → 在职' },
      accountChange: { changed: false, detail: null },
      newPerson: { changed: false, detail: null },
    });
    expect((await call(desk, 'staff.checkReport', { id: s.id, year: 2025 })).checkedAt).toBeNull();
  });

  it("reports a change of the unit's attribute made on the 单位层级 screen", async () => {
    const s = await createStaff(desk, { idNumber: ID, unitId: office.id });
    on('2024-06-01T10:00:00+08:00');
    await call(desk, 'units.update', { id: office.id, patch: { attribute: '政府机关' } });
    const r = items(await call(desk, 'staff.checkReport', { id: s.id, year: 2024 }));
    expect(r.unitAttribute).toEqual({ changed: true, detail: '所在单位属性 （空） → 政府机关' });
    expect(items(await call(desk, 'staff.checkReport', { id: s.id, year: 2025 })).unitAttribute).toEqual({ changed: false, detail: null });
  });

  it('reads the changes an Excel import made, as well as the form\'s', async () => {
    const other = await unit(desk, '办公室', top.id);
    const s = await createStaff(desk, { idNumber: ID, unitId: office.id, account: '13800138000' });
    on('2024-07-01T10:00:00+08:00');
    const file = await writeSheet(dir, 'roster.xlsx', [
      ['姓名', '身份证号', '单位', '登录账号', '在职状态'],
      ['张三', ID, '汨罗市司法局/办公室', 'zhangsan', '退休'],
    ]);
    expect((await importRoster(desk.ctx, file)).report).toMatchObject({ applied: true, updated: 1 });
    expect((await call(desk, 'staff.get', { id: s.id, year: 2024 })).unitId).toBe(other.id);
    const r = items(await call(desk, 'staff.checkReport', { id: s.id, year: 2024 }));
    // The import's unit change is a transfer (人员异动), effective on the day of the import.
    expect(r).toMatchObject({
      unitChange: { changed: true, detail: '汨罗市司法局/公证处 → 汨罗市司法局/办公室（2024-07-01 生效）' },
      statusChange: { changed: true, detail: '在职 → 退休' },
      accountChange: { changed: true, detail: '13800138000 → zhangsan' },
    });
  });

  it('refuses an unknown person', async () => {
    expect(await desk.call('staff.checkReport', { id: 9, year: 2024 })).toMatchObject({ ok: false, error: { code: 'STAFF_NOT_FOUND' } });
  });
});
