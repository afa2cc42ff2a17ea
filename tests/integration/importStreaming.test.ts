import fs from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { readRoster, type RosterRow } from '../../electron/core/excel/readRoster';
import { call } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { lieAboutSize } from '../hostile/xlsxCorpus';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/**
 * A real import writes its new people while the file is still being read,
 * in batches, inside one transaction. Whatever is found further down the
 * file (an error in its last row, a file that breaks off) must still leave
 * the desk exactly as it was, with no backup left over; and a whole import
 * must leave the indexes, the name search and the audit trail complete.
 */
const PEOPLE = 12_000; // more than two of the writer's batches
let desk: Desk;
let dir: string;

useTempDesk(async (open) => {
  ({ desk, dir } = open);
  await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
});

const idOf = (i: number) => idNumber(`19${60 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`, (i % 900) + 1, String(430100 + Math.floor(i / 900)));
const person = (i: number) => [`学员${i}号`, idOf(i), i % 3 ? '汨罗市司法局' : `汨罗市司法局/新所${i % 7}`];

async function state() {
  const db = desk.ctx.db;
  const count = async (table: string) => Number(((await db(table).count({ n: '*' }).first()) as { n: number }).n);
  return {
    staff: await count('staff'),
    units: await count('units'),
    audit: await count('audit_log'),
    nameChars: await count('staff_name_chars'),
    schema: (await db.raw("SELECT type, name FROM sqlite_master WHERE tbl_name = 'staff' ORDER BY name")) as { type: string; name: string }[],
  };
}

const backups = () => (fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.includes('before-import')) : []);

describe('an import written while it is read', () => {
  it('an error in the last row keeps out the thousands of people already written, and leaves no backup', async () => {
    const rows = Array.from({ length: PEOPLE }, (_, i) => person(i));
    rows.push(['最后一行', '430681198501011234', '汨罗市司法局']); // a bad checksum
    const file = await writeSheet(dir, '末行有错.xlsx', [['姓名', '身份证号', '单位'], ...rows]);
    const before = await state();
    const staffInserts: string[] = [];
    const listen = (q: { sql: string }) => void (/^INSERT INTO "staff"/.test(q.sql) && staffInserts.push(q.sql));
    desk.ctx.db.on('query', listen);
    const { report, backup } = await importRoster(desk.ctx, file, { createUnits: true });
    desk.ctx.db.off('query', listen);
    // People were written before the last row was read; all of it was rolled back.
    expect(staffInserts.length).toBeGreaterThanOrEqual(2);
    expect(report).toMatchObject({ rows: PEOPLE + 1, created: PEOPLE, applied: false, errors: [{ row: PEOPLE + 2, column: '身份证号', code: 'ID_CHECKSUM' }] });
    expect(backup).toBeNull();
    expect(await state()).toEqual(before);
    expect(backups()).toEqual([]);
  });

  it('with skip-invalid, every valid person is in, searchable by name, with an audit row each, in file order', async () => {
    const rows = Array.from({ length: PEOPLE }, (_, i) => (i % 1000 === 999 ? [`错行${i}`, '', '汨罗市司法局'] : person(i)));
    const file = await writeSheet(dir, '跳过错误.xlsx', [['姓名', '身份证号', '单位'], ...rows]);
    const before = await state();
    const { report, backup } = await importRoster(desk.ctx, file, { createUnits: true, skipInvalid: true });
    const valid = PEOPLE - PEOPLE / 1000;
    expect(report).toMatchObject({ created: valid, unitsCreated: 7, applied: true });
    expect(report.errors.map((e) => e.code)).toEqual(Array(PEOPLE / 1000).fill('ID_MISSING'));
    expect(backup && fs.existsSync(backup)).toBeTruthy();

    const after = await state();
    expect(after).toMatchObject({ staff: before.staff + valid, units: before.units + 7, audit: before.audit + valid + 7 + 1 });
    expect(after.schema).toEqual(before.schema); // indexes and triggers all back
    // Every name's characters are listed for the name search, as the triggers would have listed them.
    expect(after.nameChars).toBeGreaterThan(before.nameChars + valid);
    const found = await call(desk, 'staff.search', { query: '学员11998号', year: 2024 });
    expect(found.rows.map((r) => r.name)).toEqual(['学员11998号']);

    // Ids follow the file's order; each person's audit row names their unit's path.
    const staff = (await desk.ctx.db('staff').orderBy('id').select('id', 'name', 'id_number')) as { id: number; name: string; id_number: string }[];
    expect(staff.map((s) => s.id_number)).toEqual(rows.filter((r) => r[1]).map((r) => r[1]));
    const audited = (await desk.ctx.db.raw(
      "SELECT a.staff_id, a.after_json ->> 'unitPath' AS unitPath, a.after_json ->> 'source' AS source FROM audit_log a WHERE a.action = 'staff.create' ORDER BY a.id",
    )) as { staff_id: number; unitPath: string; source: string }[];
    expect(audited.map((a) => a.staff_id)).toEqual(staff.map((s) => s.id));
    expect(audited[0]).toEqual({ staff_id: staff[0]!.id, unitPath: '汨罗市司法局/新所0', source: '跳过错误.xlsx' });
    expect(audited[1]!.unitPath).toBe('汨罗市司法局');
    // A unit's audit row comes before those of the people in it.
    const unitRow = (await desk.ctx.db.raw("SELECT min(id) AS id FROM audit_log WHERE action = 'unit.create' AND after_json ->> 'path' = '汨罗市司法局/新所0'")) as { id: number }[];
    const firstInIt = (await desk.ctx.db.raw("SELECT min(id) AS id FROM audit_log WHERE action = 'staff.create'")) as { id: number }[];
    expect(unitRow[0]!.id).toBeLessThan(firstInIt[0]!.id);
  });

  it('a file that breaks off part-way leaves the desk as it was, with no backup', async () => {
    const rows = Array.from({ length: PEOPLE }, (_, i) => person(i));
    const whole = await writeSheet(dir, '完整.xlsx', [['姓名', '身份证号', '单位'], ...rows]);
    const before = await state();
    // Over the limit on rows: refused only once the 10,001st row is read, after two batches were written.
    const e = await importRoster(desk.ctx, whole, { createUnits: true, maxRows: 10_000 }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await state()).toEqual(before);
    expect(backups()).toEqual([]);
    // And the same file then imports whole.
    const { report } = await importRoster(desk.ctx, whole, { createUnits: true });
    expect(report).toMatchObject({ created: PEOPLE, applied: true });
  });

  it('a sheet larger than its zip entry declares is refused whole, though its first rows were read and written', async () => {
    const file = await writeSheet(dir, '谎报大小.xlsx', [['姓名', '身份证号', '单位'], ...Array.from({ length: PEOPLE }, (_, i) => person(i))]);
    lieAboutSize(file, 'xl/worksheets/sheet1.xml', 100 * 1024);
    const before = await state();
    const refusal = await importRoster(desk.ctx, file, { createUnits: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(SpreadsheetFileError);
    expect(refusal).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('xl/worksheets/sheet1.xml 实际内容比声明的大') });
    expect(backups()).toEqual([]);
    expect(await state()).toEqual(before);
  });

  it('the reader never parses a byte past the size a part declares', async () => {
    const file = await writeSheet(dir, '谎报大小2.xlsx', [['姓名', '身份证号', '单位'], ...Array.from({ length: 3000 }, (_, i) => person(i))]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('nodebuffer');
    const declared = 100 * 1024;
    expect(xml.length).toBeGreaterThan(2 * declared);
    lieAboutSize(file, 'xl/worksheets/sheet1.xml', declared);
    const taken: RosterRow[] = [];
    const refusal = await readRoster(file, { sink: { header: () => undefined, row: (r) => void taken.push(r) } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('xl/worksheets/sheet1.xml 实际内容比声明的大') });
    // Rows are handed on as they are read, up to the declared size and not one past it.
    expect(taken.length).toBeGreaterThan(100);
    const last = taken.at(-1)!.row;
    const endOf = (row: number) => xml.indexOf('</row>', xml.indexOf(`<row r="${row}"`)) + '</row>'.length;
    expect(endOf(last)).toBeLessThanOrEqual(declared);
    // The next row ends past it: reading stopped at the declared size, not before.
    expect(endOf(last + 1)).toBeGreaterThan(declared - 64 * 1024);
  });
});
