import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/core/desk';
import { call, tempDir } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { runFaultChild } from './child';
import { listAutomaticBackups } from '../../electron/core/backup/automatic';
import { backupsOf, copyDesk, readState, unfinishedBackupsOf, type DeskState } from './deskState';
import { idNumber } from '../helpers/idNumber';

/**
 * The core process killed (SIGKILL, as by Task Manager or a power cut of the
 * process) while importing a 20,000-person roster. Whenever it dies, the
 * reopened desk passes SQLite's integrity check and holds either all of the
 * import or none of it.
 */
const ROWS = 20_000;
let root: string;
let cleanup: () => void;
let seeded: string;
let roster: string;
let before: DeskState;

function freshDesk(name: string): string {
  const dir = path.join(root, name);
  copyDesk(seeded, dir);
  return dir;
}

const db = (dataDir: string) => path.join(dataDir, 'xuefa.sqlite');

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('xuefa-kill-import-'));
  seeded = path.join(root, 'seeded');
  const desk = await openDesk({ mode: 'cli', dataDir: seeded, clock: fixedClock('2024-09-01T09:00:00+08:00'), actor: 'tester' });
  const unit = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  for (let i = 1; i <= 3; i++) await call(desk, 'staff.create', { input: { idNumber: idNumber('1970-05-05', i), name: `在册${i}`, unitId: unit.id }, year: 2024 });
  await desk.close();
  before = await readState(db(seeded));
  const rows = Array.from({ length: ROWS }, (_, i) => [`学员${i}`, idNumber(`19${60 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`, (i % 900) + 1, String(430100 + Math.floor(i / 900))), i % 2 ? '汨罗市司法局' : '汨罗市司法局/新建的公证处']);
  roster = await writeSheet(root, '两万人名册.xlsx', [['姓名', '身份证号', '单位'], ...rows]);
}, 120_000);
afterAll(() => cleanup());

function expectAllOrNone(after: DeskState): 'all' | 'none' {
  expect(after.integrity).toBe('ok');
  expect(after.staffSchema).toEqual(before.staffSchema);
  if (after.staff === before.staff) {
    expect(after).toMatchObject({ units: before.units, audit: before.audit, imports: 0 });
    return 'none';
  }
  expect(after).toMatchObject({ staff: before.staff + ROWS, units: before.units + 1, imports: 1 });
  expect(after.audit).toBe(before.audit + ROWS + 2);
  return 'all';
}

describe('killing the core mid-import', () => {
  let fullRunMs = 0;

  it('inside the import transaction (after the second batch of people): nothing of it is kept, and the import then runs whole', async () => {
    const dir = freshDesk('mid-transaction');
    const run = await runFaultChild(['import', dir, roster, '2'], { onMarker: 'MID-IMPORT' });
    expect(run.killed, run.stderr).toBe(true);
    expect(fs.existsSync(`${db(dir)}-wal`)).toBe(true);
    expect(expectAllOrNone(await readState(db(dir)))).toBe('none');

    const again = await runFaultChild(['import', dir, roster]);
    expect(again.stdout, again.stderr).toContain(`DONE ${ROWS}`);
    fullRunMs = again.ms;
    expect(expectAllOrNone(await readState(db(dir)))).toBe('all');
  });

  it('at moments spread over the whole run: always all or none, and every backup left behind is a whole database', async () => {
    expect(fullRunMs).toBeGreaterThan(0);
    const outcomes: string[] = [];
    for (const fraction of [0.45, 0.7, 0.85, 0.95]) {
      const dir = freshDesk(`timed-${fraction}`);
      const run = await runFaultChild(['import', dir, roster], { afterMs: fullRunMs * fraction });
      const outcome = expectAllOrNone(await readState(db(dir)));
      if (!run.killed) expect(outcome).toBe('all');
      const unfinished = unfinishedBackupsOf(dir);
      outcomes.push(`${fraction}:${run.killed ? 'killed' : 'finished'}:${outcome}:${backupsOf(dir).length} backup(s)${unfinished.length ? `+${unfinished.length} cut off` : ''}`);
      for (const backup of backupsOf(dir)) {
        const state = await readState(backup);
        expect(state.integrity, `${backup} (${outcomes.at(-1)})`).toBe('ok');
        expect(state.staff, backup).toBe(before.staff);
      }
      // A backup cut off while being written is never offered for restore.
      const listed = (await listAutomaticBackups(path.join(dir, 'backups'))).map((b) => path.join(dir, 'backups', b.name));
      expect(listed.sort()).toEqual(backupsOf(dir).sort());
    }
    console.info(`kill points (fraction of a ${Math.round(fullRunMs)} ms run): ${outcomes.join(' ')}`);
    // The spread must have caught the import at least once before its end.
    expect(outcomes.some((o) => o.includes('killed'))).toBe(true);
  }, 300_000);
});
