import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { exportFile } from '../../electron/core/files/outbox';
import type { ArgsOf } from '../../shared/contract';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { booking, credits, exemption } from '../helpers/yearWork';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/*
 * A hand-built year. 县局 (own: a1; a2 retired; a3 a rank that does not take
 * part) with 甲所 (b1–b6) and 乙所, which holds =丙组 (d1–d3); 另一局 (e1)
 * is a second top unit. Every figure below is counted by hand from these rows.
 */
let desk: Desk;
const ids: Record<string, number> = {};
const unitIds: Record<string, number> = {};

useTempDesk(async (open) => {
  ({ desk } = open);
  unitIds.A = (await unit(desk, '县局')).id;
  unitIds.B = (await unit(desk, '甲所', unitIds.A)).id;
  unitIds.C = (await unit(desk, '乙所', unitIds.A)).id;
  unitIds.D = (await unit(desk, '=丙组', unitIds.C)).id;
  unitIds.E = (await unit(desk, '另一局')).id;
  let seq = 1;
  const person = async (key: string, unitKey: string, extra: { status?: string; rank?: string | null } = {}) => {
    const s = await createStaff(desk, { unitId: unitIds[unitKey]!, name: `人员${key}`, idNumber: idNumber('19850312', seq++ * 2 + 1), rank: '一级科员', ...extra } as never);
    ids[key] = s.id;
  };
  await person('a1', 'A');
  await person('a2', 'A', { status: '退休' });
  await person('a3', 'A', { rank: '厅局级正职' });
  for (const k of ['b1', 'b2', 'b3', 'b4', 'b5', 'b6']) await person(k, 'B');
  await person('d1', 'D');
  await person('d2', 'D', { rank: null });
  await person('d3', 'D');
  await person('e1', 'E');

  await credits(desk, ids.a1!, 60, 40);
  await booking(desk, ids.a1!, { outcome: 'passed' });
  await booking(desk, ids.a2!, { outcome: 'passed' });
  await booking(desk, ids.a3!, { outcome: 'passed' });
  await exemption(desk, ids.b1!, 'approved');
  await credits(desk, ids.b1!, 60, 40);
  await booking(desk, ids.b1!, { outcome: 'passed' });
  await exemption(desk, ids.b2!, 'draft');
  await credits(desk, ids.b2!, 30, 40);
  await credits(desk, ids.b3!, 60, 40);
  await booking(desk, ids.b3!, { outcome: 'failed' });
  await booking(desk, ids.b3!, { kind: 'makeup', outcome: 'passed' });
  await credits(desk, ids.b4!, 61, 45);
  await booking(desk, ids.b4!, { outcome: 'absent' });
  await booking(desk, ids.b4!, { kind: 'makeup' });
  await credits(desk, ids.b5!, 60, 40);
  await booking(desk, ids.b5!, {});
  await booking(desk, ids.b6!, { status: 'cancelled' });
  await credits(desk, ids.d1!, 60, 39);
  await booking(desk, ids.d1!, { outcome: 'absent', at: '2024-10-29T09:00' });
  await booking(desk, ids.d1!, { outcome: 'failed' });
  await booking(desk, ids.d1!, { kind: 'makeup', outcome: 'failed' });
  await credits(desk, ids.d2!, 70, 50);
  await booking(desk, ids.d2!, { outcome: 'passed' });
  await exemption(desk, ids.d3!, 'rejected');
  await booking(desk, ids.d3!, { outcome: 'passed' });
  await booking(desk, ids.e1!, { outcome: 'passed' }, 2023);
}, { perFile: true });

const summary = (unitId: number | null, year = 2024) => call(desk, 'stats.summary', { year, unitId });
const people = async (figure: ArgsOf<'stats.people'>['figure'], unitId: number | null, ownOnly = false) =>
  (await call(desk, 'stats.people', { year: 2024, unitId, ownOnly, figure })).rows.map((r) => r.name.replace('人员', '')).sort();

describe('统计 figures for a hand-built year', () => {
  it('counts the funnel of a unit with its sub-units', async () => {
    const s = await summary(unitIds.A!);
    expect(s.unit?.name).toBe('县局');
    expect(s.creditsRequired).toEqual({ compulsory: 60, elective: 40 });
    expect(s.total).toEqual({
      takingPart: 10,
      exempt: 1,
      expected: 9,
      creditsComplete: 5,
      booked: 7,
      notBooked: 2,
      sat: 5,
      passed: 3,
      failed: 2,
      absent: 1,
      makeupRegistered: 3,
      makeupPassed: 1,
      passedFinal: 4,
      notPassed: 5,
      sitRate: 5 / 9,
      passRate: 4 / 9,
    });
  });

  it('gives one row per sub-unit and one for the people placed in the unit itself', async () => {
    const s = await summary(unitIds.A!);
    expect(s.rows.map((r) => [r.name, r.own, r.funnel.takingPart, r.funnel.exempt, r.funnel.passedFinal])).toEqual([
      ['本级（县局）', true, 1, 0, 1],
      ['甲所', false, 6, 1, 1],
      ['乙所', false, 3, 0, 2],
    ]);
    const sum = s.rows.reduce((n, r) => n + r.funnel.sat, 0);
    expect(sum).toBe(s.total.sat);
  });

  it('for the whole desk, rows are the top units', async () => {
    const s = await summary(null);
    expect(s.unit).toBeNull();
    expect(s.rows.map((r) => [r.name, r.funnel.takingPart])).toEqual([
      ['县局', 10],
      ['另一局', 1],
    ]);
    expect(s.total.takingPart).toBe(11);
    expect(s.total.notBooked).toBe(3); // e1 booked only in 2023
  });

  it('a year without a policy has no credits figure, and counts only its own bookings', async () => {
    const s = await summary(null, 2023);
    expect(s.creditsRequired).toBeNull();
    expect(s.total.creditsComplete).toBeNull();
    expect(s.total.passed).toBe(1);
    expect(s.total.passRate).toBeCloseTo(1 / 11);
  });

  it('no one to count gives no rate rather than 0 %', async () => {
    const empty = await unit(desk, '空单位');
    const s = await summary(empty.id);
    expect(s.total.expected).toBe(0);
    expect(s.total.sitRate).toBeNull();
    expect(s.total.passRate).toBeNull();
  });

  it('opens the people behind each figure', async () => {
    expect(await people('takingPart', unitIds.A!)).toEqual(['a1', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'd1', 'd2', 'd3']);
    expect(await people('exempt', unitIds.A!)).toEqual(['b1']);
    expect(await people('failed', unitIds.A!)).toEqual(['b3', 'd1']);
    expect(await people('absent', unitIds.A!)).toEqual(['b4']);
    expect(await people('notBooked', unitIds.B!)).toEqual(['b2', 'b6']);
    expect(await people('makeupRegistered', unitIds.A!)).toEqual(['b3', 'b4', 'd1']);
    expect(await people('passedFinal', unitIds.C!)).toEqual(['d2', 'd3']);
    expect(await people('takingPart', unitIds.A!, true)).toEqual(['a1']);
    expect(await people('creditsComplete', unitIds.A!)).toEqual(['a1', 'b3', 'b4', 'b5', 'd2']);
  });

  it('pages a list and describes each person’s year', async () => {
    const page = await call(desk, 'stats.people', { year: 2024, unitId: unitIds.A!, figure: 'expected', offset: 2, limit: 3 });
    expect(page.total).toBe(9);
    expect(page.rows).toHaveLength(3);
    const b3 = (await call(desk, 'stats.people', { year: 2024, unitId: unitIds.B!, figure: 'failed' })).rows[0]!;
    expect(b3.unitPath).toBe('县局/甲所');
    expect(b3.detail).toBe('学分达标；正式考试未通过；补考通过');
  });

  it('refuses an unknown unit', async () => {
    const r = await desk.call('stats.summary', { year: 2024, unitId: 99999 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('UNIT_NOT_FOUND');
  });

  it('exports a list with IDs as text and formula-like text neutralised', async () => {
    const r = await call(desk, 'stats.exportPeople', { year: 2024, unitId: unitIds.A!, figure: 'failed' });
    expect(r.rows).toBe(2);
    expect(r.name).toMatch(/^2024年度未通过名单-县局-/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await exportFile(desk.ctx.paths.dataDir, r.fileId)).path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '姓名', '身份证号', '单位', '职级', '本年度情况']);
    const d1 = ws.getRow(3);
    expect(d1.getCell(2).value).toBe('人员d1');
    expect(typeof d1.getCell(3).value).toBe('string');
    expect(String(d1.getCell(3).value)).toHaveLength(18);
    expect(d1.getCell(4).value).toBe('县局/乙所/=丙组');
  });

  it('exports the table with its sub-unit rows, the total and the definitions', async () => {
    const r = await call(desk, 'stats.exportSummary', { year: 2024, unitId: unitIds.C! });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await exportFile(desk.ctx.paths.dataDir, r.fileId)).path);
    const ws = wb.getWorksheet('统计')!;
    expect(ws.getRow(2).getCell(1).value).toBe("'=丙组");
    expect(ws.getRow(2).getCell(2).value).toBe(3);
    expect(ws.getRow(3).getCell(1).value).toBe('合计（乙所）');
    expect(ws.getRow(3).getCell(17).value).toBeCloseTo(2 / 3, 10);
    expect(ws.getRow(3).getCell(17).numFmt).toBe('0.0%');
    const defs = wb.getWorksheet('口径说明')!;
    const texts = defs.getColumn(2).values.map(String).join('\n');
    expect(texts).toContain('参考率 = 参考 ÷ 应参考');
  });
});
