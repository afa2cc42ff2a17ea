import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { exportRoster } from '../../electron/core/excel/exportRoster';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { readRoster } from '../../electron/core/excel/readRoster';
import { readTable } from '../../electron/core/excel/readTable';
import { convert15to18, idCheckChar } from '../../shared/rules/idNumber';
import { libreOfficeEntries, libreOfficeNumber, writeLibreOfficeXlsx, type LoCell, type LoRow, type LoSheet } from '../helpers/libreOfficeXlsx';
import { writeZip } from '../hostile/zipWriter';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/**
 * Rosters as LibreOffice Calc 7.x saves them (tests/helpers/libreOfficeXlsx.ts
 * says what that is and where it is taken from), through the real reader and
 * the real import into a SQLite desk.
 */

let desk: Desk;
let dir: string;
useTempDesk(async (open) => {
  ({ desk, dir } = open);
  const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  await call(desk, 'units.create', { name: '公证处', parentId: top.id });
  await call(desk, 'units.create', { name: '汨罗市教育局', parentId: null });
});

/** An ID whose check character is X (typed lower-case in the sheet). */
function idEndingInX(birth: string): string {
  for (let seq = 1; seq < 999; seq++) {
    const id = idNumber(birth, seq);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X');
}

const ZHANG = idNumber('1985-03-07', 11);
const OUYANG = idEndingInX('1990-12-01');
const WANG15 = '430681720630033'; // a pre-1999 15-digit ID, typed as a number
const ZHAO = idNumber('1980-01-01', 45); // 18 digits typed as a number: digits lost
const QIAN = idNumber('1975-05-05', 27);
const SUN = idNumber('1968-02-29', 12);
const OLD = idNumber('1960-01-01', 1);

const headerCells = ['序号', '姓 名', '公民身份号码', '工作单位', '手机号码', '职级', '在职状态', '备注'].map((t) => ({ text: t, style: 'header' as const }));
const blankStyledRow = (): LoRow => ({ cells: headerCells.map(() => ({ blank: 'body' as const })), style: 'body' });

/** The roster an HR office keeps in Calc: a merged title, a date line, typed and formula cells, a formatted tail. */
function rosterSheets(): LoSheet[] {
  const rows: (LoRow | LoCell[] | null)[] = [
    { cells: [{ text: '汨罗市司法局2024年度学法考法人员名册', style: 'title' }], height: 24.45 },
    ['填报单位：汨罗市司法局', null, null, null, null, null, '填报日期：', { date: '2024-08-20' }],
    { cells: headerCells, height: 27.6 },
    [1, '张三', { text: ZHANG, style: 'text' }, '汨罗市司法局', 13812345678, '一级科员', '在职', { date: '2024-09-01' }],
    [2, { runs: [{ text: '欧阳' }, { text: '明', bold: true }] }, { text: OUYANG.toLowerCase(), style: 'text' }, '汨罗市司法局/公证处', { text: '139 0731 0001', style: 'text' }, null, null, null],
    [3, '王五', Number(WANG15), '汨罗市教育局', null, null, '在职', true],
    [4, '赵六', Number(ZHAO), '汨罗市司法局', null, null, null, null],
    [5, { formula: 'CONCATENATE("钱","七")', str: '钱七' }, { formula: `"${QIAN.slice(0, 9)}"&"${QIAN.slice(9)}"`, str: QIAN }, '汨罗市司法局', { formula: '13900000000', number: 13900000000 }, null, null, null],
    null,
    [6, '孙八', { text: SUN, style: 'text' }, '汨罗市教育局', null, null, '退休', '调入'],
  ];
  for (let i = 0; i < 40; i++) rows.push(blankStyledRow());
  return [
    // Last year's list, hidden in Calc, is the first tab; the roster is the second.
    { name: '旧名册', hidden: true, rows: [['姓名', '身份证号', '单位'], ['旧人', OLD, '汨罗市司法局']] },
    { name: '2024年名册', rows, merges: ['A1:H1'], widths: [5.5, 10, 21, 24, 14, 10, 10, 12] },
    { name: '填表说明', rows: [['1. 身份证号请设为文本格式。'], ['2. 单位填写完整路径。']] },
  ];
}

const EXPECTED_ROWS = [
  { row: 4, cells: { name: '张三', idNumber: ZHANG, unit: '汨罗市司法局', phone: '13812345678', rank: '一级科员', status: '在职', notes: '2024-09-01' } },
  { row: 5, cells: { name: '欧阳明', idNumber: OUYANG.toLowerCase(), unit: '汨罗市司法局/公证处', phone: '139 0731 0001', rank: '', status: '', notes: '' } },
  { row: 6, cells: { name: '王五', idNumber: WANG15, unit: '汨罗市教育局', phone: '', rank: '', status: '在职', notes: 'TRUE' } },
  {
    row: 7,
    cells: { name: '赵六', idNumber: Number(ZHAO).toExponential(5).toUpperCase(), unit: '汨罗市司法局', phone: '', rank: '', status: '', notes: '' },
    idPrecisionLost: Number(ZHAO).toExponential(5).toUpperCase(),
  },
  { row: 8, cells: { name: '钱七', idNumber: QIAN, unit: '汨罗市司法局', phone: '13900000000', rank: '', status: '', notes: '' } },
  { row: 10, cells: { name: '孙八', idNumber: SUN, unit: '汨罗市教育局', phone: '', rank: '', status: '退休', notes: '调入' } },
];

interface ZipEntryInfo {
  name: string;
  flags: number;
  versionMadeBy: number;
  versionNeeded: number;
  localCrc: number;
  localSizes: [number, number];
  descriptor: boolean;
  compressed: number;
  size: number;
  data: Buffer;
}

/** Reads a zip through its central directory and checks each local header and data descriptor on the way. */
function zipEntries(buf: Buffer): ZipEntryInfo[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const offset = buf.readUInt32LE(p + 42);
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const after = start + compressed;
    out.push({
      name,
      flags: buf.readUInt16LE(p + 8),
      versionMadeBy: buf.readUInt16LE(p + 4),
      versionNeeded: buf.readUInt16LE(p + 6),
      localCrc: buf.readUInt32LE(offset + 14),
      localSizes: [buf.readUInt32LE(offset + 18), buf.readUInt32LE(offset + 22)],
      descriptor: buf.readUInt32LE(after) === 0x08074b50 && buf.readUInt32LE(after + 8) === compressed && buf.readUInt32LE(after + 12) === size,
      compressed,
      size,
      data: zlib.inflateRawSync(buf.subarray(start, after)),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** n people with valid, distinct IDs (numbered from `from`), for the size-dependent zip layouts. */
function people(n: number, from = 0): [string, string][] {
  const family = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂';
  return Array.from({ length: n }, (_, k) => {
    const i = k + from;
    const birth = `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const name = `${family[i % family.length]}${given[(i * 7) % given.length]}${given[(i * 13) % given.length]}`;
    return [name, idNumber(birth, 1 + Math.floor(i / 480), `4306${String(10 + (i % 80)).padStart(2, '0')}`)];
  });
}

function bigRoster(name: string, list: [string, string][], unit = '汨罗市司法局'): LoSheet {
  return {
    name,
    rows: [
      { cells: [{ text: `${name}（共 ${list.length} 人）`, style: 'title' }], height: 24.45 },
      { cells: ['姓名', '身份证号', '单位', '备注'].map((t) => ({ text: t, style: 'header' as const })) },
      ...list.map(([n, id], i) => ({ cells: [{ text: n, style: 'body' as const }, { text: id, style: 'text' as const }, { text: unit, style: 'body' as const }, { text: `第${i + 1}名`, style: 'body' as const }] })),
    ],
    merges: ['A1:D1'],
  };
}

describe('the fixture is laid out as LibreOffice lays out a workbook', () => {
  it('deflates every part with a data descriptor, writes [Content_Types].xml last and the shared strings after the sheets', () => {
    const file = writeLibreOfficeXlsx(path.join(dir, 'lo.xlsx'), rosterSheets(), { activeTab: 1 });
    const entries = zipEntries(fs.readFileSync(file));
    expect(entries.map((e) => e.name)).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/theme/theme1.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/sharedStrings.xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      '[Content_Types].xml',
    ]);
    for (const e of entries) {
      expect({ name: e.name, flags: e.flags, made: e.versionMadeBy, needed: e.versionNeeded, crc: e.localCrc, sizes: e.localSizes, descriptor: e.descriptor }).toEqual({
        name: e.name,
        flags: 0x0808,
        made: 20,
        needed: 20,
        crc: 0,
        sizes: [0, 0],
        descriptor: true,
      });
      expect(e.data.length).toBe(e.size);
    }
    const part = (n: string) => entries.find((e) => e.name === n)!.data.toString('utf8');
    expect(part('docProps/app.xml')).toMatch(/<Application>LibreOffice\/7\.\d/);
    expect(part('xl/workbook.xml')).toContain('<sheets><sheet name="旧名册" sheetId="1" state="hidden" r:id="rId3"/><sheet name="2024年名册" sheetId="2" state="visible" r:id="rId4"/>');
    const roster = part('xl/worksheets/sheet2.xml');
    expect(roster).not.toContain('x14ac');
    expect(roster).toContain('<row r="4" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">');
    expect(roster).toContain('<row r="11" s="3" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A11" s="3"/>');
    expect(roster).toContain(`<c r="C7" s="0" t="n"><v>${libreOfficeNumber(Number(ZHAO))}</v></c>`);
    expect(roster).toContain('<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>');
    expect(part('xl/sharedStrings.xml')).toContain('<si><r><t xml:space="preserve">欧阳</t></r><r><rPr><b val="true"/>');
  });

  it('writes numbers as LibreOffice does: 17 significant digits, E+017 for an 18-digit ID', () => {
    expect(libreOfficeNumber(110105194912310020)).toBe('1.1010519491231002E+017');
    expect(libreOfficeNumber(430681720630033)).toBe('430681720630033');
    expect(libreOfficeNumber(13812345678)).toBe('13812345678');
    expect(libreOfficeNumber(24.45)).toBe('24.45');
    expect(libreOfficeNumber(12.8)).toBe('12.8');
    expect(libreOfficeNumber(0.001)).toBe('0.001');
    expect(libreOfficeNumber(0.00001)).toBe('1E-005');
  });

  it('puts a sheet over 100 kB after [Content_Types].xml and deflates one over 1 MB in 128 KiB blocks', () => {
    const mid = bigRoster('中', people(900));
    const large = bigRoster('大', people(5000, 900));
    const entries = libreOfficeEntries([large, mid]);
    // Scheduled sheet2 then the shared strings; finish() writes them from the back.
    expect(entries.map((e) => [e.name, e.deflate]).slice(-3)).toEqual([
      ['[Content_Types].xml', 'inline'],
      ['xl/sharedStrings.xml', 'background'],
      ['xl/worksheets/sheet2.xml', 'background'],
    ]);
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.deflate).toBe('threaded');
    const file = writeLibreOfficeXlsx(path.join(dir, 'sizes.xlsx'), [large, mid]);
    const read = zipEntries(fs.readFileSync(file));
    expect(read.map((e) => e.name).slice(-1)).toEqual(['xl/worksheets/sheet2.xml']);
    expect(read.every((e) => e.descriptor)).toBe(true);
  });
});

describe('a roster saved by LibreOffice Calc', () => {
  for (const order of ['lo7', 'lo6'] as const) {
    it(`is read cell by cell as Calc shows it (${order} part order): header under the merged title, hidden sheet skipped`, async () => {
      const file = writeLibreOfficeXlsx(path.join(dir, `roster-${order}.xlsx`), rosterSheets(), { order, activeTab: 1 });
      const sheet = await readRoster(file);
      expect(sheet.sheet).toBe('2024年名册');
      expect(sheet.headerRow).toBe(3);
      expect(sheet.columns.map((c) => [c.field, c.column, c.header])).toEqual([
        ['name', 2, '姓 名'],
        ['idNumber', 3, '公民身份号码'],
        ['unit', 4, '工作单位'],
        ['phone', 5, '手机号码'],
        ['rank', 6, '职级'],
        ['status', 7, '在职状态'],
        ['notes', 8, '备注'],
      ]);
      expect(sheet.rows).toEqual(EXPECTED_ROWS);
      expect(sheet.stoppedAtRow).toBeUndefined();
      // The hidden sheet is read only when asked for by name.
      const hidden = await readRoster(file, { sheet: '旧名册' });
      expect(hidden.rows).toEqual([{ row: 2, cells: { name: '旧人', idNumber: OLD, unit: '汨罗市司法局' } }]);
    });
  }

  it('imports through the real desk: the 18-digit number is refused, nothing else is lost or invented', async () => {
    const file = writeLibreOfficeXlsx(path.join(dir, 'roster.xlsx'), rosterSheets());
    const blocked = await importRoster(desk.ctx, file);
    expect(blocked.report).toMatchObject({ sheet: '2024年名册', headerRow: 3, rows: 6, created: 5, applied: false });
    expect(blocked.report.errors.map((e) => [e.row, e.column, e.code])).toEqual([[7, '公民身份号码', 'ID_PRECISION_LOST']]);
    expect(blocked.report.errors[0]!.message).toContain(Number(ZHAO).toExponential(5).toUpperCase());
    expect(await desk.ctx.db('staff').count({ n: '*' })).toEqual([{ n: 0 }]);

    const { report } = await importRoster(desk.ctx, file, { skipInvalid: true });
    expect(report).toMatchObject({ applied: true, created: 5, updated: 0, unchanged: 0, errors: [{ row: 7, code: 'ID_PRECISION_LOST' }] });
    const staff = await desk.ctx.db('staff as s').join('units as u', 'u.id', 's.unit_id').orderBy('s.id').select('s.name', 's.id_number', 'u.name as unit', 's.phone', 's.rank', 's.status', 's.notes', 's.birth_date', 's.sex');
    expect(staff).toEqual([
      { name: '张三', id_number: ZHANG, unit: '汨罗市司法局', phone: '13812345678', rank: '一级科员', status: '在职', notes: '2024-09-01', birth_date: '1985-03-07', sex: '男' },
      { name: '欧阳明', id_number: OUYANG, unit: '公证处', phone: '13907310001', rank: null, status: '在职', notes: null, birth_date: '1990-12-01', sex: OUYANG.charCodeAt(16) % 2 ? '男' : '女' },
      { name: '王五', id_number: convert15to18(WANG15), unit: '汨罗市教育局', phone: null, rank: null, status: '在职', notes: 'TRUE', birth_date: '1972-06-30', sex: '男' },
      { name: '钱七', id_number: QIAN, unit: '汨罗市司法局', phone: '13900000000', rank: null, status: '在职', notes: null, birth_date: '1975-05-05', sex: '男' },
      { name: '孙八', id_number: SUN, unit: '汨罗市教育局', phone: null, rank: null, status: '退休', notes: '调入', birth_date: '1968-02-29', sex: '女' },
    ]);
    // Every stored ID is one of the sheet's, digit for digit (the 15-digit one widened by the standard rule).
    expect(convert15to18(WANG15)).toBe(`43068119720630033${idCheckChar('43068119720630033')}`);
    // Nobody from the hidden sheet.
    expect(await desk.ctx.db('staff').where({ id_number: OLD }).first()).toBeUndefined();
  });

  it('round trip: import, export, LibreOffice opens and saves the export, re-import reports every row unchanged', async () => {
    const file = writeLibreOfficeXlsx(path.join(dir, 'roster.xlsx'), rosterSheets());
    await importRoster(desk.ctx, file, { skipInvalid: true });
    const exported = path.join(dir, 'export.xlsx');
    await exportRoster(desk.ctx, exported);
    expect((await importRoster(desk.ctx, exported, { dryRun: true })).report).toMatchObject({ rows: 5, unchanged: 5, created: 0, updated: 0, errors: [] });

    // Calc keeps text cells text and the row under the header as it was; re-saved, the file is Calc's own.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const ws = wb.worksheets[0]!;
    const rows: LoCell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: LoCell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value;
        cells.push(v === null || v === undefined || v === '' ? null : { text: String(v), style: row.number === 1 ? 'header' : 'text' });
      }
      rows.push(cells);
    });
    const resaved = writeLibreOfficeXlsx(path.join(dir, 'export-resaved.xlsx'), [{ name: '学员名册', rows }]);
    const again = await importRoster(desk.ctx, resaved, { dryRun: true });
    expect(again.report).toMatchObject({ sheet: '学员名册', headerRow: 1, rows: 5, unchanged: 5, created: 0, updated: 0, absent: 0, errors: [] });
  });

  it('reads a large roster exactly, in whichever deflate layout its size gives it', async () => {
    for (const [n, layout] of [
      [900, 'background'],
      [5000, 'threaded'],
    ] as const) {
      const list = people(n);
      const sheets = [bigRoster('名册', list)];
      expect(libreOfficeEntries(sheets).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.deflate).toBe(layout);
      const file = writeLibreOfficeXlsx(path.join(dir, `big-${n}.xlsx`), sheets);
      const { rows } = await readRoster(file);
      expect(rows.map((r) => [r.cells.name, r.cells.idNumber])).toEqual(list);
      expect(rows[0]!.row).toBe(3);
    }
  }, 60_000);
});

describe('which sheet is the roster when LibreOffice wrote the tabs out of order', () => {
  // ZipOutputStream writes a part over 100 kB when the save finishes, the
  // last scheduled first, and a reader streaming the zip meets the sheets in
  // that order. The roster is still the first visible tab with the headers.
  const cases: [string, () => LoSheet[], string[]][] = [
    ['a 1 MB first tab, a 300 kB second tab', () => [bigRoster('2024年名册', people(5000)), bigRoster('退休人员', people(900, 5000))], ['sharedStrings', 'sheet2']],
    ['two 300 kB tabs', () => [bigRoster('2024年名册', people(900)), bigRoster('退休人员', people(900, 900))], ['sheet2', 'sheet1']],
  ];
  for (const [what, sheets, tail] of cases) {
    it(`reads the first tab: ${what}`, async () => {
      const built = sheets();
      const order = libreOfficeEntries(built).map((e) => e.name);
      expect(order.slice(-2).map((n) => n.replace(/^xl\/(worksheets\/)?|\.xml$/g, ''))).toEqual(tail);
      const file = writeLibreOfficeXlsx(path.join(dir, 'tabs.xlsx'), built);
      const sheet = await readRoster(file);
      expect(sheet.sheet).toBe('2024年名册');
      expect(sheet.rows.map((r) => r.cells.idNumber)).toEqual(people(built[0]!.rows.length - 2).map(([, id]) => id));
      // Asked for by name, the other tab is read.
      expect((await readRoster(file, { sheet: '退休人员' })).rows).toHaveLength(900);
      // The platform-export reader (credits, results) picks its sheet the same way.
      const table = await readTable<'name' | 'idNumber'>(file, { synonyms: { name: ['姓名'], idNumber: ['身份证号'] }, required: [['idNumber']], what: '学分文件' });
      expect([table.sheet, table.rows.length]).toEqual(['2024年名册', built[0]!.rows.length - 2]);
      // Imported for real (people are written while the file is read): only the first tab's people go in.
      const { report } = await importRoster(desk.ctx, file);
      expect(report).toMatchObject({ sheet: '2024年名册', created: built[0]!.rows.length - 2, applied: true, errors: [] });
      expect(((await desk.ctx.db('staff').orderBy('id').pluck('id_number')) as string[]).slice(-report.created)).toEqual(
        people(built[0]!.rows.length - 2).map(([, id]) => id),
      );
    }, 60_000);
  }
});

describe('formula cells LibreOffice saved with their results', () => {
  const header = ['姓名', '身份证号', '单位', '备注'].map((t) => ({ text: t, style: 'header' as const }));
  const lookup = (col: string, r: number) => `VLOOKUP($A${r},$人事表.$A$2:$C$500,${col},0)`;

  it('refuses a cell showing an error (a VLOOKUP that found nothing) instead of importing it as a name or an empty ID', async () => {
    const file = writeLibreOfficeXlsx(path.join(dir, 'lookup.xlsx'), [
      {
        name: '名册',
        rows: [
          { cells: header },
          ['张三', { formula: lookup('2', 2), str: ZHANG }, '汨罗市司法局', null],
          ['李四', { formula: lookup('2', 3), error: '#N/A' }, '汨罗市司法局', null],
          [{ formula: 'VLOOKUP(B4,$人事表.$A$2:$C$500,1,0)', error: '#N/A' }, { text: SUN, style: 'text' }, '汨罗市教育局', null],
        ],
      },
    ]);
    const { report } = await importRoster(desk.ctx, file, { skipInvalid: true });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '身份证号', 'CELL_ERROR'],
      [4, '姓名', 'CELL_ERROR'],
    ]);
    expect(report).toMatchObject({ rows: 3, created: 1, applied: true });
    expect(await desk.ctx.db('staff').pluck('name')).toEqual(['张三']);
  });

  it('reads each result with its type: text written <is><t>, #N/A, a date (exceljs+4.4.0.patch, worksheet-reader.js)', async () => {
    const file = writeLibreOfficeXlsx(path.join(dir, 'results.xlsx'), [
      {
        name: '名册',
        rows: [
          { cells: header },
          [{ formula: 'A1', inlineStr: '赵六' }, { text: ZHANG, style: 'text' }, '汨罗市司法局', { formula: 'IF(B2<>"";"调入";"")', str: '调入' }],
          ['李四', { formula: lookup('2', 3), error: '#N/A' }, '汨罗市司法局', { formula: 'DATE(2024,9,1)', number: 45536, style: 'date' }],
          ['孙八', { text: SUN, style: 'text' }, '汨罗市教育局', { formula: 'LEN(B4)', number: 18 }],
        ],
      },
    ]);
    const sheet = await readRoster(file);
    expect(sheet.rows).toEqual([
      { row: 2, cells: { name: '赵六', idNumber: ZHANG, unit: '汨罗市司法局', notes: '调入' } },
      { row: 3, cells: { name: '李四', idNumber: '', unit: '汨罗市司法局', notes: '2024-09-01' }, cellErrors: { idNumber: '#N/A' } },
      { row: 4, cells: { name: '孙八', idNumber: SUN, unit: '汨罗市教育局', notes: '18' } },
    ]);
    const { report } = await importRoster(desk.ctx, file, { dryRun: true });
    expect(report.errors).toEqual([
      { row: 3, column: '身份证号', code: 'CELL_ERROR', message: '第 3 行“身份证号”列：单元格显示错误值 #N/A，不是内容。这通常是公式（如 VLOOKUP）没有找到要取的值；请改正公式或填入内容后再导入。' },
    ]);
  });

  it('refuses an error value typed into a cell (Excel keeps #N/A as a constant) instead of a person named #N/A', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['姓名', '身份证号', '单位']);
    ws.addRow([{ error: '#N/A' }, ZHANG, '汨罗市司法局']);
    ws.addRow(['孙八', { error: '#REF!' }, '汨罗市教育局']);
    const file = path.join(dir, 'constant-errors.xlsx');
    await wb.xlsx.writeFile(file);
    const { report } = await importRoster(desk.ctx, file, { dryRun: true });
    expect(report.errors.map((e) => [e.row, e.column, e.code, e.message.includes(e.row === 2 ? '#N/A' : '#REF!')])).toEqual([
      [2, '姓名', 'CELL_ERROR', true],
      [3, '身份证号', 'CELL_ERROR', true],
    ]);
    expect(report.created).toBe(0);
  });
});

describe('names other programs write around the text (exceljs+4.4.0.patch)', () => {
  // Not LibreOffice's way (it keeps rich text in the shared strings and writes
  // no phonetic runs), but the same names in the same column: the runs of a
  // rich inline string are one name, and a phonetic guide (Excel's 拼音指南,
  // <rPh>) is not the name. The streaming reader kept the last run, or the reading.
  it('reads a rich inline string whole and leaves phonetic readings out', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const inline = (ref: string, inner: string) => `<c r="${ref}" t="inlineStr"><is>${inner}</is></c>`;
    const row = (r: number, name: string, id: string) => `<row r="${r}">${name}${inline(`B${r}`, `<t>${id}</t>`)}${inline(`C${r}`, '<t>汨罗市司法局</t>')}</row>`;
    const file = path.join(dir, 'runs.xlsx');
    writeZip(file, [
      ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`],
      ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
      ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`],
      ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
      ['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}" count="1" uniqueCount="1"><si><t>李四</t><rPh sb="0" eb="2"><t>lǐ sì</t></rPh><phoneticPr fontId="1" type="noConversion"/></si></sst>`],
      [
        'xl/worksheets/sheet1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><sheetData>` +
          `<row r="1">${inline('A1', '<t>姓名</t>')}${inline('B1', '<t>身份证号</t>')}${inline('C1', '<t>单位</t>')}</row>` +
          row(2, inline('A2', '<r><t>欧阳</t></r><r><rPr><b/><sz val="11"/></rPr><t>明</t></r>'), OUYANG) +
          row(3, inline('A3', '<t>张三</t><rPh sb="0" eb="2"><t>zhāng sān</t></rPh>'), ZHANG) +
          row(4, '<c r="A4" t="s"><v>0</v></c>', SUN) +
          `</sheetData></worksheet>`,
      ],
    ]);
    const { rows } = await readRoster(file);
    expect(rows.map((r) => [r.row, r.cells.name, r.cells.idNumber])).toEqual([
      [2, '欧阳明', OUYANG],
      [3, '张三', ZHANG],
      [4, '李四', SUN],
    ]);
  });
});
