import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { migrations } from '../../electron/core/db/migrations';
import { openDesk } from '../../electron/core/desk';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { openDatabaseBefore } from '../helpers/oldDatabase';
import { storedStaffRow } from '../helpers/staffFixtures';
import { call, tempDir } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

/** The migration that turns staff.id_number's UNIQUE constraint into an index of its own. */
const ID_NUMBER_INDEX = '20261202090000_staff_id_number_index';

/** The tables whose rows point at a person, with what their foreign key does when the person goes. */
const CHILD_TABLES = ['staff_checks', 'transfers', 'expected_transfers', 'bookings', 'exemptions', 'credits'];

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe(`migration ${ID_NUMBER_INDEX}`, () => {
  it('keeps every person and everything that points at them, and refuses a duplicate ID number as before', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { file, db, applied } = await openDatabaseBefore(t.dir, ID_NUMBER_INDEX);
    expect(applied).toBe(migrations.findIndex((m) => m.name === ID_NUMBER_INDEX));
    await db('units').insert([
      { id: 1, name: '汨罗市司法局', sort_order: 0, created_at: 'a', updated_at: 'a' },
      { id: 2, name: '公证处', parent_id: 1, sort_order: 0, created_at: 'a', updated_at: 'a' },
    ]);
    const person = storedStaffRow;
    await db('staff').insert([person(1, '张三', 123), person(2, '李四', 246), person(3, '王五', 135)]);
    // A row in every table that refers to a person; CASCADE and SET NULL ones among them, which a
    // careless rebuild of the staff table would empty.
    await db('staff_checks').insert({ staff_id: 1, year: 2024, checked_at: 'a', checked_by: 'x' });
    await db('transfers').insert({ id: 1, staff_id: 2, id_number: idNumber('19850312', 246), name: '李四', from_unit_id: 2, from_path: '汨罗市司法局/公证处', to_unit_id: 1, to_path: '汨罗市司法局', effective_on: '2024-03-01', source: 'desk', recorded_at: 'a', recorded_by: 'x' });
    await db('expected_transfers').insert({ id: 1, staff_id: 3, to_unit_id: 2, created_at: 'a', created_by: 'x' });
    await db('bookings').insert({ id: 1, staff_id: 1, year: 2024, session_at: '2024-10-12T09:00', created_at: 'a', updated_at: 'a' });
    await db('exemptions').insert({ id: 1, staff_id: 2, year: 2024, ground: 'maternity', created_at: 'a', updated_at: 'a' });
    await db('credits').insert({ staff_id: 3, year: 2024, compulsory: 10, elective: 20, as_of: 'a', imported_at: 'a' });
    const rowsOf = async (d: typeof db) => Object.fromEntries(await Promise.all([...CHILD_TABLES, 'staff', 'staff_name_chars'].map(async (n) => [n, await d(n).select()])));
    const kept = await rowsOf(db);
    await db.destroy();

    const desk = await openDesk({ mode: 'cli', databaseFile: file, dataDir: t.dir, clock: fixedClock('2024-09-01T09:00:00+08:00'), actor: 'tester' });
    cleanups.push(() => desk.close());
    expect(desk.backupBeforeMigrate).not.toBeNull();
    const after = desk.ctx.db;
    // Every row kept as it was (later migrations may add columns of their own).
    expect(await rowsOf(after)).toMatchObject(kept);
    expect(await after.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await after.raw('PRAGMA foreign_key_check')).toEqual([]);
    // Every foreign key still names the staff table.
    for (const table of CHILD_TABLES) {
      const fks = (await after.raw(`PRAGMA foreign_key_list(${table})`)) as { from: string; table: string }[];
      expect(fks.filter((f) => f.from === 'staff_id').map((f) => f.table), table).toEqual(['staff']);
    }
    const schema = (await after.raw(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'staff' AND type = 'index' ORDER BY name`)) as { name: string; sql: string | null }[];
    expect(schema.find((o) => o.name === 'staff_id_number')?.sql).toBe('CREATE UNIQUE INDEX staff_id_number ON staff (id_number)');
    expect(schema.filter((o) => o.sql === null)).toEqual([]);

    // The index is the one a lookup by ID number uses, and it still refuses a second person with the same number.
    const plan = (await after.raw(`EXPLAIN QUERY PLAN SELECT id FROM staff WHERE id_number = ?`, [idNumber('19850312', 246)])) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('staff_id_number');
    const dup = await call(desk, 'staff.create', { input: { idNumber: idNumber('19850312', 123), name: '张三三', unitId: 1 }, year: 2024 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(dup)).toContain('DUPLICATE');
    await expect(after('staff').insert({ ...person(4, '重号', 123), id: 4 })).rejects.toThrow(/UNIQUE constraint failed: staff\.id_number/);

    // A bulk import sets the unique index aside and builds it again; it is there, and whole, afterwards.
    const rows = Array.from({ length: 2500 }, (_, i) => [`学员${i}`, idNumber('1980-01-01', (i % 900) + 1, String(430100 + Math.floor(i / 900))), '汨罗市司法局']);
    const roster = await writeSheet(t.dir, '名册.xlsx', [['姓名', '身份证号', '单位'], ...rows]);
    const { report } = await importRoster(desk.ctx, roster, {});
    expect(report).toMatchObject({ created: 2500, applied: true, errors: [] });
    expect(await after.raw(`SELECT sql FROM sqlite_master WHERE name = 'staff_id_number'`)).toEqual([{ sql: 'CREATE UNIQUE INDEX staff_id_number ON staff (id_number)' }]);
    expect(await after.raw('PRAGMA integrity_check(staff)')).toEqual([{ integrity_check: 'ok' }]);
    const page = await call(desk, 'staff.search', { query: rows[1234]![1], year: 2024 });
    expect(page.rows.map((r) => r.name)).toEqual(['学员1234']);
  });
});
