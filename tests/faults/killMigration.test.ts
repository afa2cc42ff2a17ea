import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { preflight } from '../../electron/core/db/preflight';
import { tempDir } from '../helpers/tempDesk';
import { runFaultChild } from './child';
import { backupsOf, copyDesk, readState, type DeskState } from './deskState';
import { idNumber } from '../helpers/idNumber';

/**
 * A desk from an older version is being migrated when its process is killed.
 * knex runs the whole batch (lock, every pending migration, their records)
 * in one transaction: the reopened database passes the integrity check, is
 * exactly the old version with its data, is not left locked, and the next
 * start migrates it whole.
 */
const OLD_VERSION = 2;
const at = new Date('2024-09-01T09:00:00+08:00');
let root: string;
let cleanup: () => void;
let oldDesk: string;
let before: DeskState;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('xuefa-kill-migrate-'));
  oldDesk = path.join(root, 'old');
  const old = await openDatabase(path.join(oldDesk, 'xuefa.sqlite'), path.join(oldDesk, 'backups'), at, migrations.slice(0, OLD_VERSION));
  await old.db('units').insert({ id: 1, name: '汨罗市司法局', sort_order: 0, created_at: 'a', updated_at: 'a' });
  await old.db('staff').insert(
    Array.from({ length: 500 }, (_, i) => ({
      id_number: idNumber('1980-01-01', (i % 900) + 1, String(430100 + Math.floor(i / 900))),
      name: `学员${i}`,
      sex: '男',
      birth_date: '1980-01-01',
      unit_id: 1,
      retirement_age: 60,
      status: '在职',
      created_at: 'a',
      updated_at: 'a',
    })),
  );
  await old.db.destroy();
  before = await readState(path.join(oldDesk, 'xuefa.sqlite'));
});
afterAll(() => cleanup());

describe('killing the core mid-migration', () => {
  it.each(Array.from({ length: migrations.length - OLD_VERSION }, (_, i) => OLD_VERSION + i))(
    'inside the batch, after migration %i: the old version stays whole and the next start migrates it',
    async (pauseAfter) => {
      const dir = path.join(root, `pause-${pauseAfter}`);
      copyDesk(oldDesk, dir);
      const file = path.join(dir, 'xuefa.sqlite');
      const run = await runFaultChild(['migrate', file, String(pauseAfter)], { onMarker: 'MID-MIGRATION' });
      expect(run.killed, run.stderr).toBe(true);

      const after = await readState(file);
      expect(after).toEqual(before);
      expect(await preflight(file)).toEqual({ fresh: false, applied: migrations.slice(0, OLD_VERSION).map((m) => m.name) });
      // The backup taken before migrating is a whole copy of the old version.
      const [backup, ...more] = backupsOf(dir);
      expect(more).toEqual([]);
      expect(await readState(backup!)).toEqual(before);

      const reopened = await openDatabase(file, path.join(dir, 'backups'), at);
      try {
        expect(reopened.schemaVersion).toBe(migrations.at(-1)!.name);
        const state = await readState(file);
        expect(state).toMatchObject({ integrity: 'ok', staff: before.staff, units: before.units, migrations: migrations.map((m) => m.name) });
      } finally {
        await reopened.db.destroy();
      }
    },
  );
});
