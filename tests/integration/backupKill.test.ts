import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupFile } from '../../electron/core/backup/createBackupFile';
import { fixedClock } from '../../electron/core/clock';
import { backupInto } from '../../electron/core/db/backup';
import { openDesk } from '../../electron/core/desk';
import { startChild } from '../helpers/childProcess';
import { createStaff, unit } from '../helpers/staffFixtures';
import { tempDir } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

/*
 * The process killed in the middle of a backup or a restore: a child runs the
 * real CLI (or an open desk) and is SIGKILLed at a named point (XUEFA_PAUSE_AT,
 * see electron/core/backup/pausePoint.ts) or after a delay. The desk must then
 * open on a sound database holding wholly the old state or wholly the new.
 */
const OLD = '司法局,公证处,后来新建'; // the state when the child starts
const NEW = '司法局,公证处'; // the state in the backup

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** A desk whose backup (archive and automatic) holds NEW, while the database holds OLD. */
async function prepared(): Promise<{ dir: string; archive: string; automatic: string }> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const desk = await openDesk({ mode: 'cli', dataDir: t.dir, clock: fixedClock('2024-09-02T09:00:00'), actor: 'tester' });
  const a = await unit(desk, '司法局');
  await unit(desk, '公证处', a.id);
  for (let i = 0; i < 30; i++) await createStaff(desk, { unitId: a.id, name: `学员${i}`, idNumber: idNumber('19800101', i * 2 + 1) });
  fs.mkdirSync(path.join(t.dir, 'evidence'), { recursive: true });
  fs.writeFileSync(path.join(t.dir, 'evidence', 'aa11.pdf'), 'evidence');
  const archive = path.join(t.dir, 'manual.xfbak');
  await createBackupFile(desk.ctx.db, desk.ctx.paths, archive, { appVersion: 'test', now: desk.ctx.clock.now() });
  const automatic = path.basename(await backupInto(desk.ctx.db, desk.ctx.paths.backupsDir, 'before-import', desk.ctx.clock.now()));
  const c = await unit(desk, '后来新建');
  for (let i = 0; i < 5; i++) await createStaff(desk, { unitId: c.id, name: `新人${i}`, idNumber: idNumber('19900101', i * 2 + 1) });
  await desk.close();
  return { dir: t.dir, archive, automatic };
}

/** Runs the child; kills it once it prints its pause marker on stderr (or `killAfterMs` after it has started), or lets it end. */
async function runBackupChild(args: string[], opts: { pauseAt?: string; killAfterMs?: number }): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, XUEFA_NOW: '2024-09-02T10:00:00' };
  if (opts.pauseAt) env.XUEFA_PAUSE_AT = opts.pauseAt;
  else delete env.XUEFA_PAUSE_AT;
  const child = startChild('tests/helpers/backupChild.ts', args, { env });
  if (opts.pauseAt) void child.waitFor(new RegExp(`XUEFA_PAUSED ${opts.pauseAt}`), 'stderr').then(() => child.kill(), () => undefined);
  const { killAfterMs } = opts;
  if (killAfterMs !== undefined) void child.waitFor(/XUEFA_STARTED/, 'stderr').then(() => setTimeout(() => void child.kill(), killAfterMs), () => undefined);
  const run = await child.ended;
  return { killed: run.killed, code: run.code, stderr: run.stderr };
}

/** Opens the desk as the app would next time and reads its state. */
async function stateOf(dir: string): Promise<{ units: string; staff: number; integrity: string }> {
  const desk = await openDesk({ mode: 'cli', dataDir: dir, clock: fixedClock('2024-09-02T11:00:00') });
  try {
    const units = ((await desk.ctx.db('units').orderBy('id').pluck('name')) as string[]).join(',');
    const staff = Number(((await desk.ctx.db('staff').count({ n: '*' }).first()) as { n: number }).n);
    const rows = (await desk.ctx.db.raw('PRAGMA integrity_check')) as Record<string, string>[];
    return { units, staff, integrity: Object.values(rows[0]!)[0]! };
  } finally {
    await desk.close();
  }
}

const whole = { old: { units: OLD, staff: 35, integrity: 'ok' }, new: { units: NEW, staff: 30, integrity: 'ok' } };

describe('killed during a restore through the CLI (closed desk)', () => {
  for (const [point, expected] of [
    ['restore-staged', whole.old],
    ['restore-before-swap', whole.old],
    ['restore-swapped', whole.new],
  ] as const) {
    it(`at ${point}: the desk opens on the ${expected === whole.old ? 'old' : 'new'} state, whole`, async () => {
      const { dir, archive } = await prepared();
      const run = await runBackupChild(['cli', 'restore', archive, '--yes', '--data-dir', dir], { pauseAt: point });
      expect(run.killed, run.stderr).toBe(true);
      expect(await stateOf(dir)).toEqual(expected);
      expect(fs.existsSync(path.join(dir, 'restore-staging'))).toBe(false);
      // And a restore run to the end afterwards still works.
      const again = await runBackupChild(['cli', 'restore', archive, '--yes', '--data-dir', dir], {});
      expect(again.code, again.stderr).toBe(0);
      expect(await stateOf(dir)).toEqual(whole.new);
    }, 90_000);
  }
});

describe('killed during a restore on the open desk', () => {
  for (const [point, expected] of [
    ['restore-before-swap', whole.old],
    ['restore-swapped', whole.new],
  ] as const) {
    it(`at ${point}`, async () => {
      const { dir, automatic } = await prepared();
      const run = await runBackupChild(['desk', dir, automatic], { pauseAt: point });
      expect(run.killed, run.stderr).toBe(true);
      expect(await stateOf(dir)).toEqual(expected);
    }, 90_000);
  }

  it('at arbitrary moments: always one state or the other', async () => {
    const { dir, automatic } = await prepared();
    for (const ms of [0, 40, 120, 400]) {
      await runBackupChild(['desk', dir, automatic], { killAfterMs: ms });
      const state = await stateOf(dir);
      expect([whole.old, whole.new]).toContainEqual(state);
    }
  }, 120_000);
});

describe('killed during a manual backup', () => {
  it('leaves no backup file, only a .part that is never taken for one, and the desk as it was', async () => {
    const { dir } = await prepared();
    const out = path.join(dir, 'kill.xfbak');
    const run = await runBackupChild(['cli', 'backup', '--out', out, '--data-dir', dir], { pauseAt: 'backup-writing' });
    expect(run.killed, run.stderr).toBe(true);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.part`)).toBe(true);
    expect(await stateOf(dir)).toEqual(whole.old);
    const done = await runBackupChild(['cli', 'backup', '--out', out, '--data-dir', dir], {});
    expect(done.code, done.stderr).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  }, 90_000);
});
