import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { readRoster } from '../../electron/core/excel/readRoster';
import { readSheetSample, SAMPLE_COLUMNS, SAMPLE_ROWS } from '../../electron/core/excel/sheetSample';
import { tempDir } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

/*
 * When the desk cannot find the header row by itself (the file's headers use
 * words it does not know), the admin looks at the sheet's first rows, points
 * at the header row and says which column is which.
 */
let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('xuefa-header-')));
afterAll(() => cleanup());

const ZHANG = idNumber('1985-03-07', 11);
const LI = idNumber('1990-12-01', 22);

/** HR's own words: none of 员工名 / 证件编码 / 所属机构 is a header the desk knows. */
const unknownHeaders = ['序号', '员工名', '证件编码', '所属机构', '联系电话'];

async function errorOf(run: Promise<unknown>): Promise<SpreadsheetFileError> {
  const e = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SpreadsheetFileError);
  return e as SpreadsheetFileError;
}

describe('reading a roster from a header row the admin picked', () => {
  it('takes the given row as the header and matches its columns by the admin’s choices', async () => {
    const file = await writeSheet(dir, 'hr.xlsx', [
      ['某某局 2024 年人员名单'],
      ['制表：人事科'],
      unknownHeaders,
      [1, '张三', ZHANG, '汨罗市司法局', '13812345678'],
      [2, '李四', LI, '汨罗市司法局/公证处', ''],
    ]);
    // Unknown words: the search finds no header, and says so.
    expect((await errorOf(readRoster(file))).code).toBe('HEADER_MISSING');

    const sheet = await readRoster(file, { headerRow: 3, overrides: { 员工名: 'name', 证件编码: 'idNumber', 所属机构: 'unit' } });
    expect(sheet).toMatchObject({ sheet: '名册', headerRow: 3, headers: unknownHeaders });
    expect(sheet.columns.map((c) => [c.field, c.column, c.header])).toEqual([
      ['name', 2, '员工名'],
      ['idNumber', 3, '证件编码'],
      ['unit', 4, '所属机构'],
      ['phone', 5, '联系电话'],
    ]);
    expect(sheet.rows).toEqual([
      { row: 4, cells: { name: '张三', idNumber: ZHANG, unit: '汨罗市司法局', phone: '13812345678' } },
      { row: 5, cells: { name: '李四', idNumber: LI, unit: '汨罗市司法局/公证处', phone: '' } },
    ]);
  });

  it('reads a header row further down than the search looks (row 35), skipping the rows above it', async () => {
    const notes = Array.from({ length: 33 }, (_, i) => [`填表说明第 ${i + 1} 条`]);
    const file = await writeSheet(dir, 'deep.xlsx', [...notes, [], ['姓名', '身份证号', '单位'], ['张三', ZHANG, '汨罗市司法局']]);
    expect((await errorOf(readRoster(file))).message).toContain('前 30 行中找不到表头');
    const sheet = await readRoster(file, { headerRow: 35 });
    expect(sheet.headerRow).toBe(35);
    expect(sheet.rows).toEqual([{ row: 36, cells: { name: '张三', idNumber: ZHANG, unit: '汨罗市司法局' } }]);
  });

  it('names exactly the required columns still missing, and what to do', async () => {
    const file = await writeSheet(dir, 'partial.xlsx', [['名单'], unknownHeaders, [1, '张三', ZHANG, '汨罗市司法局', '']]);
    const two = await errorOf(readRoster(file, { headerRow: 2, overrides: { 员工名: 'name' } }));
    expect(two.code).toBe('HEADER_MISSING');
    expect(two.message).toBe(
      'partial.xlsx 的工作表“名册”第 2 行作为表头时，还缺少必填的“身份证号”“单位”列。请为每一项指定文件中对应的一列，或确认第 2 行是表头。',
    );
    const one = await errorOf(readRoster(file, { headerRow: 2, overrides: { 员工名: 'name', 证件编码: 'idNumber' } }));
    expect(one.message).toContain('还缺少必填的“单位”列。请为它指定文件中对应的一列');
    expect(one.message).not.toContain('身份证号');
    // The title row picked by mistake: nothing of it is a column the roster needs.
    const title = await errorOf(readRoster(file, { headerRow: 1, overrides: { 员工名: 'name', 证件编码: 'idNumber', 所属机构: 'unit' } }));
    expect(title.message).toContain('第 1 行作为表头时，还缺少必填的“姓名”“身份证号”“单位”列');
  });

  it('refuses a blank row or a row past the sheet’s end as the header', async () => {
    const file = await writeSheet(dir, 'gap.xlsx', [['名单'], [], ['姓名', '身份证号', '单位'], ['张三', ZHANG, '汨罗市司法局']]);
    expect((await errorOf(readRoster(file, { headerRow: 2 }))).message).toBe('gap.xlsx 的工作表“名册”第 2 行是空行，不能作为表头。请选择写着各列名称的那一行。');
    const past = await errorOf(readRoster(file, { headerRow: 40 }));
    expect(past).toMatchObject({ code: 'HEADER_MISSING' });
    expect(past.message).toContain('第 40 行是空行');
  });

  it('reads the given row of the sheet asked for, hidden or not; without one, of the first visible sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('旧名册', { state: 'hidden' });
    hidden.addRow(['x']);
    hidden.addRow(['姓名', '身份证号', '单位']);
    hidden.addRow(['旧人', LI, '旧单位']);
    const shown = wb.addWorksheet('名册');
    shown.addRow(['姓名', '身份证号', '单位']);
    shown.addRow(['张三', ZHANG, '汨罗市司法局']);
    const file = path.join(dir, 'two.xlsx');
    await wb.xlsx.writeFile(file);
    expect(await readRoster(file, { headerRow: 1 })).toMatchObject({ sheet: '名册', rows: [{ row: 2, cells: { name: '张三' } }] });
    expect(await readRoster(file, { sheet: '旧名册', headerRow: 2 })).toMatchObject({ sheet: '旧名册', rows: [{ row: 3, cells: { name: '旧人' } }] });
    // The first visible sheet only: row 2 of 名册 is a data row, not 旧名册's header.
    expect((await errorOf(readRoster(file, { headerRow: 2 }))).message).toContain('工作表“名册”第 2 行作为表头时');
  });
});

describe('the first rows of a sheet, to pick the header from', () => {
  it('reads a title-row file: non-blank rows with their row numbers, trailing blanks dropped', async () => {
    const file = await writeSheet(dir, 'title.xlsx', [
      ['某某局 2024 年人员名单', null, null],
      [],
      unknownHeaders,
      [1, '张三', ZHANG, '汨罗市司法局', null, null],
      [2, '李四', LI, '汨罗市司法局/公证处', 13912345678],
    ]);
    const sample = await readSheetSample(file);
    expect(sample).toEqual({
      sheets: [{ name: '名册', hidden: false }],
      sheet: '名册',
      rows: [
        { row: 1, cells: ['某某局 2024 年人员名单'] },
        { row: 3, cells: unknownHeaders },
        { row: 4, cells: ['1', '张三', ZHANG, '汨罗市司法局'] },
        { row: 5, cells: ['2', '李四', LI, '汨罗市司法局/公证处', '13912345678'] },
      ],
      moreColumns: false,
    });
  });

  it('lists hidden sheets, samples the first visible one, or the one asked for', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('下拉选项', { state: 'hidden' }).addRow(['一级科员']);
    wb.addWorksheet('人员').addRows([['人员名单'], unknownHeaders]);
    wb.addWorksheet('说明', { state: 'veryHidden' }).addRow(['填表说明']);
    const file = path.join(dir, 'hidden.xlsx');
    await wb.xlsx.writeFile(file);

    const first = await readSheetSample(file);
    expect(first.sheets).toEqual([
      { name: '下拉选项', hidden: true },
      { name: '人员', hidden: false },
      { name: '说明', hidden: true },
    ]);
    expect(first.sheet).toBe('人员');
    expect(first.rows.map((r) => r.cells[0])).toEqual(['人员名单', '序号']);
    expect(await readSheetSample(file, { sheet: '下拉选项' })).toMatchObject({ sheet: '下拉选项', rows: [{ row: 1, cells: ['一级科员'] }] });
    const none = await errorOf(readSheetSample(file, { sheet: '花名册' }));
    expect(none).toMatchObject({ code: 'HEADER_MISSING', message: 'hidden.xlsx 中没有名为“花名册”的工作表。' });
  });

  it(`stops at row ${SAMPLE_ROWS} and at ${SAMPLE_COLUMNS} columns`, async () => {
    const wide = Array.from({ length: SAMPLE_COLUMNS + 5 }, (_, i) => `列${i + 1}`);
    const rows = Array.from({ length: 50 }, (_, i) => [`第 ${i + 1} 行`]);
    rows[2] = wide;
    const file = await writeSheet(dir, 'long.xlsx', rows);
    const sample = await readSheetSample(file);
    expect(sample.rows.map((r) => r.row)).toEqual(Array.from({ length: SAMPLE_ROWS }, (_, i) => i + 1));
    expect(sample.rows[2]!.cells).toHaveLength(SAMPLE_COLUMNS);
    expect(sample.moreColumns).toBe(true);
  });

  it('refuses what is not a workbook with the roster reader’s own messages', async () => {
    const csv = path.join(dir, '名单.xlsx');
    fs.writeFileSync(csv, '姓名,身份证号\n张三,1\n');
    expect(await errorOf(readSheetSample(csv))).toMatchObject({ code: 'FILE_UNREADABLE', message: '名单.xlsx 是文本或 CSV 文件，不是 Excel 工作簿。请在 Excel 或 WPS 中打开后“另存为”.xlsx 再导入。' });
    const good = await writeSheet(dir, 'small.xlsx', [unknownHeaders]);
    const tiny = { maxFileBytes: 100, maxUncompressedBytes: 1e9, maxRatio: 250, ratioFloorBytes: 1e9, maxEntries: 5000 };
    expect((await errorOf(readSheetSample(good, { limits: tiny }))).code).toBe('FILE_TOO_LARGE');
  });
});
