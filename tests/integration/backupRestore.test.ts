import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/core/desk';
import { fixedClock } from '../../electron/core/clock';
import { manualBackup, uploaded, withEditedManifest } from '../helpers/backupFiles';
import { putEvidence } from '../helpers/craftedBackups';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call, refusal, sha256, tempDir } from '../helpers/tempDesk';
import type { ArgsOf, MethodName } from '../../shared/contract';
import { booking, exemption } from '../helpers/yearWork';
import { idNumber } from '../helpers/idNumber';

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function freshDesk(at = '2024-09-02T09:00:00+08:00'): Promise<{ desk: Desk; dir: string }> {
  const t = tempDir();
  const desk = await openDesk({ mode: 'cli', dataDir: t.dir, clock: fixedClock(at), actor: 'tester' });
  cleanups.push(t.cleanup, () => desk.close());
  return { desk, dir: t.dir };
}

const unitNames = async (desk: Desk) => ((await desk.ctx.db('units').orderBy('id').pluck('name')) as string[]).join(',');

/** A desk with two units, a person with an exemption and a booking, and one evidence file. */
async function filledDesk() {
  const { desk, dir } = await freshDesk();
  const a = await unit(desk, '司法局');
  await unit(desk, '公证处', a.id);
  const s = await createStaff(desk, { unitId: a.id, name: '李四', idNumber: idNumber('19800101', 11) });
  await exemption(desk, s.id, 'approved');
  await booking(desk, s.id, { outcome: 'passed' });
  // Laid out as the evidence store does: evidence/<first two hex>/<sha256>.
  const evidence = path.join(dir, ...putEvidence(dir, Buffer.from('%PDF-1.4 证明材料')).split('/'));
  return { desk, dir, evidence };
}

async function refusedCode<M extends MethodName>(desk: Desk, method: M, args: ArgsOf<M>): Promise<string> {
  return (await refusal(desk, method, args)).code;
}

describe('manual backup → change → restore → undo', () => {
  it('restores the database and the evidence, keeps the previous state, and undoes', async () => {
    const { desk, evidence } = await filledDesk();
    const archive = await manualBackup(desk);
    expect(path.basename(archive)).toMatch(/^[0-9a-f]{32}\.xlsx$/); // stored in the outbox under its id
    const source = await uploaded(desk, fs.readFileSync(archive));

    await unit(desk, '新增单位');
    fs.rmSync(evidence);
    expect(await unitNames(desk)).toBe('司法局,公证处,新增单位');

    const preview = await call(desk, 'backup.inspect', { source });
    expect(preview).toMatchObject({ kind: 'backupFile', appVersion: desk.ctx.appVersion, counts: { units: 2, staff: 1, exemptions: 1, bookings: 1 }, evidenceFiles: 1 });
    expect(preview.createdAt).toBe(new Date('2024-09-02T09:00:00+08:00').toISOString());
    expect(await unitNames(desk)).toBe('司法局,公证处,新增单位'); // looking changes nothing

    const restored = await call(desk, 'backup.restore', { source });
    expect(await unitNames(desk)).toBe('司法局,公证处');
    expect(fs.readFileSync(evidence, 'utf8')).toBe('%PDF-1.4 证明材料');
    expect(restored.evidenceRestored).toBe(1);
    expect(restored.beforeRestore.reason).toBe('before-restore');
    const audit = await call(desk, 'audit.recent', { limit: 1 });
    expect(audit[0]!.action).toBe('backup.restore');

    // Undo: the previous state was kept as an automatic backup.
    await call(desk, 'backup.restore', { source: { kind: 'automatic', name: restored.beforeRestore.name } });
    expect(await unitNames(desk)).toBe('司法局,公证处,新增单位');
    const status = await call(desk, 'backup.status', {});
    expect(status.backups.filter((b) => b.reason === 'before-restore')).toHaveLength(2);
    // The reopened connection keeps the desk's pragmas and takes writes.
    expect(((await desk.ctx.db.raw('PRAGMA foreign_keys')) as { foreign_keys: number }[])[0]!.foreign_keys).toBe(1);
    await unit(desk, '撤销后新建');
  });

  it('restores an automatic backup (database only) without touching the evidence', async () => {
    const { desk, dir, evidence } = await filledDesk();
    await desk.close();
    // The next day (local time, as the admin's calendar), the first start takes the daily backup.
    const reopened = await openDesk({ mode: 'cli', dataDir: dir, clock: fixedClock('2024-09-03T08:00:00') });
    cleanups.push(() => reopened.close());
    const daily = (await call(reopened, 'backup.status', {})).backups.find((b) => b.reason === 'daily')!;
    expect(daily.createdAt).toBe('2024-09-03 08:00:00');
    await unit(reopened, '当天新建');
    fs.writeFileSync(path.join(path.dirname(evidence), 'cd34.pdf'), 'later');
    const preview = await call(reopened, 'backup.inspect', { source: { kind: 'automatic', name: daily.name } });
    expect(preview).toMatchObject({ kind: 'database', createdAt: '2024-09-03 08:00:00', counts: { units: 2 }, evidenceFiles: 0 });
    await call(reopened, 'backup.restore', { source: { kind: 'automatic', name: daily.name } });
    expect(await unitNames(reopened)).toBe('司法局,公证处');
    expect(fs.existsSync(path.join(path.dirname(evidence), 'cd34.pdf'))).toBe(true);
  });

  it('restores a backup from an older version and migrates it, with a backup before migrating', async () => {
    const { desk } = await filledDesk();
    const old = path.join(desk.ctx.paths.dataDir, 'old.sqlite');
    const { openDatabase } = await import('../../electron/core/db/open');
    const { migrations } = await import('../../electron/core/db/migrations');
    const o = await openDatabase(old, path.join(desk.ctx.paths.dataDir, 'old-backups'), new Date(), migrations.slice(0, -1));
    await o.db('units').insert({ name: '旧版单位', sort_order: 0, created_at: 'x', updated_at: 'x' });
    await o.db.destroy();
    const source = await uploaded(desk, fs.readFileSync(old), 'old.sqlite');
    const preview = await call(desk, 'backup.inspect', { source });
    expect(preview.schemaVersion).toBe(migrations[migrations.length - 2]!.name);
    await call(desk, 'backup.restore', { source });
    expect(await unitNames(desk)).toBe('旧版单位');
    expect(desk.ctx.schemaVersion).toBe(migrations[migrations.length - 1]!.name);
    const reasons = (await call(desk, 'backup.status', {})).backups.map((b) => b.reason);
    expect(reasons).toContain('before-migrate');
  });
});

describe('refusals: nothing changes', () => {
  async function expectUnchanged(desk: Desk, run: () => Promise<void>) {
    const before = sha256(desk.ctx.paths.databaseFile);
    const names = await unitNames(desk);
    const listing = () => (fs.existsSync(desk.ctx.paths.backupsDir) ? fs.readdirSync(desk.ctx.paths.backupsDir).sort() : []);
    const backups = listing();
    await run();
    expect(await unitNames(desk)).toBe(names);
    expect(listing()).toEqual(backups); // no before-restore backup either
    expect(sha256(desk.ctx.paths.databaseFile)).toBe(before);
  }

  it('a file that is not a backup', async () => {
    const { desk } = await filledDesk();
    await expectUnchanged(desk, async () => {
      for (const bytes of [Buffer.from('PK\x03\x04 not a backup at all'), Buffer.from('hello'), Buffer.alloc(0)]) {
        const source = await uploaded(desk, bytes, '名册.xlsx');
        expect(await refusedCode(desk, 'backup.restore', { source })).toBe('BACKUP_NOT_A_BACKUP');
      }
    });
  });

  it('a truncated backup, and one with a damaged member', async () => {
    const { desk } = await filledDesk();
    const bytes = fs.readFileSync(await manualBackup(desk));
    await expectUnchanged(desk, async () => {
      for (const cut of [bytes.length - 1, Math.floor(bytes.length / 2), 40]) {
        expect(await refusedCode(desk, 'backup.restore', { source: await uploaded(desk, bytes.subarray(0, cut)) })).toBe('BACKUP_TRUNCATED');
      }
      const flipped = Buffer.from(bytes);
      flipped[5000] = flipped[5000]! ^ 0xff;
      expect(await refusedCode(desk, 'backup.restore', { source: await uploaded(desk, flipped) })).toBe('BACKUP_DAMAGED');
      const evil = withEditedManifest(bytes, (m) => {
        (m.members as { name: string }[])[1]!.name = 'evidence/../../escape.pdf';
      });
      expect(await refusedCode(desk, 'backup.restore', { source: await uploaded(desk, evil) })).toBe('BACKUP_DAMAGED');
    });
    expect(fs.existsSync(path.join(desk.ctx.paths.dataDir, '..', 'escape.pdf'))).toBe(false);
  });

  it('a backup from a newer version: newer format, or a database with a newer schema', async () => {
    const { desk } = await filledDesk();
    const bytes = fs.readFileSync(await manualBackup(desk));
    const newerFormat = withEditedManifest(bytes, (m) => {
      m.formatVersion = 2;
    });
    const future = path.join(desk.ctx.paths.dataDir, 'future.sqlite');
    await desk.ctx.db.raw('VACUUM INTO ?', [future]);
    const { connect } = await import('../../electron/core/db/connection');
    const f = connect(future);
    await f('knex_migrations').insert({ name: '20991231000000_from_the_future', batch: 99, migration_time: new Date() });
    await f.destroy();
    await expectUnchanged(desk, async () => {
      expect(await refusedCode(desk, 'backup.inspect', { source: await uploaded(desk, newerFormat) })).toBe('BACKUP_FROM_FUTURE');
      expect(await refusedCode(desk, 'backup.restore', { source: await uploaded(desk, newerFormat) })).toBe('BACKUP_FROM_FUTURE');
      expect(await refusedCode(desk, 'backup.restore', { source: await uploaded(desk, fs.readFileSync(future), 'future.sqlite') })).toBe('BACKUP_FROM_FUTURE');
    });
  });

  it('an automatic backup name that is not one, or is gone', async () => {
    const { desk } = await filledDesk();
    await expectUnchanged(desk, async () => {
      for (const name of ['../xuefa.sqlite', 'xuefa-20240902-090000-daily.sqlite', 'xuefa.sqlite']) {
        expect(await refusedCode(desk, 'backup.restore', { source: { kind: 'automatic', name } })).toBe('BACKUP_NOT_FOUND');
      }
    });
  });
});
