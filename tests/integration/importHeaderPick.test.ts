import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { storeUpload } from '../../electron/core/files/inbox';
import { call, openTempDesk } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

/*
 * The contract as the 导入 screen uses it when no header row is found:
 * import.preview says HEADER_MISSING, import.sheetSample shows the first rows,
 * and import.preview / import.apply read the picked row with the admin's
 * column choices, which the next file with the same headers gets by itself.
 */
let desk: Desk;
let dataDir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, dir: dataDir, cleanup } = await openTempDesk());
  const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  await call(desk, 'units.create', { name: '公证处', parentId: top.id });
});
afterAll(() => cleanup());

const ZHANG = idNumber('1985-03-07', 11);
const LI = idNumber('1990-12-01', 22);
const WANG = idNumber('1972-06-30', 33);
const headers = ['序号', '员工名', '证件编码', '所属机构', '联系电话'];
const choices = { 员工名: 'name', 证件编码: 'idNumber', 所属机构: 'unit' } as const;

async function upload(name: string, rows: ExcelJS.CellValue[][], hidden = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (hidden) wb.addWorksheet('下拉选项', { state: 'hidden' }).addRow(['在职']);
  const ws = wb.addWorksheet('人员信息');
  for (const r of rows) ws.addRow(r);
  return (await storeUpload(dataDir, name, new Uint8Array(await wb.xlsx.writeBuffer()))).fileId;
}

describe('picking the header row through the contract', () => {
  let fileId: string;

  it('shows the first rows of a file whose headers the desk does not know, hidden sheets listed', async () => {
    fileId = await upload('人事科名单.xlsx', [['2024 年人员名单'], headers, [1, '张三', ZHANG, '汨罗市司法局', '13812345678'], [2, '李四', LI, '汨罗市司法局/公证处', '']], true);
    const refused = await desk.call('import.preview', { fileId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HEADER_MISSING' } });
    expect(JSON.stringify(refused)).toContain('人事科名单.xlsx 的工作表（人员信息）前 30 行中找不到表头');

    const sample = await call(desk, 'import.sheetSample', { fileId });
    expect(sample).toEqual({
      fileName: '人事科名单.xlsx',
      sheets: [
        { name: '下拉选项', hidden: true },
        { name: '人员信息', hidden: false },
      ],
      sheet: '人员信息',
      rows: [
        { row: 1, cells: ['2024 年人员名单'], fields: [null] },
        { row: 2, cells: headers, fields: [null, null, null, null, 'phone'] },
        { row: 3, cells: ['1', '张三', ZHANG, '汨罗市司法局', '13812345678'], fields: [null, null, null, null, null] },
        { row: 4, cells: ['2', '李四', LI, '汨罗市司法局/公证处'], fields: [null, null, null, null] },
      ],
      moreColumns: false,
      // 联系电话 alone is no reason to think row 2 is the header.
      suggestedRow: null,
    });
    expect(await call(desk, 'import.sheetSample', { fileId, sheet: '下拉选项' })).toMatchObject({ sheet: '下拉选项', rows: [{ row: 1, cells: ['在职'] }] });
  });

  it('says which required columns the picked row still lacks, and remembers nothing then', async () => {
    const r = await desk.call('import.preview', { fileId, sheet: '人员信息', headerRow: 2, overrides: { 员工名: 'name' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'HEADER_MISSING' } });
    expect(!r.ok && r.error.message).toBe('人事科名单.xlsx 的工作表“人员信息”第 2 行作为表头时，还缺少必填的“身份证号”“单位”列。请为每一项指定文件中对应的一列，或确认第 2 行是表头。');
    expect(await desk.ctx.db('import_mappings').select()).toEqual([]);
  });

  it('dry-runs and applies with the picked row and the three columns chosen', async () => {
    const args = { fileId, sheet: '人员信息', headerRow: 2, overrides: choices };
    const p = await call(desk, 'import.preview', args);
    expect(p.report).toMatchObject({ sheet: '人员信息', headerRow: 2, rows: 2, created: 2, errorTotal: 0 });
    expect(p.columns).toEqual([
      { header: '序号', field: null, column: 1 },
      { header: '员工名', field: 'name', column: 2 },
      { header: '证件编码', field: 'idNumber', column: 3 },
      { header: '所属机构', field: 'unit', column: 4 },
      { header: '联系电话', field: 'phone', column: 5 },
    ]);
    const done = await call(desk, 'import.apply', args);
    expect(done).toMatchObject({ applied: true, created: 2, headerRow: 2 });
    expect(await desk.ctx.db('staff').orderBy('id').pluck('name')).toEqual(['张三', '李四']);
    expect(await desk.ctx.db('import_mappings').orderBy('header').select()).toEqual([
      { header: '员工名', field: 'name' },
      { header: '所属机构', field: 'unit' },
      { header: '证件编码', field: 'idNumber' },
    ]);
    expect(await desk.ctx.db('audit_log').where({ action: 'import.mapping' }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('matches the next file with the same headers by itself, wherever its header row sits', async () => {
    const next = await upload('十月名单.xlsx', [['2024 年人员名单'], ['制表：人事科'], [], headers, [1, '王五', WANG, '汨罗市司法局/公证处', '']]);
    const p = await call(desk, 'import.preview', { fileId: next });
    expect(p.report).toMatchObject({ sheet: '人员信息', headerRow: 4, rows: 1, created: 1, errorTotal: 0 });
    expect(p.columns.filter((c) => c.field).map((c) => [c.header, c.field])).toEqual([
      ['员工名', 'name'],
      ['证件编码', 'idNumber'],
      ['所属机构', 'unit'],
      ['联系电话', 'phone'],
    ]);
    const sample = await call(desk, 'import.sheetSample', { fileId: next });
    expect(sample.suggestedRow).toBe(4);
    expect(sample.rows.find((r) => r.row === 4)!.fields).toEqual([null, 'name', 'idNumber', 'unit', 'phone']);
  });

  it('refuses a header row or a sample request outside the contract, and an unknown file', async () => {
    for (const headerRow of [0, -1, 1.5, '2', 1_048_577]) {
      expect(await desk.call('import.preview', { fileId, headerRow }), String(headerRow)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
      expect(await desk.call('import.apply', { fileId, headerRow }), String(headerRow)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
    expect(await desk.call('import.sheetSample', { fileId, headerRow: 2 })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await desk.call('import.sheetSample', { fileId, sheet: '' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await desk.call('import.sheetSample', { fileId: '../../xuefa.sqlite' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await desk.call('import.sheetSample', { fileId: '0'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(await desk.call('import.sheetSample', { fileId, sheet: '花名册' })).toMatchObject({
      ok: false,
      error: { code: 'HEADER_MISSING', message: '人事科名单.xlsx 中没有名为“花名册”的工作表。' },
    });
  });
});
