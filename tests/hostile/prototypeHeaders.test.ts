import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { storeUpload } from '../../electron/core/files/inbox';
import { call, openTempDesk } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

/**
 * Column headers named like the properties every JavaScript object inherits
 * (__proto__, constructor, toString…) are headers like any other: they match
 * no field unless the admin chose one for them, and never a field reached
 * through the prototype.
 */
let desk: Desk;
let dataDir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ desk, dir: dataDir, cleanup } = await openTempDesk());
  await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
});
afterAll(() => cleanup());

const inherited = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const ZHANG = idNumber('1985-03-07', 11);

async function upload(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['姓名', '身份证号', '单位', ...inherited]);
  ws.addRow(['张三', ZHANG, '汨罗市司法局', ...inherited.map((h) => `${h} 列的内容`)]);
  return (await storeUpload(dataDir, '名册.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))).fileId;
}

describe('headers named like inherited properties', () => {
  it('match no field in the preview, the sample or the import', async () => {
    const fileId = await upload();
    const preview = await call(desk, 'import.preview', { fileId });
    expect(preview.columns.filter((c) => c.field !== null).map((c) => c.header)).toEqual(['姓名', '身份证号', '单位']);
    expect(preview.columns.filter((c) => inherited.includes(c.header))).toEqual(inherited.map((header, i) => ({ header, field: null, column: i + 4 })));
    expect(preview.report.errors).toEqual([]);

    const sample = await call(desk, 'import.sheetSample', { fileId });
    expect(sample.rows[0]!.fields).toEqual(['name', 'idNumber', 'unit', null, null, null, null, null, null]);

    expect(await call(desk, 'import.apply', { fileId })).toMatchObject({ applied: true, created: 1 });
    const people = (await desk.ctx.db('staff').select('name', 'id_number', 'phone', 'post', 'notes')) as unknown[];
    expect(people).toEqual([{ name: '张三', id_number: ZHANG, phone: null, post: null, notes: null }]);
  });

  it('an admin’s own choice for such a header is kept and used as its own key', async () => {
    const fileId = await upload();
    const preview = await call(desk, 'import.preview', { fileId, overrides: { constructor: 'notes' as const, toString: 'post' as const } });
    expect(preview.columns.filter((c) => c.field !== null).map((c) => [c.header, c.field])).toEqual([
      ['姓名', 'name'],
      ['身份证号', 'idNumber'],
      ['单位', 'unit'],
      ['constructor', 'notes'],
      ['toString', 'post'],
    ]);
    // Remembered for the next file with the same headers, and nothing else read through the prototype.
    const again = await call(desk, 'import.preview', { fileId });
    expect(again.columns.filter((c) => c.field !== null).map((c) => c.header)).toEqual(['姓名', '身份证号', '单位', 'constructor', 'toString']);
  });
});
