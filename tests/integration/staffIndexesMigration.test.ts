import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';
import { openDatabaseBefore } from '../helpers/oldDatabase';
import { storedStaffRow } from '../helpers/staffFixtures';
import { call, tempDir } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

/** The migration that lists every person under the characters of the name (staff_name_chars). */
const STAFF_INDEXES = '20261124110000_staff_indexes';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function charsOf(desk: Desk, staffId: number): Promise<string[]> {
  return ((await desk.ctx.db('staff_name_chars').where({ staff_id: staffId }).orderBy('ch').pluck('ch')) as string[]).sort();
}

function expectedChars(name: string): string[] {
  return [...new Set([...name.replace(/[A-Z]/g, (c) => c.toLowerCase())])].sort();
}

describe(`migration ${STAFF_INDEXES}`, () => {
  it('lists the people already on the roster, and the triggers keep the list right afterwards', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { file, db, applied } = await openDatabaseBefore(t.dir, STAFF_INDEXES);
    expect(applied).toBeGreaterThan(0);

    await db('units').insert({ id: 1, name: '汨罗市司法局', sort_order: 0, created_at: 'a', updated_at: 'a' });
    const person = storedStaffRow;
    await db('staff').insert([person(1, '张三', 123), person(2, '欧阳Amy', 246), person(3, '王_百%', 135)]);
    await db.destroy();

    const desk = await openDesk({ mode: 'cli', databaseFile: file, dataDir: t.dir, clock: fixedClock('2024-09-01T09:00:00+08:00'), actor: 'tester' });
    cleanups.push(() => desk.close());
    expect(desk.backupBeforeMigrate).not.toBeNull();
    for (const [id, name] of [[1, '张三'], [2, '欧阳Amy'], [3, '王_百%']] as const) expect(await charsOf(desk, id)).toEqual(expectedChars(name));

    const found = async (query: string) => (await call(desk, 'staff.search', { query, year: 2024 })).rows.map((r) => r.name);
    expect(await found('阳a')).toEqual(['欧阳Amy']);
    expect(await found('AMY')).toEqual(['欧阳Amy']);
    expect(await found('百%')).toEqual(['王_百%']);

    // A rename moves the person from the old characters to the new ones; a delete removes them.
    await call(desk, 'staff.update', { id: 1, input: { idNumber: idNumber('19850312', 123), name: '张四', unitId: 1 }, year: 2024 });
    expect(await charsOf(desk, 1)).toEqual(expectedChars('张四'));
    expect(await found('三')).toEqual([]);
    expect(await found('张四')).toEqual(['张四']);
    await desk.ctx.db('staff').where({ id: 3 }).del();
    expect(await charsOf(desk, 3)).toEqual([]);
    await call(desk, 'staff.create', { input: { idNumber: idNumber('19900101', 357), name: '李阳阳', unitId: 1 }, year: 2024 });
    expect(await found('阳')).toEqual(['欧阳Amy', '李阳阳']);
    expect(await found('阳阳')).toEqual(['李阳阳']);
  });
});
