import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { exportRoster } from '../../electron/core/excel/exportRoster';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { call } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

let desk: Desk;
let dir: string;
useTempDesk(async (open) => {
  ({ desk, dir } = open);
  const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  await call(desk, 'units.create', { name: '公证处', parentId: top.id });
  const edu = await call(desk, 'units.create', { name: '汨罗市教育局', parentId: null });
  await call(desk, 'units.create', { name: '公证处', parentId: edu.id });
});

const ZHANG = idNumber('1985-03-07', 11);
const LI = idNumber('1990-12-01', 22);
const WANG = idNumber('1972-06-30', 33);
const header = ['姓名', '身份证号', '单位', '手机号码', '职级', '在职状态'];

async function snapshot() {
  return {
    staff: await desk.ctx.db('staff').orderBy('id').select(),
    units: await desk.ctx.db('units').orderBy('id').select(),
    audit: Number(((await desk.ctx.db('audit_log').count({ n: '*' }).first()) as { n: number }).n),
  };
}

describe('importing a roster', () => {
  it('applies new people in one go, with a backup first and an audit row per person', async () => {
    const file = await writeSheet(dir, 'new.xlsx', [
      ['2024 年名册'],
      header,
      ['张三', ZHANG, '汨罗市司法局', '138 1234 5678', '一级科员', '在职'],
      ['李四', LI.toLowerCase(), '汨罗市司法局/公证处', '', '', ''],
    ]);
    const { report, backup } = await importRoster(desk.ctx, file);
    expect(report).toEqual({ sheet: '名册', headerRow: 2, headerFrom: 2, rows: 2, created: 2, updated: 0, unchanged: 0, transfers: 0, unitsCreated: 0, absent: 0, namesNormalized: 0, footerRows: 0, applied: true, errors: [] });
    expect(backup && fs.existsSync(backup)).toBeTruthy();
    const staff = await desk.ctx.db('staff').orderBy('id').select('name', 'id_number', 'phone', 'sex', 'birth_date', 'status', 'retirement_age');
    expect(staff).toEqual([
      { name: '张三', id_number: ZHANG, phone: '13812345678', sex: '男', birth_date: '1985-03-07', status: '在职', retirement_age: 60 },
      { name: '李四', id_number: LI, phone: null, sex: '女', birth_date: '1990-12-01', status: '在职', retirement_age: 55 },
    ]);
    const actions = (await desk.ctx.db('audit_log').pluck('action')) as string[];
    expect(actions.filter((a) => a === 'staff.create')).toHaveLength(2);
    expect(actions).toContain('import.apply');
  });

  it('reports every error with row, column and code, and writes nothing', async () => {
    const file = await writeSheet(dir, 'bad.xlsx', [
      header,
      ['张三', ZHANG, '汨罗市司法局', '13812345678', '', ''],
      ['', idNumber('1980-01-01', 1), '汨罗市司法局', '', '', ''],
      // eslint-disable-next-line no-loss-of-precision -- an 18-digit ID typed as a number: the Excel trap under test
      ['王五', 430681198001010011, '汨罗市司法局', '', '', ''],
      ['赵六', `${ZHANG.slice(0, 17)}${ZHANG[17] === '1' ? '2' : '1'}`, '汨罗市司法局', '', '', ''],
      ['钱七', '4306811980', '汨罗市司法局', '', '', ''],
      ['孙八', '', '汨罗市司法局', '', '', ''],
      ['张三', ZHANG, '汨罗市司法局', '', '', ''],
      ['周九', WANG, '', '', '', ''],
      ['吴十', idNumber('1981-01-01', 3), '财政局', '', '', ''],
      ['郑一', idNumber('1982-01-01', 5), '公证处', '', '', ''],
      ['冯二', idNumber('1983-01-01', 7), '汨罗市司法局', '12345', '', ''],
      ['陈三', idNumber('1984-01-01', 9), '汨罗市司法局', '', '处长', '休假'],
    ]);
    const before = await snapshot();
    const { report, backup } = await importRoster(desk.ctx, file);
    expect(report.applied).toBe(false);
    expect(backup).toBeNull();
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '姓名', 'NAME_MISSING'],
      [4, '身份证号', 'ID_PRECISION_LOST'],
      [5, '身份证号', 'ID_CHECKSUM'],
      [6, '身份证号', 'ID_FORMAT'],
      [7, '身份证号', 'ID_MISSING'],
      [8, '身份证号', 'ID_DUPLICATE'],
      [9, '单位', 'UNIT_MISSING'],
      [10, '单位', 'UNIT_UNKNOWN'],
      [11, '单位', 'UNIT_AMBIGUOUS'],
      [12, '手机号码', 'PHONE_FORMAT'],
      [13, '职级', 'VALUE_UNKNOWN'],
      [13, '在职状态', 'VALUE_UNKNOWN'],
    ]);
    expect(report.errors[1]!.message).toContain('第 4 行“身份证号”列');
    expect(report.errors[1]!.message).toContain('文本');
    expect(report.errors[5]!.message).toContain('与第 2 行重复');
    expect(report.errors[8]!.message).toContain('汨罗市司法局/公证处；汨罗市教育局/公证处');
    expect(report.errors[9]!.message).toBe('第 12 行“手机号码”列：“12345”不是有效的手机号码：手机号码应为 11 位数字，以 1 开头（当前为 5 位）。');
    // The counts still say what the valid row would do.
    expect(report).toMatchObject({ rows: 12, created: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('with skip-invalid applies the valid rows and still reports the errors', async () => {
    const file = await writeSheet(dir, 'mixed.xlsx', [header, ['张三', ZHANG, '汨罗市司法局'], ['李四', '123', '汨罗市司法局']]);
    const { report } = await importRoster(desk.ctx, file, { skipInvalid: true });
    expect(report).toMatchObject({ applied: true, created: 1, errors: [{ row: 3, code: 'ID_FORMAT' }] });
    expect(await desk.ctx.db('staff').pluck('name')).toEqual(['张三']);
  });

  it('a dry run lists what would change and writes nothing', async () => {
    const file = await writeSheet(dir, 'dry.xlsx', [header, ['张三', ZHANG, '汨罗市司法局']]);
    const before = await snapshot();
    const { report, plan } = await importRoster(desk.ctx, file, { dryRun: true });
    expect(report).toMatchObject({ applied: false, created: 1, errors: [] });
    expect(plan.firstCreated[0]).toMatchObject({ name: '张三', unitPath: '汨罗市司法局', sex: '男' });
    expect(await snapshot()).toEqual(before);
  });

  it('creates the missing units of a path only when asked', async () => {
    const file = await writeSheet(dir, 'units.xlsx', [header, ['张三', ZHANG, '汨罗市司法局＞法律援助中心＞综合股']]);
    expect((await importRoster(desk.ctx, file)).report.errors[0]!.code).toBe('UNIT_UNKNOWN');
    const { report } = await importRoster(desk.ctx, file, { createUnits: true });
    expect(report).toMatchObject({ applied: true, created: 1, unitsCreated: 2 });
    const units = await call(desk, 'units.list', {});
    expect(units.map((u) => u.path)).toContain('汨罗市司法局/法律援助中心/综合股');
  });

  it('compares by ID number: changes old → new, unit changes as transfers, absent people reported not deleted', async () => {
    await importRoster(desk.ctx, await writeSheet(dir, 'v1.xlsx', [header, ['张三', ZHANG, '汨罗市司法局', '13812345678'], ['李四', LI, '汨罗市司法局'], ['王五', WANG, '汨罗市司法局']]));
    const v2 = await writeSheet(dir, 'v2.xlsx', [header, ['张三', ZHANG, '汨罗市司法局/公证处', '13900000000'], ['李四', LI, '汨罗市司法局', '', '', '退休']]);
    const { report, plan } = await importRoster(desk.ctx, v2, { dryRun: true });
    expect(report).toMatchObject({ created: 0, updated: 2, transfers: 1, unchanged: 0, absent: 1 });
    expect(plan.updated[0]!.changes).toEqual([
      { field: 'unit', old: '汨罗市司法局', new: '汨罗市司法局/公证处' },
      { field: 'phone', old: '13812345678', new: '13900000000' },
    ]);
    expect(plan.absent).toEqual([{ idNumber: WANG, name: '王五', unitPath: '汨罗市司法局' }]);
    await importRoster(desk.ctx, v2);
    const actions = (await desk.ctx.db('audit_log').where('staff_id', '>', 0).pluck('action')) as string[];
    expect(actions.filter((a) => a === 'staff.transfer')).toHaveLength(1);
    expect(await desk.ctx.db('staff').count({ n: '*' })).toEqual([{ n: 3 }]);
  });

  it('re-importing its own export reports every row unchanged', async () => {
    await importRoster(desk.ctx, await writeSheet(dir, 'seed.xlsx', [header, ['张三', ZHANG, '汨罗市司法局', '13812345678', '一级科员', '在职'], ['=李四', LI, '汨罗市教育局/公证处']]));
    const out = path.join(dir, 'export.xlsx');
    await exportRoster(desk.ctx, out);
    const { report } = await importRoster(desk.ctx, out, { dryRun: true });
    expect(report).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, absent: 0, errors: [] });
  });

  it('refuses an unreadable file as a whole', async () => {
    const file = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(file, '姓名,身份证号\n');
    await expect(importRoster(desk.ctx, file)).rejects.toBeInstanceOf(SpreadsheetFileError);
  });
});
