import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../electron/core/files/outbox';
import type { ArgsOf } from '../../shared/contract';
import { auditActions, giveCredits, openBookingDesk, person, type BookingDesk } from '../helpers/bookingFixtures';
import { call, refusal } from '../helpers/tempDesk';

let t: BookingDesk;
const S = '2024-10-28T08:30';
let ids: string[] = [];

beforeAll(async () => {
  t = await openBookingDesk();
  const a = await person(t.desk, t.office.id, '欧阳一');
  const b = await person(t.desk, t.town.id, '=SUM(A1)');
  const c = await person(t.desk, t.tax.id, '卫分类');
  await giveCredits(t.desk, [a, b, c]);
  ids = [a.idNumber, b.idNumber];
  await call(t.desk, 'bookings.setCapacity', { sessionAt: S, capacity: 30, room: '市委党校二号机房' });
  await call(t.desk, 'bookings.book', { year: 2024, sessionAt: S, staffIds: [a.id, b.id] });
  await call(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-09-20T15:00', staffIds: [c.id] });
});
afterAll(async () => t.cleanup());

async function exported<M extends 'bookings.exportSignInSheet' | 'bookings.exportList'>(method: M, args: ArgsOf<M>): Promise<{ file: string; name: string; rows: number }> {
  const r = await call(t.desk, method, args);
  const entry = await exportFile(t.desk.ctx.paths.dataDir, r.fileId);
  return { file: entry.path, name: r.name, rows: r.rows };
}

describe('签到表 and 报考名单', () => {
  it('the sign-in sheet as Excel: title, unit, session date and time, room and invigilator lines, ID numbers masked as in the archive', async () => {
    const x = await exported('bookings.exportSignInSheet', { sessionAt: S, format: 'xlsx', invigilator: '李监考' });
    expect(x.name).toBe('签到表-2024-10-28-0830.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x.file);
    const ws = wb.getWorksheet('签到表')!;
    const text = (r: number, c: number) => String(ws.getRow(r).getCell(c).value ?? '');
    expect(text(1, 1)).toBe('2024 年国家工作人员学法考法考试签到表');
    expect(text(2, 1)).toBe('单位：全部单位');
    expect(text(3, 1)).toBe('考试日期：2024-10-28　时间：08:30–10:00（正式考试）');
    expect(text(4, 1)).toBe('考场：市委党校二号机房　监考人：李监考');
    expect(text(5, 1)).toBe('应到 2 人　实到 ____ 人');
    expect([1, 2, 3, 4, 5, 6].map((c) => text(6, c))).toEqual(['序号', '姓名', '单位', '身份证号', '登录账号', '签到']);
    const people = [7, 8].map((r) => [text(r, 2), text(r, 3), ws.getRow(r).getCell(4).value]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['欧阳一', '汨罗镇/办公室', `${ids[0]!.slice(0, 6)}********${ids[0]!.slice(-4)}`],
        ["'=SUM(A1)", '汨罗镇', `${ids[1]!.slice(0, 6)}********${ids[1]!.slice(-4)}`],
      ]),
    );
    const cells = [7, 8].map((r) => text(r, 4));
    for (const id of ids) expect(cells).not.toContain(id);
    expect(text(9, 1)).toBe('');
    expect(text(10, 1)).toContain('监考人签字');
    expect(await auditActions(t.desk, 'session.signIn')).toEqual([]);
  });

  it('the sign-in sheet as a PDF that pdftotext reads back in Chinese, IDs masked, room typed when printing, a blank line for the invigilator', async () => {
    const x = await exported('bookings.exportSignInSheet', { sessionAt: S, unitId: t.town.id, format: 'pdf', room: '三楼 302 机房' });
    expect(x.name).toBe('签到表-2024-10-28-0830-汨罗镇.pdf');
    expect(fs.readFileSync(x.file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', x.file, '-'], { encoding: 'utf8' });
    expect(text).toContain('学法考法考试签到表');
    expect(text).toContain('单位：汨罗镇（含下级单位）');
    expect(text).toMatch(/考试日期：2024-10-28\s+时间：08:30–10:00（正式考试）/);
    expect(text).toMatch(/考场：三楼 302 机房\s+监考人：________________/);
    expect(text).not.toContain('市委党校二号机房');
    expect(text).toContain('欧阳一');
    expect(text).toContain(`${ids[0]!.slice(0, 6)}********${ids[0]!.slice(-4)}`);
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).toMatch(/应到 2 人\s+实到 ____ 人/);
    expect(text).toContain('监考人签字');
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*1\s*页/);
    expect(text).not.toContain('卫分类');
  });

  it('a session without a room prints blank lines for the room and the invigilator', async () => {
    const x = await exported('bookings.exportSignInSheet', { sessionAt: '2024-09-20T15:00', format: 'xlsx', room: '  ', invigilator: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x.file);
    expect(wb.getWorksheet('签到表')!.getRow(4).getCell(1).value).toBe('考场：________________　监考人：________________');
  });

  it('full ID numbers only when asked with a reason, which is recorded in 操作记录', async () => {
    const blank = await refusal(t.desk, 'bookings.exportSignInSheet', { sessionAt: S, format: 'pdf', fullIdReason: '  ' });
    expect(blank.code).toBe('FULL_ID_REASON_MISSING');
    expect((await refusal(t.desk, 'bookings.exportSignInSheet', { sessionAt: S, format: 'pdf', fullIdReason: '核对' })).code).toBe('FULL_ID_REASON_MISSING');
    expect(await auditActions(t.desk, 'session.signIn')).toEqual([]);

    const x = await exported('bookings.exportSignInSheet', { sessionAt: S, format: 'pdf', fullIdReason: '考点要求核验身份证原件', invigilator: '李监考' });
    expect(x.name).toBe('签到表-2024-10-28-0830-完整身份证号.pdf');
    const text = execFileSync('pdftotext', ['-layout', x.file, '-'], { encoding: 'utf8' });
    for (const id of ids) expect(text).toContain(id);
    expect(text).toContain('本表含完整身份证号（用途：考点要求核验身份证原件）');

    const xlsx = await exported('bookings.exportSignInSheet', { sessionAt: S, format: 'xlsx', fullIdReason: '考点要求核验身份证原件' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.file);
    const ws = wb.getWorksheet('签到表')!;
    expect([ws.getRow(8).getCell(4).value, ws.getRow(9).getCell(4).value].sort()).toEqual([...ids].sort());

    const rows = (await t.desk.ctx.db('audit_log').where({ action: 'session.signInFullIds' }).orderBy('id').select('after_json')) as { after_json: string }[];
    expect(rows.map((r) => JSON.parse(r.after_json))).toEqual([
      { sessionAt: S, unit: '全部单位', people: 2, room: '市委党校二号机房', invigilator: '李监考', reason: '考点要求核验身份证原件' },
      { sessionAt: S, unit: '全部单位', people: 2, room: '市委党校二号机房', invigilator: null, reason: '考点要求核验身份证原件' },
    ]);
    const log = await call(t.desk, 'audit.search', { actions: ['session.signInFullIds'] });
    expect(log.rows[0]!.actionLabel).toBe('打印含完整身份证号的签到表');
    expect(log.rows[0]!.changes).toEqual(expect.arrayContaining([{ label: '原因', old: null, new: '考点要求核验身份证原件' }]));
  });

  it('the booking list of a unit (with its sub-units) in both formats; a long list runs over several pages', async () => {
    const x = await exported('bookings.exportList', { year: 2024, unitId: t.town.id, format: 'xlsx' });
    expect(x).toMatchObject({ name: '报考名单-2024-汨罗镇.xlsx', rows: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x.file);
    const ws = wb.getWorksheet('报考名单')!;
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 3) names.push(String(row.getCell(2).value));
    });
    expect(names.sort()).toEqual(["'=SUM(A1)", '欧阳一'].sort());

    for (let i = 0; i < 40; i++) await person(t.desk, t.office.id, `列表${i}`);
    const more = (await t.desk.ctx.db('staff').where('name', 'like', '列表%').select('id')) as { id: number }[];
    await t.desk.ctx.db('credits').insert(more.map((m) => ({ staff_id: m.id, year: 2024, compulsory: 60, elective: 40, as_of: '2024-09-01', imported_at: 'x' })));
    await call(t.desk, 'bookings.book', { year: 2024, sessionAt: '2024-10-29T08:30', staffIds: more.map((m) => m.id) });
    const pdf = await exported('bookings.exportList', { year: 2024, format: 'pdf' });
    const text = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' });
    expect(pdf.rows).toBe(43);
    expect(text).toContain('2024 年学法考法报考名单');
    expect(text).toContain('卫分类');
    expect(text).toMatch(/第\s*2\s*页\s*\/\s*共\s*2\s*页/);
    expect(text).toContain('2024-09-20 15:00');
    expect(text).toContain(ids[0]);
  });
});
