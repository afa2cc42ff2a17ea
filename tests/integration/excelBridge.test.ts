import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { cleanTransferFolders } from '../../electron/core/files/cleanup';
import { inboxDir, inboxFile } from '../../electron/core/files/inbox';
import { exportsDir } from '../../electron/core/files/outbox';
import type { WebHost } from '../../electron/web/server';
import type { StoredFile } from '../../shared/common/schemas';
import { rawRequest, type RawRequest, type Reply } from '../helpers/http';
import { call } from '../helpers/tempDesk';
import { startTempHost, type TempHost } from '../helpers/webHost';
import { idNumber } from '../helpers/idNumber';

/*
 * The 导入导出 bridge end to end below the UI: a real workbook uploaded to
 * the browser-mode host, previewed, applied, exported and downloaded back.
 */
const CAP = 64 * 1024;
let desk: Desk;
let dataDir: string;
let host: WebHost;
let served: TempHost | undefined;

beforeAll(async () => {
  served = await startTempHost({ maxUploadBytes: CAP });
  ({ desk, dataDir, host } = served);
  const top = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  await call(desk, 'units.create', { name: '公证处', parentId: top.id });
  await call(desk, 'units.create', { name: '办公室', parentId: top.id });
});
afterAll(() => served?.close());

const request = (opts: RawRequest): Promise<Reply> => rawRequest(host.origin, opts);

const upload = (name: string, body: Buffer, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/upload?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream', 'x-xuefa-token': host.token, ...headers },
    body,
  });

async function uploaded(name: string, body: Buffer): Promise<StoredFile> {
  const r = await upload(name, body);
  expect(r.status).toBe(200);
  return r.json<StoredFile>().value!;
}

const ZHANG = idNumber('1985-03-07', 11);
const LI = idNumber('1990-12-01', 22);
const WANG = idNumber('1972-06-30', 33);

/** A roster as HR sends it: a title row, a hidden helper sheet, and a column the desk does not know (办公电话). */
async function rosterBook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2024名册');
  ws.addRow(['汨罗市司法局 2024 年学法考法人员名册']);
  ws.addRow(['姓名', '身份证号', '单位', '办公电话', '职级']);
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet('下拉选项', { state: 'hidden' }).addRow(['一级科员']);
  wb.addWorksheet('说明').addRow(['填表说明']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const staffNames = async () => (await desk.ctx.db('staff').orderBy('id').pluck('name')) as string[];

describe('uploading a spreadsheet', () => {
  it('stores it under a random id in the inbox, never under the admin’s file name', async () => {
    const body = await rosterBook([['张三', ZHANG, '汨罗市司法局', '0730-5220001', '一级科员']]);
    const file = await uploaded('司法局 名册（9月）.xlsx', body);
    expect(file).toEqual({ fileId: expect.stringMatching(/^[0-9a-f]{32}$/), name: '司法局 名册（9月）.xlsx', size: body.length });
    expect(fs.readdirSync(inboxDir(dataDir)).sort()).toEqual([`${file.fileId}.json`, `${file.fileId}.xlsx`]);
    expect(fs.readFileSync(path.join(inboxDir(dataDir), `${file.fileId}.xlsx`)).equals(body)).toBe(true);
    // A name carrying folders keeps only its last part.
    const sneaky = await uploaded('..\\..\\windows\\名册.xlsx', body);
    expect(sneaky.name).toBe('名册.xlsx');
  });

  it('refuses an upload without the token, from another page, or of another content type, and stores nothing', async () => {
    const before = fs.readdirSync(inboxDir(dataDir)).length;
    const body = Buffer.from('PK not really');
    expect((await upload('a.xlsx', body, { 'x-xuefa-token': 'wrong' })).status).toBe(401);
    expect((await upload('a.xlsx', body, { origin: 'https://attacker.example' })).status).toBe(403);
    expect((await upload('a.xlsx', body, { 'content-type': 'multipart/form-data' })).status).toBe(415);
    expect((await request({ path: '/upload?name=a.xlsx', headers: { 'x-xuefa-token': host.token } })).status).toBe(405);
    expect(fs.readdirSync(inboxDir(dataDir)).length).toBe(before);
  });

  it('answers 413 past the size cap and leaves no partial file', async () => {
    const before = fs.readdirSync(inboxDir(dataDir)).sort();
    const big = Buffer.alloc(CAP + 1, 7);
    const r = await upload('大文件.xlsx', big);
    expect(r.status).toBe(413);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    expect(r.json().error!.message).toContain('大文件.xlsx');
    // Without a declared length (chunked), the cap is enforced while streaming.
    const chunked = await upload('大文件.xlsx', Buffer.alloc(CAP * 3, 1), { 'transfer-encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    expect(fs.readdirSync(inboxDir(dataDir)).sort()).toEqual(before);
  });
});

describe('previewing and applying an import', () => {
  let fileId: string;

  it('previews: visible sheets, every header column with its field, counts and each list', async () => {
    fileId = (
      await uploaded(
        '名册.xlsx',
        await rosterBook([
          ['张三', ZHANG, '汨罗市司法局/公证处', '0730-5220001', '一级科员'],
          ['李四', LI, '汨罗市司法局', '', ''],
          ['王五', `${WANG.slice(0, 17)}${WANG[17] === '1' ? '2' : '1'}`, '汨罗市司法局', '', ''],
          ['', idNumber('1980-01-01', 1), '财政局', '', ''],
        ]),
      )
    ).fileId;
    const p = await call(desk, 'import.preview', { fileId });
    expect(p.fileName).toBe('名册.xlsx');
    expect(p.sheets).toEqual(['2024名册', '说明']);
    expect(p.columns).toEqual([
      { header: '姓名', field: 'name', column: 1 },
      { header: '身份证号', field: 'idNumber', column: 2 },
      { header: '单位', field: 'unit', column: 3 },
      { header: '办公电话', field: null, column: 4 },
      { header: '职级', field: 'rank', column: 5 },
    ]);
    expect(p.report).toMatchObject({ sheet: '2024名册', headerRow: 2, rows: 4, created: 2, updated: 0, applied: false, errorTotal: 3 });
    expect(p.details.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [5, '身份证号', 'ID_CHECKSUM'],
      [6, '姓名', 'NAME_MISSING'],
      [6, '单位', 'UNIT_UNKNOWN'],
    ]);
    expect(p.details.unknownUnits).toEqual(['财政局']);
    expect(p.details.created.map((c) => [c.row, c.name, c.unitPath, c.phone])).toEqual([
      [3, '张三', '汨罗市司法局/公证处', null],
      [4, '李四', '汨罗市司法局', null],
    ]);
    expect(await staffNames()).toEqual([]);
  });

  it('remembers the admin’s column choices for the next preview, and the next file', async () => {
    const p = await call(desk, 'import.preview', { fileId, overrides: { 办公电话: 'phone', 职级: null } });
    expect(p.columns.find((c) => c.header === '办公电话')?.field).toBe('phone');
    expect(p.columns.find((c) => c.header === '职级')?.field).toBeNull();
    // 0730-5220001 is no mobile number: now it is read, and refused with its row and column.
    expect(p.details.errors.find((e) => e.row === 3)).toMatchObject({ column: '办公电话', code: 'PHONE_FORMAT' });
    expect(await desk.ctx.db('import_mappings').orderBy('header').select()).toEqual([
      { header: '办公电话', field: 'phone' },
      { header: '职级', field: null },
    ]);
    const again = await call(desk, 'import.preview', { fileId, overrides: { 办公电话: null } });
    expect(again.columns.find((c) => c.header === '办公电话')?.field).toBeNull();
    expect(again.columns.find((c) => c.header === '职级')?.field).toBeNull();
    const other = await uploaded('另一个.xlsx', await rosterBook([['张三', ZHANG, '汨罗市司法局', '', '']]));
    const p2 = await call(desk, 'import.preview', { fileId: other.fileId });
    expect(p2.columns.map((c) => c.field)).toEqual(['name', 'idNumber', 'unit', null, null]);
    await call(desk, 'import.preview', { fileId, overrides: { 职级: 'rank' } });
    // A choice that leaves no 姓名 column is refused, and not remembered.
    expect(await desk.call('import.preview', { fileId, overrides: { 姓名: null } })).toMatchObject({ ok: false, error: { code: 'HEADER_MISSING' } });
    expect(await desk.ctx.db('import_mappings').where({ header: '姓名' }).first()).toBeUndefined();
  });

  it('creates the unknown units only when asked, in the preview and the apply', async () => {
    const p = await call(desk, 'import.preview', { fileId, createUnits: true });
    expect(p.details.unitsToCreate).toEqual(['财政局']);
    expect(p.details.unknownUnits).toEqual([]);
    expect(p.details.errors.map((e) => e.code)).toEqual(['ID_CHECKSUM', 'NAME_MISSING']);
  });

  it('applies nothing while rows have errors, then the valid rows with skipInvalid, after a backup', async () => {
    const blocked = await call(desk, 'import.apply', { fileId });
    expect(blocked).toMatchObject({ applied: false, backup: null, errorTotal: 3 });
    expect(await staffNames()).toEqual([]);

    const done = await call(desk, 'import.apply', { fileId, skipInvalid: true });
    expect(done).toMatchObject({ applied: true, created: 2, errorTotal: 3 });
    expect(done.backup && fs.existsSync(done.backup)).toBeTruthy();
    expect(await staffNames()).toEqual(['张三', '李四']);
    const audit = (await desk.ctx.db('audit_log').where({ action: 'import.apply' }).pluck('after_json')) as string[];
    expect(JSON.parse(audit[0]!)).toMatchObject({ file: '名册.xlsx', created: 2 });

    const next = await call(desk, 'import.preview', { fileId });
    expect(next.report).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('tells an unreadable or header-less file by the name the admin gave it', async () => {
    const text = await uploaded('名单.xlsx', Buffer.from('姓名,身份证号\n张三,1\n', 'utf8'));
    const r = await desk.call('import.preview', { fileId: text.fileId });
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    expect(JSON.stringify(r)).toContain('名单.xlsx 是文本或 CSV 文件');
    expect(JSON.stringify(r)).not.toContain(text.fileId);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['人员', '证件', '部门']);
    const bare = await uploaded('无表头.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const h = await desk.call('import.preview', { fileId: bare.fileId });
    expect(h).toMatchObject({ ok: false, error: { code: 'HEADER_MISSING' } });
    expect(JSON.stringify(h)).toContain('无表头.xlsx');
  });
});

describe('exports and downloads', () => {
  /** A download as the page's link makes it: the id as given (already escaped), with the key for the id it names. */
  const download = (fileId: string, key = host.downloadPath(decodeURIComponent(fileId)).split('?key=')[1]!) =>
    request({ path: `/download/${fileId}?key=${encodeURIComponent(key)}` });

  it('exports the roster (or one unit with its sub-units) and downloads it under its Chinese name', async () => {
    const all = await call(desk, 'export.roster', {});
    expect(all).toMatchObject({ name: '学员名册-2024-09-01.xlsx', rows: 2 });
    const r = await download(all.fileId);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="____-2024-09-01.xlsx"; filename*=UTF-8''${encodeURIComponent('学员名册-2024-09-01.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('学员名册')!;
    expect(ws.getRow(1).getCell(2).value).toBe('身份证号');
    const ids = [2, 3].map((n) => ws.getRow(n).getCell(2).value);
    expect(ids.sort()).toEqual([ZHANG, LI].sort());
    expect(ws.getRow(2).getCell(2).numFmt).toBe('@');

    const units = await call(desk, 'units.list', {});
    const notary = units.find((u) => u.path === '汨罗市司法局/公证处')!;
    const one = await call(desk, 'export.roster', { unitId: notary.id });
    expect(one).toMatchObject({ name: '学员名册-公证处-2024-09-01.xlsx', rows: 1 });
    expect(await desk.call('export.roster', { unitId: 99999 })).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FOUND' } });
  });

  it('downloads the blank template', async () => {
    const t = await call(desk, 'export.template', {});
    expect(t.name).toBe('学员名册导入模板.xlsx');
    const r = await download(t.fileId);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['学员名册', '下拉选项', '填写说明']);
  });

  it('refuses path tricks on file ids, unknown ids, uploads offered as downloads, and a missing token', async () => {
    const t = await call(desk, 'export.template', {});
    for (const id of ['..%2F..%2Fxuefa.sqlite', '..%2Finbox%2Fx', '%2E%2E%2Fxuefa.sqlite', `${t.fileId}%00`, `${t.fileId}.json`, 'ABCDEF0123456789ABCDEF0123456789', '0'.repeat(32)]) {
      const r = await download(id);
      expect(r.status, id).toBe(404);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    }
    for (const p of ['/download/../xuefa.sqlite', '/download/%2E%2E/xuefa.sqlite', '/download/..%5Cxuefa.sqlite']) {
      const r = await request({ path: `${p}?key=${host.downloadPath(decodeURIComponent(p.slice('/download/'.length))).split('?key=')[1]}` });
      expect(r.body.subarray(0, 15).toString('latin1'), p).not.toBe('SQLite format 3');
      expect(r.status, p).not.toBe(200);
    }
    const upload = fs.readdirSync(inboxDir(dataDir)).find((n) => n.endsWith('.xlsx'))!.slice(0, 32);
    expect((await download(upload)).status).toBe(404);
    expect((await download(t.fileId, 'wrong')).status).toBe(401);
    expect((await request({ path: `/download/${t.fileId}` })).status).toBe(401);
    expect((await request({ path: `/download/${t.fileId}?token=${host.token}` })).status).toBe(401);

    for (const fileId of ['../../xuefa.sqlite', '../xuefa', `${t.fileId}/..`, '']) {
      expect(await desk.call('import.preview', { fileId })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
    await expect(inboxFile(dataDir, '../../xuefa.sqlite')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(await desk.call('import.preview', { fileId: t.fileId })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
  });

  it('clears uploads and exports older than a day when a desk opens', async () => {
    const fresh = await call(desk, 'export.template', {});
    const old = await call(desk, 'export.template', {});
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    for (const ext of ['xlsx', 'json']) fs.utimesSync(path.join(exportsDir(dataDir), `${old.fileId}.${ext}`), dayAgo, dayAgo);
    fs.writeFileSync(path.join(exportsDir(dataDir), 'notes.txt'), 'not ours');
    fs.utimesSync(path.join(exportsDir(dataDir), 'notes.txt'), dayAgo, dayAgo);
    expect(await cleanTransferFolders(dataDir)).toBe(2);
    const left = fs.readdirSync(exportsDir(dataDir));
    expect(left).toContain(`${fresh.fileId}.xlsx`);
    expect(left).toContain('notes.txt');
    expect(left.some((n) => n.startsWith(old.fileId))).toBe(false);
  });
});
