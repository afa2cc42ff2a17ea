import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneAutomaticBackups } from '../../electron/core/backup/automatic';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';
import { uploaded, withEditedManifest } from '../helpers/backupFiles';
import { xuefa } from '../helpers/cli';
import { craftArchive, databaseCopy, evidenceName, folderState, putEvidence } from '../helpers/craftedBackups';
import { createStaff, unit } from '../helpers/staffFixtures';
import { call, refusal, tempDir } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

/**
 * Crafted backups: each one refused before the first write, with the data
 * folder (every file's hash, every folder) exactly as it was, by
 * backup.restore on the open desk, by backup.inspect, and by the command line
 * on the closed desk.
 */

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const GENUINE = Buffer.from('%PDF-1.4 真实的证明材料');
const OTHER = Buffer.from('%PDF-1.4 冒名顶替的内容');
const THIRD = Buffer.from('%PDF-1.4 第三份材料');

async function deskWithEvidence(): Promise<{ desk: Desk; dir: string; scratch: string; genuine: string }> {
  const t = tempDir();
  const s = tempDir('xuefa-crafted-');
  const desk = await openDesk({ mode: 'cli', dataDir: t.dir, clock: fixedClock('2024-09-02T09:00:00+08:00'), actor: 'tester' });
  cleanups.push(t.cleanup, s.cleanup, () => desk.close());
  const a = await unit(desk, '司法局');
  await createStaff(desk, { unitId: a.id, name: '李四', idNumber: idNumber('19800101', 11) });
  const genuine = putEvidence(t.dir, GENUINE);
  return { desk, dir: t.dir, scratch: s.dir, genuine };
}

/** Uploads the bytes, then checks that inspect and restore both refuse with `code` and change nothing at all. */
async function expectRefused(desk: Desk, dir: string, bytes: Buffer, code: string, name = '备份.xfbak'): Promise<void> {
  const source = await uploaded(desk, bytes, name);
  const before = folderState(dir);
  expect((await refusal(desk, 'backup.inspect', { source })).code).toBe(code);
  expect(folderState(dir)).toEqual(before);
  expect((await refusal(desk, 'backup.restore', { source })).code).toBe(code);
  expect(folderState(dir)).toEqual(before);
  expect(await desk.ctx.db('units').count({ n: '*' })).toEqual([{ n: 1 }]);
}

/** The same refusal from `xuefa restore --yes` on the closed desk. */
async function expectCliRefused(dir: string, scratch: string, bytes: Buffer, code: string): Promise<void> {
  const file = path.join(scratch, `cli-${Math.random().toString(16).slice(2)}.xfbak`);
  fs.writeFileSync(file, bytes);
  const before = folderState(dir);
  const run = await xuefa('restore', file, '--yes', '--data-dir', dir, '--json');
  expect(run.code).toBe(1);
  expect((JSON.parse(run.stdout) as { error: { code: string } }).error.code).toBe(code);
  expect(folderState(dir)).toEqual(before);
}

describe('crafted backups are refused before anything is written', () => {
  it('a member stored under an existing evidence name with other content, then a member with a bad hash', async () => {
    const { desk, dir, scratch, genuine } = await deskWithEvidence();
    const db = await databaseCopy(desk, scratch);
    const crafted = await craftArchive(scratch, db, [
      { name: genuine, bytes: OTHER },
      { name: evidenceName(THIRD), bytes: THIRD },
    ]);
    const badHash = withEditedManifest(crafted, (m) => {
      (m.members as { sha256: string }[])[2]!.sha256 = '0'.repeat(64);
    });
    await expectRefused(desk, dir, badHash, 'BACKUP_DAMAGED');
    await expectRefused(desk, dir, crafted, 'BACKUP_DAMAGED');
    expect(fs.readFileSync(path.join(dir, ...genuine.split('/')))).toEqual(GENUINE);
    await desk.close();
    await expectCliRefused(dir, scratch, badHash, 'BACKUP_DAMAGED');
    await expectCliRefused(dir, scratch, crafted, 'BACKUP_DAMAGED');
    expect(fs.readFileSync(path.join(dir, ...genuine.split('/')))).toEqual(GENUINE);
  });

  it('member names that lie: an evidence name not matching the content, and names outside evidence/<2 hex>/<sha256>', async () => {
    const { desk, dir, scratch } = await deskWithEvidence();
    const db = await databaseCopy(desk, scratch);
    const sha = evidenceName(THIRD).split('/')[2]!;
    const names = [
      evidenceName(OTHER), // another file's hash
      `evidence/ff/${sha}`, // the right hash under the wrong folder
      `evidence/${sha.slice(0, 2)}/${sha.toUpperCase()}`,
      `evidence/${sha.slice(0, 2)}/${sha}.pdf`,
      `evidence/${sha}`,
      'evidence/ab/ab12.pdf',
      'evidence/tmp/abc.part',
      'notes.txt',
      'backups/xuefa-20240101-000000-daily.sqlite',
    ];
    for (const name of names) {
      await expectRefused(desk, dir, await craftArchive(scratch, db, [{ name, bytes: THIRD }]), 'BACKUP_DAMAGED');
    }
    // Two databases.
    await expectRefused(desk, dir, await craftArchive(scratch, db, [{ name: 'xuefa.sqlite', bytes: fs.readFileSync(db) }]), 'BACKUP_DAMAGED');
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(false);
  });

  it('a database whose structure is not its version’s: a trigger, a view in place of a table, a missing table, an extra index', async () => {
    const { desk, dir, scratch } = await deskWithEvidence();
    const variants = [
      ["CREATE TRIGGER wipe_audit AFTER INSERT ON staff BEGIN DELETE FROM audit_log; UPDATE staff SET name = '某某' WHERE id = new.id; END"],
      ['DROP TABLE import_mappings', 'CREATE VIEW import_mappings AS SELECT 1 AS id'],
      ['DROP TABLE staff_checks'],
      ['CREATE INDEX extra_index ON staff (name, phone)'],
      ['CREATE VIEW extra_view AS SELECT * FROM staff'],
      ['CREATE TABLE extra_table (x)'],
    ];
    for (const sql of variants) {
      const db = await databaseCopy(desk, scratch, sql);
      await expectRefused(desk, dir, await craftArchive(scratch, db, []), 'BACKUP_SCHEMA_MISMATCH');
      await expectRefused(desk, dir, fs.readFileSync(db), 'BACKUP_SCHEMA_MISMATCH', 'xuefa-20240901-090000-daily.sqlite');
    }
    const trigger = await databaseCopy(desk, scratch, variants[0]!);
    await desk.close();
    await expectCliRefused(dir, scratch, fs.readFileSync(trigger), 'BACKUP_SCHEMA_MISMATCH');
  });

  it('a folder or a link where an evidence file belongs', async () => {
    const { desk, dir, scratch } = await deskWithEvidence();
    const db = await databaseCopy(desk, scratch);
    const name = evidenceName(THIRD);
    const archive = await craftArchive(scratch, db, [{ name, bytes: THIRD }]);
    const target = path.join(dir, ...name.split('/'));

    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    await expectRefused(desk, dir, archive, 'EVIDENCE_PATH_BLOCKED');
    fs.rmSync(path.dirname(target), { recursive: true });

    fs.writeFileSync(path.dirname(target), 'a file where the folder belongs');
    await expectRefused(desk, dir, archive, 'EVIDENCE_PATH_BLOCKED');
    fs.rmSync(path.dirname(target));

    const elsewhere = path.join(scratch, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.dirname(target));
    await expectRefused(desk, dir, archive, 'EVIDENCE_PATH_BLOCKED');
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    fs.rmSync(path.dirname(target));

    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    await desk.close();
    await expectCliRefused(dir, scratch, archive, 'EVIDENCE_PATH_BLOCKED');
  });
});

describe('a restore and its undo, evidence included', () => {
  it('adds missing evidence, repairs a damaged file only from a verified backup, and undoing brings the evidence folder back exactly', async () => {
    const { desk, dir, scratch, genuine } = await deskWithEvidence();
    const damagedName = putEvidence(dir, THIRD);
    const db = await databaseCopy(desk, scratch);
    const archive = await craftArchive(scratch, db, [
      { name: genuine, bytes: GENUINE },
      { name: damagedName, bytes: THIRD },
      { name: evidenceName(OTHER), bytes: OTHER },
    ]);
    // The file on disk no longer matches its name (a disk error, a stray edit).
    const damagedFile = path.join(dir, ...damagedName.split('/'));
    fs.writeFileSync(damagedFile, 'garbled');
    await unit(desk, '备份之后新建');
    const source = await uploaded(desk, archive);
    const evidenceBefore = folderState(path.join(dir, 'evidence'));
    const preview = await call(desk, 'backup.inspect', { source });
    expect(preview.evidenceChanges).toEqual({ add: 1, repair: 1, remove: 0 });
    expect(folderState(path.join(dir, 'evidence'))).toEqual(evidenceBefore);

    const restored = await call(desk, 'backup.restore', { source });
    expect(restored).toMatchObject({ evidenceRestored: 1, evidenceRepaired: 1 });
    expect(fs.readFileSync(damagedFile)).toEqual(THIRD);
    expect(fs.readFileSync(path.join(dir, ...evidenceName(OTHER).split('/')))).toEqual(OTHER);
    expect(fs.readFileSync(path.join(dir, ...genuine.split('/')))).toEqual(GENUINE);
    const evidenceRestored = folderState(path.join(dir, 'evidence'));
    expect(fs.existsSync(path.join(dir, 'restore-staging'))).toBe(false);

    // 撤销: restore the before-restore backup; the evidence comes back as it was, damage included.
    const undoPreview = await call(desk, 'backup.inspect', { source: { kind: 'automatic', name: restored.beforeRestore.name } });
    expect(undoPreview.evidenceChanges).toEqual({ add: 1, repair: 0, remove: 1 });
    const undone = await call(desk, 'backup.restore', {
      source: { kind: 'automatic', name: restored.beforeRestore.name },
    });
    expect(undone).toMatchObject({ evidenceRestored: 1, evidenceRemoved: 1 });
    expect(folderState(path.join(dir, 'evidence'))).toEqual(evidenceBefore);
    expect(await desk.ctx.db('units').orderBy('id').pluck('name')).toEqual(['司法局', '备份之后新建']);

    // And the undo can itself be undone.
    await call(desk, 'backup.restore', { source: { kind: 'automatic', name: undone.beforeRestore.name } });
    expect(folderState(path.join(dir, 'evidence'))).toEqual(evidenceRestored);
    expect(await desk.ctx.db('units').orderBy('id').pluck('name')).toEqual(['司法局']);

    // A before-restore backup's evidence journal is pruned with it.
    expect(fs.readdirSync(desk.ctx.paths.backupsDir).filter((n) => n.endsWith('.evidence'))).toHaveLength(3);
    await pruneAutomaticBackups(desk.ctx.paths.backupsDir, 0);
    expect(fs.readdirSync(desk.ctx.paths.backupsDir)).toEqual([]);
  });

  it('a backup made while an evidence file is damaged leaves that file out instead of carrying it under a name it does not hash to', async () => {
    const { desk, dir, genuine } = await deskWithEvidence();
    const damagedName = putEvidence(dir, THIRD);
    fs.writeFileSync(path.join(dir, ...damagedName.split('/')), 'garbled');
    const made = await call(desk, 'backup.create', {});
    expect(made.evidenceFiles).toBe(1);
    const { exportFile } = await import('../../electron/core/files/outbox');
    const source = await uploaded(desk, fs.readFileSync((await exportFile(dir, made.fileId)).path));
    const preview = await call(desk, 'backup.inspect', { source });
    expect(preview.evidenceFiles).toBe(1);
    expect(genuine).toMatch(/^evidence\//);
  });

  it('an evidence journal beside a file from anywhere but the desk’s own backups folder is not replayed', async () => {
    const { desk, dir, scratch } = await deskWithEvidence();
    const db = await databaseCopy(desk, scratch);
    const source = await uploaded(desk, await craftArchive(scratch, db, [{ name: evidenceName(OTHER), bytes: OTHER }]));
    const restored = await call(desk, 'backup.restore', { source });
    await desk.close();
    const kept = path.join(desk.ctx.paths.backupsDir, restored.beforeRestore.name);
    const copy = path.join(scratch, restored.beforeRestore.name);
    fs.copyFileSync(kept, copy);
    fs.cpSync(`${kept}.evidence`, `${copy}.evidence`, { recursive: true });
    const evidence = folderState(path.join(dir, 'evidence'));
    const run = await xuefa('restore', copy, '--yes', '--data-dir', dir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ evidenceRestored: 0, evidenceRemoved: 0 });
    expect(folderState(path.join(dir, 'evidence'))).toEqual(evidence);
  });
});
