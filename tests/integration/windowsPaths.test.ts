import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';
import { exportRoster } from '../../electron/core/excel/exportRoster';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { writeAtomically } from '../../electron/core/excel/writeAtomically';
import { fileChannels } from '../../electron/main/files';
import { isDeskError, type DeskError } from '../../shared/errors';
import { call, sha256, tempDir } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

/**
 * What a Windows office PC throws at the desk: folders with Chinese names and
 * spaces, paths past the old 260-character limit, and spreadsheets still open
 * in Excel or WPS when the desk wants to write them.
 */
let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function folder(...parts: string[]): string {
  const t = tempDir('xuefa-win-');
  cleanups.push(t.cleanup);
  const dir = path.join(t.dir, ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function deskIn(dataDir: string): Promise<Desk> {
  const desk = await openDesk({ mode: 'cli', dataDir, clock: fixedClock('2024-09-01T09:00:00+08:00'), actor: 'tester' });
  cleanups.push(() => desk.close());
  return desk;
}

const roster = (n: number) => [['姓名', '身份证号', '单位'], ...Array.from({ length: n }, (_, i) => [`学员${i}`, idNumber('1980-01-01', i + 1), '汨罗市 司法局'])];

async function roundTrip(desk: Desk, inDir: string, outDir: string): Promise<void> {
  const source = await writeSheet(inDir, '2024年 名册 (最终版).xlsx', roster(5));
  const first = await importRoster(desk.ctx, source, { createUnits: true });
  expect(first.report).toMatchObject({ applied: true, created: 5, errors: [] });
  const out = path.join(outDir, '学员 名册 导出.xlsx');
  expect(await exportRoster(desk.ctx, out)).toEqual({ rows: 5 });
  const again = await importRoster(desk.ctx, out, { dryRun: true });
  expect(again.report).toMatchObject({ rows: 5, unchanged: 5, created: 0, updated: 0, errors: [] });
}

describe('paths on a Windows office PC', () => {
  it('keeps the database, its backups and the spreadsheets in folders with Chinese names and spaces', async () => {
    const dataDir = folder('学法 考法', '2024 年 数据');
    const desk = await deskIn(dataDir);
    await roundTrip(desk, folder('我的 文档', '名册 文件夹'), folder('桌面 (Desktop)', '导出 目录'));
    expect(fs.existsSync(path.join(dataDir, 'xuefa.sqlite'))).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.includes('before-import'))).toBe(true);
  });

  it('reads and writes spreadsheets whose full path is longer than 260 characters', async () => {
    const deep = folder(...Array.from({ length: 4 }, (_, i) => `${i + 1} 汨罗市司法局 学法考法 工作资料 年度名册 存档 文件夹 第${i + 1}层`));
    const longDir = path.join(deep, 'x'.repeat(120));
    fs.mkdirSync(longDir);
    expect(path.join(longDir, '学员 名册 导出.xlsx').length).toBeGreaterThan(260);
    const desk = await deskIn(folder('数据'));
    await roundTrip(desk, longDir, longDir);
  });

  it('refuses a data folder whose path SQLite cannot open with a clear message, not as a corrupt database', async () => {
    let dir = folder('根');
    for (let i = 0; i < 6; i++) dir = path.join(dir, `学法考法管理台数据文件夹学法考法管理台数据文件夹学法考法管理台数据文件夹${i}`);
    fs.mkdirSync(dir, { recursive: true });
    const e = await openDesk({ mode: 'cli', dataDir: dir }).then(
      (d) => d.close().then(() => null),
      (err: unknown) => err,
    );
    // Where the platform's SQLite does open it, there is nothing to refuse.
    if (e === null) return;
    expect(isDeskError(e) && e.code).toBe('DB_CANNOT_OPEN');
    expect((e as Error).message).toContain('路径可能过长');

    // An existing desk moved there is not called corrupt, and is left as it was.
    const elsewhere = folder('短路径');
    await (await openDesk({ mode: 'cli', dataDir: elsewhere })).close();
    const moved = path.join(dir, 'xuefa.sqlite');
    fs.copyFileSync(path.join(elsewhere, 'xuefa.sqlite'), moved);
    const before = sha256(moved);
    const again = await openDesk({ mode: 'cli', dataDir: dir }).then(
      (d) => d.close().then(() => null),
      (err: unknown) => err,
    );
    expect(isDeskError(again) && again.code).toBe('DB_CANNOT_OPEN');
    expect(sha256(moved)).toBe(before);
  });
});

describe('a spreadsheet still open in Excel or WPS', () => {
  const lockedError = (code: string) => Object.assign(new Error(`${code}: resource busy or locked, rename`), { code });

  it.each(['EBUSY', 'EPERM'])('says to close the file first (%s on rename) and leaves the old file and no temporary file', async (code) => {
    const dir = folder('导出');
    const target = path.join(dir, '学员名册.xlsx');
    fs.writeFileSync(target, 'the file open in Excel');
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw lockedError(code);
    });
    const e = await writeAtomically(target, (temp) => fs.promises.writeFile(temp, 'new')).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(SpreadsheetFileError);
    expect((e as SpreadsheetFileError).code).toBe('FILE_NOT_SAVED');
    expect((e as Error).message).toContain('请先关闭该文件');
    expect(fs.readFileSync(target, 'utf8')).toBe('the file open in Excel');
    expect(fs.readdirSync(dir)).toEqual(['学员名册.xlsx']);
  });

  it('says the disk is full rather than blaming the file', async () => {
    const dir = folder('导出');
    const e = await writeAtomically(path.join(dir, '名册.xlsx'), async (temp) => {
      fs.writeFileSync(temp, 'half');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }).then(
      () => null,
      (err: unknown) => err,
    );
    expect((e as DeskError).code).toBe('DISK_FULL');
    expect((e as Error).message).toContain('磁盘空间不足');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the desktop save dialog keeps the old file when the chosen one is open in Excel, and says why', async () => {
    const desk = await deskIn(folder('数据'));
    const exported = await call(desk, 'export.template', {});
    const target = path.join(folder('下载'), '学员名册导入模板.xlsx');
    fs.writeFileSync(target, 'an older copy, open in Excel');
    const before = sha256(target);
    const channels = fileChannels(desk, { downloadsDir: path.dirname(target), showSaveDialog: async () => ({ canceled: false, filePath: target }) });
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw lockedError('EBUSY');
    });
    const r = await channels.saveDownload(exported.fileId);
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_NOT_SAVED' } });
    expect(r.ok ? '' : r.error.message).toContain('学员名册导入模板.xlsx 没有保存');
    expect(sha256(target)).toBe(before);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['学员名册导入模板.xlsx']);

    vi.restoreAllMocks();
    expect(await channels.saveDownload(exported.fileId)).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(sha256(target)).not.toBe(before);
  });
});
