import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';
import { isDeskError } from '../../shared/errors';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call, tempDir } from '../helpers/tempDesk';

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const dir = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

async function open(dataDir: string, at: string): Promise<Desk> {
  const desk = await openDesk({ mode: 'cli', dataDir, clock: fixedClock(at), actor: 'tester' });
  cleanups.push(() => desk.close());
  return desk;
}

const backups = async (desk: Desk) => (await call(desk, 'backup.status', {})).backups;

describe('automatic backups', () => {
  it('takes a daily backup on the first start of a day, not on later ones, and none for an empty desk', async () => {
    const d = dir();
    let desk = await open(d, '2024-09-02T08:00:00');
    expect(await backups(desk)).toEqual([]); // nothing to protect yet
    await unit(desk, '司法局');
    await desk.close();
    desk = await open(d, '2024-09-02T10:00:00');
    expect(await backups(desk)).toHaveLength(1); // first start with something in it
    await desk.close();
    desk = await open(d, '2024-09-02T15:00:00');
    expect((await backups(desk)).map((b) => b.reason)).toEqual(['daily']);
    await desk.close();
    desk = await open(d, '2024-09-03T07:30:00');
    expect((await backups(desk)).map((b) => b.createdAt)).toEqual(['2024-09-03 07:30:00', '2024-09-02 10:00:00']);
  });

  it('keeps the count the admin sets, removing the oldest automatic backups only', async () => {
    const d = dir();
    let desk = await open(d, '2024-09-01T08:00:00');
    await unit(desk, '司法局');
    const keep = path.join(desk.ctx.paths.backupsDir, '我的备份.sqlite');
    fs.mkdirSync(desk.ctx.paths.backupsDir, { recursive: true });
    fs.writeFileSync(keep, 'not ours to prune');
    await call(desk, 'backup.setKeepCount', { keepCount: 3 });
    await desk.close();
    for (const day of ['02', '03', '04', '05', '06']) {
      desk = await open(d, `2024-09-${day}T08:00:00`);
      await desk.close();
    }
    desk = await open(d, '2024-09-07T08:00:00');
    expect((await backups(desk)).map((b) => b.createdAt.slice(0, 10))).toEqual(['2024-09-07', '2024-09-06', '2024-09-05']);
    expect(fs.existsSync(keep)).toBe(true);
    const r = await call(desk, 'backup.setKeepCount', { keepCount: 3 });
    expect(r.removed).toBe(0);
    const refused = await desk.call('backup.setKeepCount', { keepCount: 1 });
    expect(refused.ok).toBe(false);
  });

  it('an unfinished backup is never listed, and old leftovers are cleared at start', async () => {
    const d = dir();
    const desk = await open(d, '2024-09-01T08:00:00');
    await unit(desk, '司法局');
    const part = path.join(desk.ctx.paths.backupsDir, 'xuefa-20240901-080000-daily.sqlite.part');
    fs.mkdirSync(desk.ctx.paths.backupsDir, { recursive: true });
    fs.writeFileSync(part, 'half');
    // SQLite's journal of the half-written copy, left when VACUUM INTO was cut off.
    fs.writeFileSync(`${part}-journal`, 'journal');
    expect(await backups(desk)).toEqual([]);
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(part, old, old);
    fs.utimesSync(`${part}-journal`, old, old);
    await desk.close();
    await open(d, '2024-09-01T09:00:00');
    expect(fs.existsSync(part)).toBe(false);
    expect(fs.existsSync(`${part}-journal`)).toBe(false);
  });

  it('the backup before an import is an automatic backup too', async () => {
    const d = dir();
    const desk = await open(d, '2024-09-01T08:00:00');
    const { backupInto } = await import('../../electron/core/db/backup');
    await unit(desk, '司法局');
    await backupInto(desk.ctx.db, desk.ctx.paths.backupsDir, 'before-import', desk.ctx.clock.now());
    expect((await backups(desk)).map((b) => b.reason)).toEqual(['before-import']);
  });
});

describe('integrity', () => {
  it('a sound desk passes the full check', async () => {
    const desk = await open(dir(), '2024-09-01T08:00:00');
    await unit(desk, '司法局');
    const r = await call(desk, 'backup.checkIntegrity', {});
    expect(r).toMatchObject({ ok: true, integrity: ['ok'], foreignKeys: [], latestGoodBackup: null, evidence: { checked: 0, problems: [] } });
  });

  it('a broken reference fails the full check, which offers the latest good backup', async () => {
    const d = dir();
    let desk = await open(d, '2024-09-01T08:00:00');
    const u = await unit(desk, '司法局');
    await createStaff(desk, { unitId: u.id });
    await desk.close();
    desk = await open(d, '2024-09-02T08:00:00'); // takes the daily backup
    await desk.ctx.db.raw('PRAGMA foreign_keys = OFF');
    await desk.ctx.db('units').where({ id: u.id }).delete();
    await desk.ctx.db.raw('PRAGMA foreign_keys = ON');
    const r = await call(desk, 'backup.checkIntegrity', {});
    expect(r.ok).toBe(false);
    expect(r.foreignKeys).toEqual([expect.objectContaining({ table: 'staff', parent: 'units' })]);
    expect(r.latestGoodBackup?.reason).toBe('daily');
  });

  it('a damaged database is refused at start with the latest good backup named in the message', async () => {
    const d = dir();
    let desk = await open(d, '2024-09-01T08:00:00');
    await unit(desk, '司法局');
    await desk.close();
    desk = await open(d, '2024-09-02T08:00:00');
    for (let i = 0; i < 50; i++) await unit(desk, `单位${i}`);
    const file = desk.ctx.paths.databaseFile;
    await desk.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 + 100, bytes.length); // pages after the first overwritten
    fs.writeFileSync(file, bytes);
    const e = await openDesk({ mode: 'cli', dataDir: d, clock: fixedClock('2024-09-02T09:00:00') }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(isDeskError(e) && e.code).toBe('DB_CORRUPT');
    expect((e as Error).message).toMatch(/xuefa-20240902-080000-daily\.sqlite/);
    expect((e as Error).message).toMatch(/xuefa restore/);
  });
});
