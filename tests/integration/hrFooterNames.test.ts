import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

/*
 * An HR roster as XlsxWriter wrote it, and as LibreOffice Calc and Gnumeric
 * saved it again (tests/fixtures/hr/make.sh): 王\u3000伟 padded with a full-width
 * space, 欧阳⏎明 wrapped in its cell, 买买提・艾力 with the katakana dot, 张三;
 * then a blank row, 合计 4人, 填表人/联系电话, a blank row and a note.
 */
const fixtures = ['footer-names.xlsx', 'footer-names.libreoffice.xlsx', 'footer-names.gnumeric.xlsx'];
const fixture = (name: string) => path.resolve(__dirname, '../fixtures/hr', name);

let desk: Desk;
let dir: string;
useTempDesk(async (open) => {
  ({ desk, dir } = open);
  await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
});

describe.each(fixtures)('an HR roster with a footer and untidy names (%s)', (name) => {
  it('reads the four people, lists the footer lines as not imported, and names each tidied name', async () => {
    const { report, plan } = await importRoster(desk.ctx, fixture(name), { dryRun: true });
    expect(report).toMatchObject({ headerRow: 2, rows: 4, created: 4, errors: [], footerRows: 3, namesNormalized: 3, applied: false });
    expect(plan.footer).toEqual([
      { row: 8, text: '合计 4人' },
      { row: 9, text: '填表人：李四  联系电话：0730-5223456' },
      { row: 11, text: '注：本表由人事科按 2024 年 8 月底在编人员填写。' },
    ]);
    expect(plan.namesNormalized).toEqual([
      { row: 3, typed: '王\u3000伟', stored: '王伟' },
      { row: 4, typed: '欧阳\n明', stored: '欧阳明' },
      { row: 5, typed: '买买提\u30fb艾力', stored: '买买提\u00b7艾力' },
    ]);
  });
});

describe('importing it', () => {
  it('stores the tidied names, so 王伟 and 欧阳明 are found, and a clean file later shows no change', async () => {
    const { report } = await importRoster(desk.ctx, fixture('footer-names.libreoffice.xlsx'));
    expect(report).toMatchObject({ applied: true, created: 4, footerRows: 3, namesNormalized: 3 });
    expect(((await desk.ctx.db('staff').orderBy('id').pluck('name')) as string[])).toEqual(['王伟', '欧阳明', '买买提·艾力', '张三']);
    for (const q of ['王伟', '欧阳明']) expect((await call(desk, 'staff.search', { query: q, year: 2024, limit: 10 })).rows.map((r) => r.name)).toEqual([q]);
    // The same file again: the untidy names match what was stored.
    const again = await importRoster(desk.ctx, fixture('footer-names.gnumeric.xlsx'), { dryRun: true });
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });
});

describe('what is not a footer', () => {
  it('keeps a person with an ID number below a 合计 line, and a person with only a name after a blank row as a row error', async () => {
    const a = idNumber('1980-03-04', 21);
    const b = idNumber('1981-03-04', 23);
    const file = await writeSheet(dir, 'mixed.xlsx', [
      ['姓名', '身份证号', '单位'],
      ['甲', a, '汨罗市司法局'],
      [],
      ['乙'],
      ['小计 1人'],
      ['丙', b, '汨罗市司法局'],
    ]);
    const { report, plan } = await importRoster(desk.ctx, file, { dryRun: true });
    expect(plan.footer.map((f) => f.row)).toEqual([5]);
    expect(report).toMatchObject({ rows: 3, created: 2, footerRows: 1 });
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'ID_MISSING'],
      [4, 'UNIT_MISSING'],
    ]);
  });
});

describe('a workbook that asks to be recalculated when opened (XlsxWriter, tests/fixtures/hr/formulasRecalc.py)', () => {
  it('never imports a formula’s stored placeholder: each formula cell of a roster column is a row error saying to save the file again', async () => {
    const { report, plan } = await importRoster(desk.ctx, fixture('formulas-recalc.xlsx'), { dryRun: true, createUnits: true });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '单位', 'CELL_ERROR'],
      [4, '单位', 'CELL_ERROR'],
      [5, '姓名', 'CELL_ERROR'],
    ]);
    for (const e of report.errors) expect(e.message).toContain('打开并重新保存');
    // Neither a unit nor a person called "0".
    expect(plan.unitsToCreate).toEqual([]);
    expect(plan.firstCreated.map((p) => p.name)).toEqual(['赵一']);
  });
});

describe('a two-row header (干部花名册 saved by LibreOffice Calc, tests/fixtures/hr/twoRowHeader.py)', () => {
  it('reads 姓名 merged down over both rows and 身份证号/单位 under 基本信息, and names both header rows', async () => {
    const { report, plan } = await importRoster(desk.ctx, fixture('two-row-header.libreoffice.xlsx'), { dryRun: true });
    expect(report).toMatchObject({ sheet: '干部花名册', headerFrom: 2, headerRow: 3, rows: 2, created: 2, errors: [] });
    expect(plan.firstCreated.map((p) => [p.row, p.name, p.unitPath, p.phone])).toEqual([
      [4, '周甲', '汨罗市司法局', '13800000041'],
      [5, '吴乙', '汨罗市司法局', null],
    ]);
  });

  it('takes the picked lower row (--header-row 3) together with the row above it', async () => {
    const { report } = await importRoster(desk.ctx, fixture('two-row-header.libreoffice.xlsx'), { dryRun: true, headerRow: 3 });
    expect(report).toMatchObject({ headerFrom: 2, headerRow: 3, created: 2, errors: [] });
  });

  it('still refuses a picked row that lacks a column even with the row above it', async () => {
    await expect(importRoster(desk.ctx, fixture('two-row-header.libreoffice.xlsx'), { dryRun: true, headerRow: 2 })).rejects.toMatchObject({ code: 'HEADER_MISSING' });
  });
});
