import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { defaultXlsxLimits, inspectXlsx } from '../../electron/core/excel/zipGuard';
import { tempDir } from '../helpers/tempDesk';

let dir: string;
let cleanup: () => void;
let realXlsx: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('xuefa-guard-'));
  realXlsx = path.join(dir, '名册.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['姓名', '身份证号', '单位']);
  ws.addRow(['张三', '11010519491231002X', '汨罗市司法局']);
  await wb.xlsx.writeFile(realXlsx);
});
afterAll(() => cleanup());

async function refusal(file: string, limits = defaultXlsxLimits): Promise<SpreadsheetFileError> {
  const e = await inspectXlsx(file, limits).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SpreadsheetFileError);
  return e as SpreadsheetFileError;
}

async function writeZip(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const zip = new JSZip();
  for (const [p, content] of Object.entries(files)) zip.file(p, content);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('checking an .xlsx before parsing it', () => {
  it('accepts a real workbook', async () => {
    const summary = await inspectXlsx(realXlsx);
    expect(summary.entries).toBeGreaterThan(3);
    expect(summary.uncompressedBytes).toBeGreaterThan(0);
  });

  it('names a Word document renamed to .xlsx for what it is', async () => {
    const docx = await writeZip('renamed.xlsx', { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const e = await refusal(docx);
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.message).toContain('renamed.xlsx 是 Word 文档');
  });

  it('names a CSV file and says to save it as .xlsx', async () => {
    const csv = path.join(dir, 'roster.xlsx');
    fs.writeFileSync(csv, '姓名,身份证号,单位\n张三,11010519491231002X,汨罗市司法局\n');
    const e = await refusal(csv);
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.message).toContain('CSV');
    expect(e.message).toContain('另存为');
  });

  it('names an old .xls (or password-protected) workbook', async () => {
    const xls = path.join(dir, 'old.xlsx');
    fs.writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const e = await refusal(xls);
    expect(e.message).toContain('97-2003');
  });

  it('refuses a truncated download', async () => {
    const bytes = fs.readFileSync(realXlsx);
    const cut = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await refusal(cut);
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.message).toContain('不完整');
  });

  it('refuses a zip bomb by its compression ratio without inflating it', async () => {
    const bomb = await writeZip('bomb.xlsx', {
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': Buffer.alloc(40 * 1024 * 1024, 0x20),
    });
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
    const e = await refusal(bomb);
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.message).toContain('压缩比异常');
  });

  it('refuses declared sizes past the limit, and files too big on disk', async () => {
    const small = { ...defaultXlsxLimits, maxUncompressedBytes: 100 };
    expect((await refusal(realXlsx, small)).message).toContain('解压后超过');
    const tiny = { ...defaultXlsxLimits, maxFileBytes: 10 };
    expect((await refusal(realXlsx, tiny)).code).toBe('FILE_TOO_LARGE');
  });

  it('says when the file is not there', async () => {
    const e = await refusal(path.join(dir, 'missing.xlsx'));
    expect(e.message).toContain('找不到文件');
  });
});
