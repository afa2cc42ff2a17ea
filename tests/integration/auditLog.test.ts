import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import type { Desk } from '../../electron/core/desk';
import { exportFile } from '../../electron/core/files/outbox';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import type { AuditPage, AuditRow } from '../../shared/audit/schemas';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

process.env.TZ = 'Asia/Shanghai';

let desk: Desk;
let justice: Unit;
let notary: Unit;
let edu: Unit;
let zhang: Staff;
let li: Staff;
let transferId: number;

const ZHANG = idNumber('19850312', 123);
const LI = idNumber('19900704', 246);

function on(at: string) {
  desk.ctx.clock = fixedClock(at);
}

/** A small year of work over three days: units and people on 09-01, a transfer on 09-02 (late evening), an edit on 09-03. */
useTempDesk(async (open) => {
  ({ desk } = open);
  justice = await unit(desk, '汨罗市司法局');
  notary = await unit(desk, '公证处', justice.id);
  edu = await unit(desk, '汨罗市教育局');
  zhang = await createStaff(desk, { idNumber: ZHANG, unitId: notary.id, phone: '13800000001' });
  li = await createStaff(desk, { idNumber: LI, name: '李四', unitId: edu.id });
  on('2024-09-02T23:30:00+08:00');
  transferId = (await call(desk, 'transfers.receive', { toUnitId: edu.id, effectiveOn: '2024-09-02', reason: '工作调动', from: { kind: 'desk', idNumber: ZHANG } }))
    .transfer.id;
  on('2024-09-03T10:00:00+08:00');
  await call(desk, 'staff.update', { id: li.id, input: { idNumber: LI, name: '李四', unitId: edu.id, phone: '13900000002', notes: '=HYPERLINK("x")' }, year: 2024 });
}, { at: '2024-09-01T09:00:00+08:00' });

async function search(args: Record<string, unknown>): Promise<AuditPage> {
  return call(desk, 'audit.search', args);
}

const actions = (rows: AuditRow[]) => rows.map((r) => r.action);

describe('操作记录 filters', () => {
  it('lists everything newest first, with Chinese names and what changed (old → new)', async () => {
    const page = await search({});
    expect(page.total).toBe(7);
    expect(actions(page.rows)).toEqual(['staff.update', 'transfer.in', 'staff.create', 'staff.create', 'unit.create', 'unit.create', 'unit.create']);
    const [edit, move] = page.rows;
    expect(edit).toMatchObject({ actionLabel: '修改学员信息', subject: `李四（${LI.slice(0, 6)}********${LI.slice(-4)}）`, unitPath: '汨罗市教育局', actor: 'tester' });
    expect(edit!.changes).toEqual([
      { label: '手机号码', old: null, new: '13900000002' },
      { label: '备注', old: null, new: '=HYPERLINK("x")' },
    ]);
    expect(move).toMatchObject({ actionLabel: '调入', unitPath: '汨罗市教育局' });
    expect(move!.changes).toEqual([
      { label: '单位', old: '汨罗市司法局/公证处', new: '汨罗市教育局' },
      { label: '生效日期', old: null, new: '2024-09-02' },
      { label: '原因', old: null, new: '工作调动' },
    ]);
    expect(page.rows.at(-1)).toMatchObject({ actionLabel: '新建单位', subject: '汨罗市司法局' });
    expect(page.rows.find((r) => r.action === 'staff.create' && r.staffId === zhang.id)!.changes).toContainEqual({ label: '姓名', old: null, new: '张三' });
  });

  it('by local calendar days, both ends included', async () => {
    expect(actions((await search({ from: '2024-09-02', to: '2024-09-02' })).rows)).toEqual(['transfer.in']);
    expect((await search({ from: '2024-09-02' })).total).toBe(2);
    expect((await search({ to: '2024-09-01' })).total).toBe(5);
    expect(await desk.call('audit.search', { from: '2024-09-03', to: '2024-09-01' })).toMatchObject({ ok: false, error: { code: 'AUDIT_RANGE_INVALID' } });
  });

  it('by kind, by person, and by unit: a transfer shows in the log of both ends', async () => {
    expect((await search({ actions: ['staff.create', 'transfer.in'] })).total).toBe(3);
    expect(actions((await search({ staffId: zhang.id })).rows)).toEqual(['transfer.in', 'staff.create']);
    expect(actions((await search({ unitId: justice.id })).rows)).toEqual(['transfer.in', 'staff.create', 'unit.create', 'unit.create']);
    expect(actions((await search({ unitId: justice.id, includeSubunits: false })).rows)).toEqual(['unit.create']);
    expect(actions((await search({ unitId: edu.id })).rows)).toEqual(['staff.update', 'transfer.in', 'staff.create', 'unit.create']);
    expect((await search({ unitId: edu.id, actions: ['transfer.in'], from: '2024-09-02', staffId: zhang.id })).rows[0]!.id).toBeGreaterThan(0);
    await call(desk, 'transfers.undo', { id: transferId, reason: '录错' });
    expect(actions((await search({ unitId: notary.id, includeSubunits: false })).rows)).toEqual(['transfer.undo', 'transfer.in', 'staff.create', 'unit.create']);
  });

  it('pages', async () => {
    const first = await search({ limit: 3 });
    const second = await search({ limit: 3, offset: 3 });
    expect([first.total, second.total, first.rows.length, second.rows.length]).toEqual([7, 7, 3, 3]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(6);
    expect((await search({ offset: 50 })).rows).toEqual([]);
  });

  it('kinds come with their names and counts', async () => {
    const kinds = await call(desk, 'audit.kinds', {});
    expect(kinds).toEqual([
      { action: 'unit.create', label: '新建单位', count: 3 },
      { action: 'staff.create', label: '新增学员', count: 2 },
      { action: 'staff.update', label: '修改学员信息', count: 1 },
      { action: 'transfer.in', label: '调入', count: 1 },
    ]);
  });
});

describe('操作记录 export', () => {
  it('writes the filtered log to xlsx: local times, Chinese words, each change on its line, formulas neutralised', async () => {
    const r = await call(desk, 'audit.export', { unitId: edu.id });
    expect(r).toMatchObject({ name: '操作记录-2024-09-03.xlsx', rows: 4 });
    const entry = await exportFile(desk.ctx.paths.dataDir, r.fileId);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(entry.path);
    const ws = wb.getWorksheet('操作记录')!;
    const text = (row: number) => (ws.getRow(row).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    expect(text(1)[0]).toBe('操作记录（导出于 2024-09-03；汨罗市教育局（含下级单位））');
    expect(text(2)).toEqual(['时间', '操作人', '类别', '对象', '单位', '改动内容']);
    expect(text(3)).toEqual([
      '2024-09-03 10:00:00',
      'tester',
      '修改学员信息',
      `李四（${LI.slice(0, 6)}********${LI.slice(-4)}）`,
      '汨罗市教育局',
      '手机号码：13900000002\n备注：=HYPERLINK("x")',
    ]);
    expect(text(4).slice(0, 3)).toEqual(['2024-09-02 23:30:00', 'tester', '调入']);
    expect(text(4)[5]).toBe('单位：汨罗市司法局/公证处 → 汨罗市教育局\n生效日期：2024-09-02\n原因：工作调动');
    expect(ws.rowCount).toBe(6);
    // A subject that starts like a formula is written with an apostrophe.
    await call(desk, 'staff.update', { id: li.id, input: { idNumber: LI, name: '=李四', unitId: edu.id }, year: 2024 });
    const again = await call(desk, 'audit.export', { actions: ['staff.update'] });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile((await exportFile(desk.ctx.paths.dataDir, again.fileId)).path);
    expect(String(wb2.getWorksheet('操作记录')!.getRow(3).getCell(4).value)).toMatch(/^'=李四（/);
  });
});
