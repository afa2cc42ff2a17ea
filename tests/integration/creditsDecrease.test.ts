import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFile } from '../../electron/core/files/outbox';
import type { Staff } from '../../shared/staff/schemas';
import { auditActions, openBookingDesk, person, uploadRows, type BookingDesk } from '../helpers/bookingFixtures';
import { openDesk } from '../../electron/core/desk';
import { fixedClock } from '../../electron/core/clock';
import { xuefa } from '../helpers/cli';
import { call, refusal } from '../helpers/tempDesk';
import { exemption } from '../helpers/yearWork';

/*
 * Credits that go down. 税务局 holds 甲 乙 丙 丁 戊 and 己 (己's illness
 * exemption is approved). A first file, 数据截至 2024-08-31, gives 甲 乙 丁
 * and 己 the full 60 + 40 and 丙 30 + 20; 戊 is in no file. A second file,
 * 统计截止日期 2024年9月10日, lowers 乙's compulsory by 10, 丁's elective by 10
 * and 己's compulsory by 5, raises 丙 and leaves 甲 as he was.
 */
let t: BookingDesk;
let p: Record<string, Staff>;
beforeEach(async () => {
  t = await openBookingDesk();
  p = {};
  for (const n of ['甲', '乙', '丙', '丁', '戊', '己']) p[n] = await person(t.desk, t.tax.id, `学分${n}`);
  await exemption(t.desk, p['己']!.id, 'approved');
});
afterEach(async () => t.cleanup());

/** The same folder opened again after the command line has used it. */
async function reopen(dir: string): Promise<BookingDesk> {
  const desk = await openDesk({ mode: 'cli', dataDir: dir, clock: fixedClock('2024-09-02T09:00:00+08:00'), actor: 'tester' });
  return { ...t, desk, cleanup: async () => { await desk.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

const header = ['身份证号', '姓名', '公共必修学分', '选修学分'];
const row = (n: string, c: number, e: number) => [p[n]!.idNumber, `学分${n}`, c, e];

async function firstFile(): Promise<void> {
  const fileId = await uploadRows(t.desk, '学分0831.xlsx', [['如法网学分统计'], ['数据截至 2024-08-31'], header, row('甲', 60, 40), row('乙', 60, 40), row('丙', 30, 20), row('丁', 60, 40), row('己', 60, 40)]);
  const r = await call(t.desk, 'credits.apply', { fileId, year: 2024 });
  expect(r).toMatchObject({ applied: true, asOf: '2024-08-31', asOfFromFile: '2024-08-31', decreases: [] });
}
const secondFile = () =>
  uploadRows(t.desk, '学分0910.xlsx', [['学员学分统计表（统计截止日期：2024年9月10日）'], header, row('甲', 60, 40), row('乙', 50, 40), row('丙', 40, 25), row('丁', 60, 30), row('己', 55, 40)]);

const creditRows = () => t.desk.ctx.db('credits').orderBy('staff_id').select('staff_id', 'compulsory', 'elective', 'as_of');
const tableCounts = async () => ({
  audit: (await t.desk.ctx.db('audit_log').count({ n: '*' }))[0],
  imports: (await t.desk.ctx.db('platform_imports').count({ n: '*' }))[0],
});
const funnel = async () => (await call(t.desk, 'stats.summary', { year: 2024, unitId: t.tax.id })).total;

describe('credits that go down (学分减少)', () => {
  it('lists who goes down and by how much in the dry run, refuses to apply them unconfirmed, and applies them audited when confirmed', async () => {
    await firstFile();
    // 参加 6 (甲乙丙丁戊己), 免考 1 (己), 学分达标 among the rest: 甲 乙 丁.
    expect(await funnel()).toMatchObject({ takingPart: 6, exempt: 1, expected: 5, creditsComplete: 3 });

    const fileId = await secondFile();
    const dry = await call(t.desk, 'credits.preview', { fileId, year: 2024 });
    expect(dry).toMatchObject({ applied: false, asOf: '2024-09-10', asOfFromFile: '2024-09-10', errorTotal: 0 });
    expect(dry.items).toHaveLength(5);
    expect(dry.decreases.map((d) => [d.name, d.unitPath, d.before.compulsory, d.before.elective, d.after.compulsory, d.after.elective, d.compulsoryDrop, d.electiveDrop])).toEqual([
      ['学分乙', '税务局', 60, 40, 50, 40, 10, 0],
      ['学分丁', '税务局', 60, 40, 60, 30, 0, 10],
      ['学分己', '税务局', 60, 40, 55, 40, 5, 0],
    ]);
    expect(dry.decreases[0]!.before.asOf).toBe('2024-08-31');

    const before = await creditRows();
    const counts = await tableCounts();
    const e = await refusal(t.desk, 'credits.apply', { fileId, year: 2024 });
    expect(e.code).toBe('CREDITS_DECREASE_UNCONFIRMED');
    expect(e.message).toContain('3 人的学分减少');
    expect(e.message).toContain('学分乙、学分丁、学分己');
    expect(await creditRows()).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
    expect(await funnel()).toMatchObject({ creditsComplete: 3 });

    const done = await call(t.desk, 'credits.apply', { fileId, year: 2024, confirmDecreases: true });
    expect(done.applied).toBe(true);
    expect(await creditRows()).toEqual([
      { staff_id: p['甲']!.id, compulsory: 60, elective: 40, as_of: '2024-09-10' },
      { staff_id: p['乙']!.id, compulsory: 50, elective: 40, as_of: '2024-09-10' },
      { staff_id: p['丙']!.id, compulsory: 40, elective: 25, as_of: '2024-09-10' },
      { staff_id: p['丁']!.id, compulsory: 60, elective: 30, as_of: '2024-09-10' },
      { staff_id: p['己']!.id, compulsory: 55, elective: 40, as_of: '2024-09-10' },
    ]);
    const audit = (await t.desk.ctx.db('audit_log').where({ action: 'credits.set', entity_id: p['乙']!.id }).orderBy('id').select('before_json', 'after_json')) as { before_json: string; after_json: string }[];
    expect(audit.map((a) => [JSON.parse(a.before_json), JSON.parse(a.after_json)]).at(-1)).toEqual([
      { compulsory: 60, elective: 40, asOf: '2024-08-31' },
      { compulsory: 50, elective: 40, asOf: '2024-09-10' },
    ]);
    const importAudit = await t.desk.ctx.db('audit_log').where({ action: 'credits.import' }).orderBy('id', 'desc').first('after_json');
    expect(JSON.parse((importAudit as { after_json: string }).after_json)).toMatchObject({ asOf: '2024-09-10', asOfFromFile: '2024-09-10', people: 5, decreased: 3 });
    expect(await auditActions(t.desk, 'credits.import')).toEqual(['credits.import', 'credits.import']);

    // 学分达标 by hand after the second file: 甲 (60/40) only; 乙 50, 丁 30 fall short, 丙 still short, 戊 none, 己 exempt.
    expect(await funnel()).toMatchObject({ takingPart: 6, exempt: 1, expected: 5, creditsComplete: 1 });
    const list = await call(t.desk, 'credits.list', { year: 2024, unitId: t.tax.id });
    expect(list).toMatchObject({ total: 6, complete: 1 }); // 甲 alone: 己 now has 55 compulsory
  });

  it('a file that only raises figures needs no confirmation', async () => {
    await firstFile();
    const fileId = await uploadRows(t.desk, '学分.xlsx', [['截至2024/9/5'], header, row('丙', 60, 40)]);
    const r = await call(t.desk, 'credits.apply', { fileId, year: 2024 });
    expect(r).toMatchObject({ applied: true, asOf: '2024-09-05', decreases: [] });
  });
});

describe('the 截至 date of a credits file', () => {
  it('is read from the title rows, the admin’s date wins, and without either applying is refused with nothing written', async () => {
    const plain = await uploadRows(t.desk, '学分.xlsx', [['如法网学分统计（导出于 2024-09-01）'], header, row('甲', 60, 40)]);
    const dry = await call(t.desk, 'credits.preview', { fileId: plain, year: 2024 });
    expect(dry).toMatchObject({ asOf: null, asOfFromFile: null, applied: false });
    const e = await refusal(t.desk, 'credits.apply', { fileId: plain, year: 2024 });
    expect(e.code).toBe('CREDITS_AS_OF_MISSING');
    expect(await creditRows()).toEqual([]);
    expect(await tableCounts()).toMatchObject({ imports: { n: 0 } });

    const given = await call(t.desk, 'credits.apply', { fileId: plain, year: 2024, asOf: '2024-09-01' });
    expect(given).toMatchObject({ applied: true, asOf: '2024-09-01', asOfFromFile: null });
    expect(await t.desk.ctx.db('platform_imports').select('as_of')).toEqual([{ as_of: '2024-09-01' }]);

    const titled = await uploadRows(t.desk, '学分2.xlsx', [['数据截至：2024年9月3日'], header, row('乙', 60, 40)]);
    const both = await call(t.desk, 'credits.preview', { fileId: titled, year: 2024, asOf: '2024-09-04' });
    expect(both).toMatchObject({ asOf: '2024-09-04', asOfFromFile: '2024-09-03' });
  });
});

describe('学分未修满: the filter and the list exported to Excel', () => {
  it('lists those who must complete credits and have not, unit by unit, with how much each is short', async () => {
    await firstFile();
    const clerk = await person(t.desk, t.office.id, '学分庚');
    await person(t.desk, t.office.id, '学分辛', { status: '退休' });
    await t.desk.ctx.db('credits').insert({ staff_id: clerk.id, year: 2024, compulsory: 60, elective: 35.5, as_of: '2024-08-31', imported_at: '2024-09-01T00:00:00Z' });

    // By hand: 丙 (30/20) and 戊 (never imported) in 税务局, 庚 (60/35.5) in 汨罗镇/办公室; 甲 乙 丁 are complete,
    // 己 is exempt, 辛 retired.
    const short = await call(t.desk, 'credits.list', { year: 2024, onlyShort: true });
    expect(short.rows.map((r) => r.name)).toEqual(['学分丙', '学分戊', '学分庚']);
    expect(short).toMatchObject({ total: 3, complete: 0 });
    const taxOnly = await call(t.desk, 'credits.list', { year: 2024, onlyShort: true, unitId: t.tax.id });
    expect(taxOnly.rows.map((r) => r.name)).toEqual(['学分丙', '学分戊']);

    const file = await call(t.desk, 'credits.exportShort', { year: 2024 });
    expect(file).toMatchObject({ name: '学分未修满名单-2024.xlsx', rows: 3 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await exportFile(t.desk.ctx.paths.dataDir, file.fileId)).path);
    const ws = wb.getWorksheet('学分未修满')!;
    const values: unknown[][] = [];
    ws.eachRow((r) => values.push((r.values as unknown[]).slice(1)));
    expect(values[1]![0]).toContain('未修满 3 人');
    expect(values[2]![0]).toBe('各单位未修满人数：汨罗镇/办公室 1 人；税务局 2 人');
    const header = values.findIndex((v) => v[0] === '序号');
    expect(values[header]).toEqual(['序号', '单位', '姓名', '身份证号', '公共必修', '选修', '必修还差', '选修还差', '数据截至']);
    expect(values.slice(header + 1, header + 4)).toEqual([
      [1, '汨罗镇/办公室', '学分庚', clerk.idNumber, 60, 35.5, 0, 4.5, '2024-08-31'],
      [2, '税务局', '学分丙', p['丙']!.idNumber, 30, 20, 30, 20, '2024-08-31'],
      [3, '税务局', '学分戊', p['戊']!.idNumber, '未导入', '未导入', 60, 40, ''],
    ]);
  });
});

describe('on the command line', () => {
  it('xuefa call credits.apply is refused (exit 1, nothing written) until confirmDecreases is given', async () => {
    await firstFile();
    const fileId = await secondFile();
    const dir = t.dir;
    await t.desk.close();
    const args = { fileId, year: 2024 };
    const refusedRun = await xuefa('call', 'credits.apply', JSON.stringify(args), '--data-dir', dir, '--json');
    expect(refusedRun.code).toBe(1);
    expect(JSON.parse(refusedRun.stdout)).toMatchObject({ ok: false, error: { code: 'CREDITS_DECREASE_UNCONFIRMED' } });
    const applied = await xuefa('call', 'credits.apply', JSON.stringify({ ...args, confirmDecreases: true }), '--data-dir', dir, '--json');
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ applied: true, asOf: '2024-09-10', decreases: [{ name: '学分乙' }, { name: '学分丁' }, { name: '学分己' }] });
    t = await reopen(dir);
    expect((await creditRows()).find((r: { staff_id: number }) => r.staff_id === p['乙']!.id)).toMatchObject({ compulsory: 50, as_of: '2024-09-10' });
  });
});
