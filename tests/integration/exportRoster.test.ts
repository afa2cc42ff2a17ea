import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { exportRoster } from '../../electron/core/excel/exportRoster';
import { readRoster } from '../../electron/core/excel/readRoster';
import { writeRosterTemplate } from '../../electron/core/excel/rosterTemplate';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

let desk: Desk;
let dir: string;
useTempDesk((open) => {
  ({ desk, dir } = open);
});

async function seed() {
  const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  const sub = await call(desk, 'units.create', { name: '公证处', parentId: top.id });
  const other = await call(desk, 'units.create', { name: '汨罗市教育局', parentId: null });
  const at = '2024-09-01T00:00:00.000Z';
  const person = (id_number: string, name: string, unit_id: number, extra: Record<string, unknown> = {}) => ({
    id_number,
    name,
    sex: Number(id_number[16]) % 2 ? '男' : '女',
    birth_date: `${id_number.slice(6, 10)}-${id_number.slice(10, 12)}-${id_number.slice(12, 14)}`,
    unit_id,
    retirement_age: Number(id_number[16]) % 2 ? 60 : 55,
    status: '在职',
    created_at: at,
    updated_at: at,
    ...extra,
  });
  await desk.ctx.db('staff').insert([
    person('11010519491231002X', '张三', top.id, { phone: '13812345678', account: '13812345678', rank: '一级科员' }),
    person('110105194912310037', '=HYPERLINK("http://x")', sub.id, { notes: '+1 备注', post: '@主任' }),
    person('110105194912310045', '王五', other.id),
  ]);
}

describe('exporting the roster to Excel', () => {
  it('writes IDs as text, a frozen header, widths and neutralised formula-like text', async () => {
    await seed();
    const file = path.join(dir, '名册.xlsx');
    expect(await exportRoster(desk.ctx, file)).toEqual({ rows: 3 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('学员名册')!;
    expect(ws.getRow(1).values).toEqual([undefined, '姓名', '身份证号', '性别', '出生日期', '单位', '手机号码', '登录账号', '职级', '职务', '在职状态', '备注']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
    const id = ws.getCell('B2');
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.value).toBe('11010519491231002X');
    expect(ws.getCell('E3').value).toBe('汨罗市司法局/公证处');
    expect(ws.getCell('A3').value).toBe('\'=HYPERLINK("http://x")');
    expect(ws.getCell('K3').value).toBe("'+1 备注");
    expect(ws.getCell('I3').value).toBe("'@主任");
    // No formula anywhere in the sheet XML.
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toContain('<f>');
  });

  it('reads its own export back exactly, formula-like text included', async () => {
    await seed();
    const file = path.join(dir, 'roundtrip.xlsx');
    await exportRoster(desk.ctx, file);
    const sheet = await readRoster(file);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      { name: '张三', idNumber: '11010519491231002X', unit: '汨罗市司法局', phone: '13812345678', account: '13812345678', rank: '一级科员', post: '', status: '在职', notes: '' },
      { name: '=HYPERLINK("http://x")', idNumber: '110105194912310037', unit: '汨罗市司法局/公证处', phone: '', account: '', rank: '', post: '@主任', status: '在职', notes: '+1 备注' },
      { name: '王五', idNumber: '110105194912310045', unit: '汨罗市教育局', phone: '', account: '', rank: '', post: '', status: '在职', notes: '' },
    ]);
  });

  it('exports one unit with its sub-units by path or unique name, and refuses an unknown unit', async () => {
    await seed();
    const file = path.join(dir, 'unit.xlsx');
    expect(await exportRoster(desk.ctx, file, { unitPath: '汨罗市司法局' })).toEqual({ rows: 2 });
    expect(await exportRoster(desk.ctx, file, { unitPath: '汨罗市司法局＞公证处' })).toEqual({ rows: 1 });
    await expect(exportRoster(desk.ctx, file, { unitPath: '不存在的局' })).rejects.toThrow('找不到单位“不存在的局”');
  });

  it('leaves an existing file whole when the export fails midway', async () => {
    await seed();
    const file = path.join(dir, 'keep.xlsx');
    fs.writeFileSync(file, 'previous export');
    await desk.ctx.db.raw('DROP TABLE staff_checks');
    await desk.ctx.db.raw('ALTER TABLE staff RENAME COLUMN notes TO remarks');
    await expect(exportRoster(desk.ctx, file)).rejects.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('previous export');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the blank roster template', () => {
  it('has the import columns, text-formatted ID column, drop-downs and instructions', async () => {
    const file = path.join(dir, '模板.xlsx');
    await writeRosterTemplate(file, ['一级科员', '二级科员']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('学员名册')!;
    expect(ws.getCell('B1').value).toBe('身份证号');
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(wb.getWorksheet('下拉选项')!.state).toBe('hidden');
    expect(String(wb.getWorksheet('填写说明')!.getCell('A4').value)).toContain('15 位有效数字');
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('sqref="J2:J5000"');
    expect(xml).toContain('&quot;在职,退休,离职,调离&quot;');
    expect(xml).toContain('sqref="H2:H5000"');
    expect(xml).toContain('下拉选项!$A$1:$A$2');
    // The importer recognises the template's own headers.
    await expect(readRoster(file)).resolves.toMatchObject({ headerRow: 1, rows: [] });
  });
});
