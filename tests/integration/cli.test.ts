import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders, xuefa } from '../helpers/cli';
import { sha256 } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

const folder = tempFolders();
const dbFile = (): string => path.join(folder(), 'desk.sqlite');

describe('xuefa command line', () => {
  it('adds units and lists them as a tree, or as exactly one JSON value with --json', async () => {
    const db = dbFile();
    expect((await xuefa('units', 'add', '汨罗市司法局', '--db', db)).stdout).toContain('已新建单位“汨罗市司法局”');
    const sub = await xuefa('units', 'add', '公证处', '--parent', '1', '--db', db, '--json');
    expect(sub.code).toBe(0);
    expect(JSON.parse(sub.stdout)).toMatchObject({ name: '公证处', level: 2, parentId: 1 });

    const text = await xuefa('units', 'list', '--db', db);
    expect(text.stdout).toBe('汨罗市司法局（一级，编号 1）\n  公证处（二级，编号 2）');
    const json = await xuefa('units', 'list', '--db', db, '--json');
    const units = JSON.parse(json.stdout) as { name: string }[];
    expect(units.map((u) => u.name)).toEqual(['汨罗市司法局', '公证处']);
  });

  it('exits 1 with the reason on stderr when the desk refuses, and changes nothing', async () => {
    const db = dbFile();
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    const again = await xuefa('units', 'add', '汨罗市司法局', '--db', db, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, error: { code: 'UNIT_NAME_TAKEN' } });
    expect(again.stderr).toContain('同一上级单位下已有名为“汨罗市司法局”的单位');
    expect(JSON.parse((await xuefa('info', '--db', db, '--json')).stdout)).toMatchObject({ unitCount: 1 });
  });

  it('calls any contract method by name with JSON arguments, validated like every other transport', async () => {
    const db = dbFile();
    const made = await xuefa('call', 'units.create', '{"name":"司法局","parentId":null}', '--db', db, '--json');
    expect(JSON.parse(made.stdout)).toMatchObject({ name: '司法局' });
    const bad = await xuefa('call', 'units.create', '{"name":1}', '--db', db, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });

  it('exits 2 on a file that is not a database, with the message on stderr and the file untouched', async () => {
    const db = dbFile();
    fs.writeFileSync(db, 'name,id\n张三,1\n');
    const before = sha256(db);
    const r = await xuefa('units', 'list', '--db', db, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'DB_NOT_SQLITE' } });
    expect(r.stderr).toContain('无法打开数据库');
    expect(sha256(db)).toBe(before);
  });

  it('exits 2 with usage for an unknown command', async () => {
    const r = await xuefa('frobnicate', '--db', dbFile());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的命令');
    expect(r.stderr).toContain('用法');
  });
});

describe('xuefa import and export', () => {
  const header = ['姓名', '身份证号', '单位'];

  it('follows the exit-status contract: 0 applied or a clean dry run, 1 errors kept it from applying, 2 unreadable', async () => {
    const db = dbFile();
    const dir = path.dirname(db);
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    const good = await writeSheet(dir, 'good.xlsx', [header, ['张三', idNumber('1985-03-07', 11), '汨罗市司法局']]);
    const bad = await writeSheet(dir, 'bad.xlsx', [['标题'], header, ['李四', '123', '汨罗市司法局'], ['王五', idNumber('1986-01-01', 21), '汨罗市司法局/新单位']]);

    const dry = await xuefa('import', good, '--db', db, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const dryReport = JSON.parse(dry.stdout) as Record<string, unknown>;
    expect(Object.keys(dryReport).sort()).toEqual(
      ['absent', 'applied', 'created', 'errors', 'footerRows', 'headerFrom', 'headerRow', 'namesNormalized', 'rows', 'sheet', 'transfers', 'unchanged', 'unitsCreated', 'updated'].sort(),
    );
    expect(dryReport).toMatchObject({ applied: false, created: 1 });

    const refused = await xuefa('import', bad, '--db', db, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      headerRow: 2,
      rows: 2,
      applied: false,
      errors: [
        { row: 3, column: '身份证号', code: 'ID_FORMAT' },
        { row: 4, column: '单位', code: 'UNIT_UNKNOWN' },
      ],
    });

    const created = await xuefa('import', bad, '--db', db, '--create-units', '--skip-invalid', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ applied: true, created: 1, unitsCreated: 1, errors: [{ code: 'ID_FORMAT' }] });

    const csv = path.join(dir, 'list.xlsx');
    fs.writeFileSync(csv, '姓名,身份证号\n');
    const unreadable = await xuefa('import', csv, '--db', db, '--json');
    expect(unreadable.code).toBe(2);
    expect(JSON.parse(unreadable.stdout)).toMatchObject({ applied: false, errors: [{ code: 'FILE_UNREADABLE', row: null }] });
    expect(unreadable.stderr).toContain('CSV');
  });

  it('reads the header from the row --header-row names, and exits 2 saying what that row lacks', async () => {
    const db = dbFile();
    const dir = path.dirname(db);
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    const notes = Array.from({ length: 31 }, (_, i) => [`填表说明第 ${i + 1} 条`]);
    const deep = await writeSheet(dir, 'deep.xlsx', [...notes, header, ['张三', idNumber('1985-03-07', 11), '汨罗市司法局']]);

    const searched = await xuefa('import', deep, '--db', db, '--dry-run', '--json');
    expect(searched.code).toBe(2);
    expect(JSON.parse(searched.stdout)).toMatchObject({ errors: [{ code: 'HEADER_MISSING' }] });

    const given = await xuefa('import', deep, '--header-row', '32', '--db', db, '--dry-run', '--json');
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout)).toMatchObject({ sheet: '名册', headerRow: 32, rows: 1, created: 1, applied: false });

    const wrong = await xuefa('import', deep, '--header-row', '3', '--db', db, '--json');
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ headerRow: null, errors: [{ code: 'HEADER_MISSING' }] });
    expect(wrong.stderr).toContain('第 3 行作为表头时，还缺少必填的“姓名”“身份证号”“单位”列');

    for (const bad of ['0', 'abc', '2.5']) {
      const usage = await xuefa('import', deep, '--header-row', bad, '--db', db);
      expect(usage.code, bad).toBe(2);
      expect(usage.stderr).toContain('--header-row 应是表头所在的行号');
    }
    expect(JSON.parse((await xuefa('info', '--db', db, '--json')).stdout)).toMatchObject({ unitCount: 1 });
  });

  it('exports the roster and re-imports it with every row unchanged', async () => {
    const db = dbFile();
    const dir = path.dirname(db);
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    await xuefa('import', await writeSheet(dir, 'in.xlsx', [header, ['张三', idNumber('1985-03-07', 11), '汨罗市司法局']]), '--db', db);
    const out = path.join(dir, 'out.xlsx');
    expect(JSON.parse((await xuefa('export', 'roster', out, '--db', db, '--json')).stdout)).toEqual({ file: out, rows: 1 });
    const again = await xuefa('import', out, '--db', db, '--dry-run', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 1, unchanged: 1, created: 0, updated: 0, errors: [] });
  });
});
