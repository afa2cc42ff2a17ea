import path from 'node:path';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { BLANK_RUN_LIMIT, readRoster } from '../../electron/core/excel/readRoster';
import { readSheetSample } from '../../electron/core/excel/sheetSample';
import { tempDir } from '../helpers/tempDesk';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('xuefa-read-')));
afterAll(() => cleanup());

async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('reading a roster workbook as the admin has it', () => {
  it('finds the header row under a merged title banner and keeps the sheet’s row numbers', async () => {
    const file = await workbook('hr.xlsx', (wb) => {
      const ws = wb.addWorksheet('2024年名册');
      ws.addRow(['汨罗市司法局 2024 年学法考法人员名册']);
      ws.mergeCells('A1:E1');
      ws.addRow(['填表日期：2024-08-20']);
      ws.addRow(['序号', ' 姓 名 ', '公民身份号码', '所在单位', '手机号码\n（必填）']);
      ws.addRow([1, '张三', '11010519491231002X', '汨罗市司法局', '13812345678']);
      ws.addRow([]);
      ws.addRow([null, null, null, null, null]);
      ws.addRow([3, '李四', '110105491231002', '汨罗市司法局/公证处', 13912345678]);
    });
    const sheet = await readRoster(file);
    expect(sheet.sheet).toBe('2024年名册');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.columns.map((c) => [c.field, c.column])).toEqual([
      ['name', 2],
      ['idNumber', 3],
      ['unit', 4],
      ['phone', 5],
    ]);
    expect(sheet.rows).toEqual([
      { row: 4, cells: { name: '张三', idNumber: '11010519491231002X', unit: '汨罗市司法局', phone: '13812345678' } },
      { row: 7, cells: { name: '李四', idNumber: '110105491231002', unit: '汨罗市司法局/公证处', phone: '13912345678' } },
    ]);
  });

  it('marks an 18-digit ID stored as a number as having lost digits, and keeps an exact 15-digit one', async () => {
    const file = await workbook('numbers.xlsx', (wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['姓名', '身份证号', '单位']);
       
      ws.addRow(['王五', 110101199001011230, '司法局']);
      ws.addRow(['赵六', 110105491231002, '司法局']);
      ws.addRow(['钱七', '1.10101E+17', '司法局']);
    });
    const { rows } = await readRoster(file);
    expect(rows[0]).toMatchObject({ row: 2, idPrecisionLost: '1.10101E+17' });
    expect(rows[1]).toEqual({ row: 3, cells: { name: '赵六', idNumber: '110105491231002', unit: '司法局' } });
    expect(rows[2]).toMatchObject({ row: 4, idPrecisionLost: '1.10101E+17' });
  });

  it('reads rich text, formulas, hyperlinks and dates as a person sees them', async () => {
    const file = await workbook('kinds.xlsx', (wb) => {
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号', '单位', '备注', '登录账号']);
      ws.addRow([
        { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] },
        { formula: '"11010519491231002"&"X"', result: '11010519491231002X' },
        { text: '汨罗市司法局', hyperlink: 'https://example.org/' },
        new Date(Date.UTC(2024, 7, 20)),
        { formula: '13812345678', result: 13812345678 },
      ]);
    });
    const { rows } = await readRoster(file);
    expect(rows[0]!.cells).toEqual({ name: '张三', idNumber: '11010519491231002X', unit: '汨罗市司法局', notes: '2024-08-20', account: '13812345678' });
  });

  it('skips hidden sheets and sheets without the headers, or reads the sheet asked for', async () => {
    const file = await workbook('sheets.xlsx', (wb) => {
      const hidden = wb.addWorksheet('旧名册', { state: 'hidden' });
      hidden.addRow(['姓名', '身份证号', '单位']);
      hidden.addRow(['旧人', '11010519491231002X', '旧单位']);
      wb.addWorksheet('说明').addRow(['本表用于导入']);
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号', '工作单位']);
      ws.addRow(['新人', '11010519491231002X', '新单位']);
    });
    expect((await readRoster(file)).rows[0]!.cells.name).toBe('新人');
    expect((await readRoster(file, { sheet: '旧名册' })).rows[0]!.cells.name).toBe('旧人');
  });

  it('passes over the sheets it does not read without a late error', async () => {
    // exceljs's own reader parked a sheet written before the shared strings in a temporary file
    // and handed it out as a stream on it; skipped unread, the file was deleted under the stream,
    // whose late "no such file" ended the process now and then. A sheet passed over is now never opened.
    const file = await workbook('parked.xlsx', (wb) => {
      const hidden = wb.addWorksheet('下拉选项', { state: 'hidden' });
      for (let i = 0; i < 50; i++) hidden.addRow([`选项${i}`]);
      wb.addWorksheet('说明').addRow(['填表说明']);
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号', '单位']);
      ws.addRow(['张三', '11010519491231002X', '汨罗市司法局']);
    });
    const late: unknown[] = [];
    const listen = (e: unknown) => void late.push(e);
    process.on('uncaughtException', listen);
    try {
      // Each round's reads are awaited, so a late error from one round would land during a later one.
      for (let round = 0; round < 60; round++) {
        expect((await readRoster(file)).sheet).toBe('名册');
        expect((await readRoster(file, { headerRow: 1, sheet: '名册' })).rows).toHaveLength(1);
        expect((await readSheetSample(file, { sheet: '名册' })).rows).toHaveLength(2);
      }
    } finally {
      process.off('uncaughtException', listen);
    }
    expect(late).toEqual([]);
  }, 120_000);

  it('uses the admin’s own column choices', async () => {
    const file = await workbook('custom.xlsx', (wb) => {
      const ws = wb.addWorksheet('名册');
      ws.addRow(['人名', '身份证号', '部门', '单位']);
      ws.addRow(['孙八', '11010519491231002X', '公证处', '司法局']);
    });
    const sheet = await readRoster(file, { overrides: { 人名: 'name', 部门: 'unit', 单位: null } });
    expect(sheet.rows[0]!.cells).toEqual({ name: '孙八', idNumber: '11010519491231002X', unit: '公证处' });
  });

  it('says which headers are missing and where it looked', async () => {
    const file = await workbook('noheaders.xlsx', (wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(['姓名', '手机号']);
      ws.addRow(['张三', '13812345678']);
    });
    const e = await readRoster(file).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(SpreadsheetFileError);
    expect((e as SpreadsheetFileError).code).toBe('HEADER_MISSING');
    expect((e as SpreadsheetFileError).message).toContain('名单');
    expect((e as SpreadsheetFileError).message).toContain('姓名、身份证号、单位');
    const named = await readRoster(file, { sheet: '不存在' }).catch((err: unknown) => err);
    expect((named as SpreadsheetFileError).message).toContain('没有名为“不存在”的工作表');
  });

  it('reads a sheet formatted down to row 1,048,576 without walking a million empty styled rows', async () => {
    const base = await workbook('styled-base.xlsx', (wb) => {
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号', '单位']);
      ws.addRow(['张三', '11010519491231002X', '汨罗市司法局']);
      ws.getCell('A3').style = { font: { bold: true } };
      ws.getCell('A3').value = '';
      ws.getCell('A4000').value = '李四';
      ws.getCell('B4000').value = '110105194912310037';
      ws.getCell('C4000').value = '汨罗市司法局';
    });
    const zip = await JSZip.loadAsync(fs.readFileSync(base));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const styled: string[] = [];
    for (let r = 4001; r <= 1048576; r++) styled.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/></row>`);
    zip.file('xl/worksheets/sheet1.xml', xml.replace('</sheetData>', `${styled.join('')}</sheetData>`));
    const file = path.join(dir, 'styled.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));

    const sheet = await readRoster(file);
    // Data after a gap shorter than the limit is still read; the styled tail is not.
    expect(BLANK_RUN_LIMIT).toBeGreaterThan(4000);
    expect(sheet.rows.map((r) => [r.row, r.cells.name])).toEqual([
      [2, '张三'],
      [4000, '李四'],
    ]);
    expect(sheet.stoppedAtRow).toBe(4000 + BLANK_RUN_LIMIT + 1);
  }, 60_000);

  it('never splits a Chinese character between stream chunks (shared and inline strings)', async () => {
    const family = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
    const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英';
    const people = Array.from({ length: 20_000 }, (_, i) => [
      `${family[i % family.length]}${given[(i * 7) % given.length]}${given[(i * 13) % given.length]}`,
      '11010519491231002X',
      `汨罗市第${i % 97}中学/教研组${i % 7}`,
    ]);
    for (const shared of [true, false]) {
      const file = path.join(dir, `chinese-${shared}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: shared });
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号', '单位']).commit();
      for (const p of people) ws.addRow(p).commit();
      ws.commit();
      await wb.commit();
      const { rows } = await readRoster(file);
      expect(rows.map((r) => [r.cells.name, r.cells.idNumber, r.cells.unit])).toEqual(people);
    }
  }, 60_000);

  it('reads the sheet whatever order the zip’s entries come in (workbook.xml after the sheets)', async () => {
    const base = await workbook('order-base.xlsx', (wb) => {
      wb.addWorksheet('说明').addRow(['本表为人事科导出']);
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号', '单位']);
      ws.addRow(['张三', '11010519491231002X', '汨罗市司法局']);
    });
    const source = await JSZip.loadAsync(fs.readFileSync(base));
    const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir);
    // Relationships and shared strings first, the sheets next, xl/workbook.xml last.
    const rank = (n: string) => (n.includes('_rels') || n.endsWith('sharedStrings.xml') ? 0 : n === 'xl/workbook.xml' ? 2 : 1);
    const reordered = new JSZip();
    for (const n of [...names].sort((a, b) => rank(a) - rank(b))) reordered.file(n, await source.file(n)!.async('nodebuffer'));
    const file = path.join(dir, 'workbook-last.xlsx');
    fs.writeFileSync(file, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const order = Object.keys((await JSZip.loadAsync(fs.readFileSync(file))).files);
    expect(order.indexOf('xl/workbook.xml')).toBeGreaterThan(order.indexOf('xl/worksheets/sheet2.xml'));

    const sheet = await readRoster(file);
    expect(sheet.sheet).toBe('名册');
    expect(sheet.rows.map((r) => r.cells.name)).toEqual(['张三']);
  });

  it('reads every entry of the zip however busy the machine is (400 reads, four at a time)', async () => {
    // unzipper 0.10 ended its list of entries as soon as the file had been
    // written into it, before the last entries were parsed; about one read in
    // a hundred then missed xl/workbook.xml. resources/patches/unzipper+0.10.14.patch
    const file = await workbook('busy.xlsx', (wb) => {
      const ws = wb.addWorksheet('2024名册');
      ws.addRow(['汨罗市司法局 2024 年学法考法人员名册']);
      ws.addRow(['姓名', '身份证号', '单位']);
      ws.addRow(['张三', '11010519491231002X', '汨罗市司法局']);
      wb.addWorksheet('下拉选项', { state: 'hidden' }).addRow(['一级科员']);
      wb.addWorksheet('说明').addRow(['填表说明']);
    });
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 100; round++) {
      const reads = await Promise.allSettled([0, 1, 2, 3].map(() => readRoster(file)));
      for (const r of reads) {
        const key = r.status === 'fulfilled' ? `${r.value.sheet}: ${r.value.rows.map((x) => x.cells.name).join()}` : (r.reason as Error).message;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }
    expect([...outcomes]).toEqual([['2024名册: 张三', 400]]);
  }, 120_000);
});
