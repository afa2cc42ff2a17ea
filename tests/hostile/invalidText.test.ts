import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { readRoster } from '../../electron/core/excel/readRoster';
import { exportsDir } from '../../electron/core/files/outbox';
import { storeUpload } from '../../electron/core/files/inbox';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { tablesDigest } from '../helpers/tablesDigest';
import { call, openTempDesk } from '../helpers/tempDesk';
import { inline, sheet, workbook } from './xlsxCorpus';
import { idNumber } from '../helpers/idNumber';

/**
 * Text no xlsx can hold (NUL and other controls, U+FFFE, U+FFFF and the
 * other noncharacters, half a surrogate pair) is refused wherever it enters
 * the desk: in any text of a contract call (TEXT_INVALID, saying which field
 * and which character, nothing changed) and in any cell of an imported
 * workbook (a row error with its row and column, nothing written). So every
 * export still opens, also for text an earlier version let in.
 */
let desk: Desk;
let dataDir: string;
let cleanup: () => Promise<void>;
let unit: Unit;
let person: Staff;
const ZHANG = idNumber('1985-03-07', 11);

beforeAll(async () => {
  ({ desk, dir: dataDir, cleanup } = await openTempDesk());
  unit = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  person = await call(desk, 'staff.create', { input: { idNumber: ZHANG, name: '张三', unitId: unit.id }, year: 2024 });
});
afterAll(() => cleanup());


const unsavable: [string, string][] = [
  ['NUL', '\u0000'],
  ['a control character', '\u0001'],
  ['unit separator', '\u001f'],
  ['U+FFFE', '\ufffe'],
  ['U+FFFF', '\uffff'],
  ['U+FDD0', '\ufdd0'],
  ['U+1FFFE', '\u{1fffe}'],
  ['U+10FFFF', '\u{10ffff}'],
  ['a lone high surrogate', '\ud842'],
  ['a lone low surrogate', '\udfb7'],
];

describe('text a workbook cannot hold, in contract calls', () => {
  it.each(unsavable)('%s is refused in every kind of text field, saying which field and character, and nothing changes', async (_, bad) => {
    const calls: [string, unknown, string][] = [
      ['units.create', { name: `公证${bad}处`, parentId: unit.id }, '名称的第 3 个字符'],
      ['units.update', { id: unit.id, patch: { name: `${bad}汨罗市司法局` } }, '名称的第 1 个字符'],
      ['staff.create', { input: { idNumber: idNumber('1990-01-01', 21), name: `李${bad}`, unitId: unit.id }, year: 2024 }, '名称的第 2 个字符'],
      ['staff.update', { id: person.id, input: { idNumber: ZHANG, name: '张三', unitId: unit.id, notes: `第一行\n第二行${bad}` }, year: 2024 }, '备注的第 8 个字符'],
      ['staff.search', { year: 2024, query: `张${bad}` }, '查询文字的第 2 个字符'],
    ];
    for (const [method, args, where] of calls) {
      const before = await tablesDigest(desk.ctx.db);
      const r = await desk.call(method, args);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'TEXT_INVALID' } });
      const message = r.ok ? '' : r.error.message;
      expect(message, method).toContain(where);
      expect(message, method).toContain('没有做任何改动');
      expect(message, method).not.toMatch(/[A-Za-z]/);
      expect(await tablesDigest(desk.ctx.db), method).toBe(before);
    }
  });

  it('keeps what is real text: tabs and line breaks in notes, rare characters and emoji as whole pairs', async () => {
    const saved = await call(desk, 'staff.update', { id: person.id, input: { idNumber: ZHANG, name: '𠮷田\t明', unitId: unit.id, notes: '第一行\r\n第二行\t😀' }, year: 2024 });
    expect(saved).toMatchObject({ name: '𠮷田\t明', notes: '第一行\r\n第二行\t😀' });
  });
});

/**
 * A roster with noncharacters, which XML itself allows (so the file parses)
 * but which the desk refuses like the rest: U+FDD0 in a shared string, and
 * U+1FFFE written as a character reference in an inline string.
 */
async function rosterWithNoncharacters(file: string): Promise<string> {
  const strings = ['姓名', '身份证号', '单位', '备注', '王&#xFDD0;五', '汨罗市司法局', '正常&#x1FFFE;', '赵六', '钱七', '好的备注'];
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
  const rows = [
    `<row r="1">${s('A1', 0)}${s('B1', 1)}${s('C1', 2)}${s('D1', 3)}</row>`,
    `<row r="2">${s('A2', 4)}${inline('B2', idNumber('1980-01-01', 31))}${s('C2', 5)}${s('D2', 6)}</row>`,
    `<row r="3">${s('A3', 7)}${inline('B3', idNumber('1980-01-01', 41))}${inline('C3', '汨罗市&#xFDEF;司法局')}</row>`,
    `<row r="4">${s('A4', 8)}${inline('B4', idNumber('1980-01-01', 51))}${s('C4', 5)}${s('D4', 9)}</row>`,
  ].join('');
  return workbook(file, sheet(rows), sst);
}

describe('text a workbook cannot hold, in an imported workbook', () => {
  it('is a row error naming the row and the column, and an import with it writes nothing', async () => {
    const file = await rosterWithNoncharacters(path.join(dataDir, 'noncharacters.xlsx'));
    // The reader hands over what the file says.
    const read = await readRoster(file, {});
    expect(read.rows[0]!.cells.name).toBe('王\ufdd0五');

    const fileId = (await storeUpload(dataDir, '名册.xlsx', fs.readFileSync(file))).fileId;
    const preview = await call(desk, 'import.preview', { fileId });
    expect(preview.report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '姓名', 'TEXT_INVALID'],
      [2, '备注', 'TEXT_INVALID'],
      [3, '单位', 'TEXT_INVALID'],
    ]);
    expect(preview.report.errors[0]!.message).toBe('第 2 行“姓名”列：第 2 个字符是无法保存的字符（不可见的控制字符或无效字符，常见于从其他系统复制来的文字），请在文件中删除该字符后再导入。');
    expect(preview.report.errors[1]!.message).toContain('第 3 个字符');
    expect(preview.report.errors[2]!.message).toContain('第 4 个字符');

    const before = await tablesDigest(desk.ctx.db);
    const applied = await call(desk, 'import.apply', { fileId, createUnits: true });
    expect(applied).toMatchObject({ applied: false });
    expect(await tablesDigest(desk.ctx.db)).toBe(before);

    // With 跳过有错误的行 only the clean row goes in.
    const skipped = await call(desk, 'import.apply', { fileId, skipInvalid: true });
    expect(skipped).toMatchObject({ applied: true, created: 1 });
  });

  it.each([
    ['U+FFFE', '\ufffe'],
    ['NUL as a reference', '&#x0;'],
    ['a control character as a reference', '&#x1;'],
    ['U+FFFF as a reference', '&#xFFFF;'],
  ])('%s, which XML forbids, refuses the file in Chinese naming the row and the cell, and nothing is written', async (_, bad) => {
    const rows = `<row r="1">${inline('A1', '姓名')}${inline('B1', '身份证号')}${inline('C1', '单位')}</row><row r="2">${inline('A2', '孙八')}${inline('B2', idNumber('1980-01-01', 61))}${inline('C2', `汨罗${bad}市司法局`)}</row>`;
    const file = await workbook(path.join(dataDir, 'forbidden.xlsx'), sheet(rows));
    const fileId = (await storeUpload(dataDir, '名册.xlsx', fs.readFileSync(file))).fileId;
    const before = await tablesDigest(desk.ctx.db);
    const r = await desk.call('import.apply', { fileId, createUnits: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    expect(r.ok ? '' : r.error.message).toContain('工作表“名册”第 2 行（单元格 C2）含有无法读取的字符');
    expect(await tablesDigest(desk.ctx.db)).toBe(before);
  });

  it('after all these attempts, and with text an earlier version stored, the roster export still opens', async () => {
    // As an earlier version could have stored it: straight into the database.
    await desk.ctx.db('staff').where({ id: person.id }).update({ name: '张\ufffe三', notes: '旧\u0000备注\ud842' });
    const exported = await call(desk, 'export.roster', {});
    const file = path.join(exportsDir(dataDir), `${exported.fileId}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('学员名册')!;
    const names = ws.getColumn(1).values.slice(2);
    expect(names).toEqual(['张\ufffd三', '钱七']);
    // And the desk's own reader takes it back.
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-export-')), '名册.xlsx');
    fs.copyFileSync(file, copy);
    const back = await readRoster(copy, {});
    expect(back.rows.map((r) => [r.cells.name, r.cells.notes ?? ''])).toEqual([
      ['张\ufffd三', '旧\ufffd备注\ufffd'],
      ['钱七', '好的备注'],
    ]);
  });
});
