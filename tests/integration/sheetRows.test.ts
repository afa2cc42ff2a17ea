import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { readRoster } from '../../electron/core/excel/readRoster';
import { readTable } from '../../electron/core/excel/readTable';
import { readSheetSample } from '../../electron/core/excel/sheetSample';
import { inline, sheet, workbook } from '../hostile/xlsxCorpus';
import { tempDir } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

let t: ReturnType<typeof tempDir>;
beforeAll(() => void (t = tempDir('xuefa-sheet-rows-')));
afterAll(() => t.cleanup());

const ID = idNumber('1980-01-01', 1);
const HEADER = `<row r="1">${inline('A1', '姓名')}${inline('B1', '身份证号')}${inline('C1', '单位')}${inline('D1', '备注')}</row>`;

/** A workbook of one sheet whose rows are given as XML; its roster as read. */
async function read(name: string, rows: string) {
  return readRoster(await workbook(path.join(t.dir, name), sheet(HEADER + rows)));
}

describe('a sheet’s rows read straight from its XML', () => {
  it('keeps a formula’s result of 0 or empty text as the cell shows it, not as a formula without a result', async () => {
    const roster = await read(
      'falsy-results.xlsx',
      `<row r="2">${inline('A2', '张三')}${inline('B2', ID)}${inline('C2', '汨罗市司法局')}<c r="D2"><f>1-1</f><v>0</v></c></row>` +
        `<row r="3">${inline('A3', '李四')}${inline('B3', idNumber('1981-02-02', 3))}${inline('C3', '汨罗市司法局')}<c r="D3" t="str"><f>""</f><v></v></c></row>`,
    );
    expect(roster.rows).toEqual([
      { row: 2, cells: { name: '张三', idNumber: ID, unit: '汨罗市司法局', notes: '0' } },
      { row: 3, cells: { name: '李四', idNumber: idNumber('1981-02-02', 3), unit: '汨罗市司法局', notes: '' } },
    ]);
  });

  it('still tells a formula whose result the file does not hold, and an error value', async () => {
    const roster = await read(
      'no-result.xlsx',
      `<row r="2"><c r="A2"><f>VLOOKUP(B2,X!A:B,2,0)</f></c>${inline('B2', ID)}${inline('C2', '汨罗市司法局')}<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
    );
    expect(roster.rows[0]!.cellErrors).toEqual({ name: '', notes: '#DIV/0!' });
  });

  it('reads text exactly as written: an entity is decoded once, so a cell reading &lt; stays so', async () => {
    const roster = await read('entities.xlsx', `<row r="2">${inline('A2', '王&amp;五')}${inline('B2', ID)}${inline('C2', '汨罗市司法局')}${inline('D2', '写作 &amp;lt; 号')}</row>`);
    expect(roster.rows[0]!.cells).toMatchObject({ name: '王&五', notes: '写作 &lt; 号' });
  });

  it('numbers rows and cells written without their reference after the ones before them', async () => {
    const roster = await read(
      'no-references.xlsx',
      `<row r="4"><c t="inlineStr"><is><t>张三</t></is></c><c t="inlineStr"><is><t>${ID}</t></is></c><c t="inlineStr"><is><t>汨罗市司法局</t></is></c></row>` +
        `<row><c t="inlineStr"><is><t>李四</t></is></c><c r="C5" t="inlineStr"><is><t>汨罗市司法局</t></is></c><c t="inlineStr"><is><t>调入</t></is></c></row>`,
    );
    expect(roster.rows).toEqual([
      { row: 4, cells: { name: '张三', idNumber: ID, unit: '汨罗市司法局', notes: '' } },
      { row: 5, cells: { name: '李四', idNumber: '', unit: '汨罗市司法局', notes: '调入' } },
    ]);
  });

  it('refuses a cell referenced past the last column Excel has (XFD), without making room for it', async () => {
    const reading = read('past-xfd.xlsx', `<row r="2">${inline('A2', '张三')}${inline('XFE2', '多余')}</row>`);
    await expect(reading).rejects.toBeInstanceOf(SpreadsheetFileError);
    await expect(reading).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringMatching(/^past-xfd\.xlsx .*另存为 \.xlsx/) });
    await expect(reading).rejects.toMatchObject({ message: expect.stringContaining('工作表“名册”第 2 行的单元格位置“XFE2”不存在（最后一列是 XFD）') });
  });

  it('refuses a row whose number is not one, instead of saying 第 NaN 行 in every message', async () => {
    await expect(read('bad-row.xlsx', `<row r="二">${inline('A2', '张三')}</row>`)).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('二') });
    await expect(read('bad-row-2.xlsx', `<row r="二">${inline('A2', '张三')}</row>`)).rejects.toMatchObject({ message: expect.stringContaining('工作表“名册”有一行的行号“二”不是数字') });
  });

  it('refuses a sheet whose XML breaks off, instead of reading the rows before the break as the whole sheet', async () => {
    const file = path.join(t.dir, 'cut.xlsx');
    const xml = sheet(HEADER + `<row r="2">${inline('A2', '张三')}${inline('B2', ID)}${inline('C2', '汨罗市司法局')}</row>`);
    await workbook(file, xml.slice(0, xml.indexOf('</sheetData>')));
    await expect(readRoster(file)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(readRoster(file)).rejects.toMatchObject({ message: expect.stringContaining('工作表“名册”在第 2 行之后中断，文件不完整') });
  });
});

describe('every reader reads a sheet this way', () => {
  it('the platform exports’ reader refuses a sheet that breaks off instead of taking the rows before the break', async () => {
    const file = path.join(t.dir, 'credits-cut.xlsx');
    const xml = sheet(`<row r="1">${inline('A1', '身份证号')}${inline('B1', '必修学分')}</row><row r="2">${inline('A2', ID)}<c r="B2"><v>60</v></c></row>`);
    await workbook(file, xml.slice(0, xml.indexOf('</sheetData>')));
    const spec = { synonyms: { idNumber: ['身份证号'], compulsory: ['必修学分'] }, required: [['idNumber' as const]], what: '学分文件' };
    await expect(readTable(file, spec)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await workbook(file, xml);
    expect((await readTable(file, spec)).rows).toHaveLength(1);
  });

  it('the header picker’s sample shows a formula’s result of 0', async () => {
    const file = await workbook(path.join(t.dir, 'sample.xlsx'), sheet(`<row r="1">${inline('A1', '编号')}<c r="B1"><f>1-1</f><v>0</v></c></row>`));
    expect((await readSheetSample(file)).rows).toEqual([{ row: 1, cells: ['编号', '0'] }]);
  });
});
