import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders, xuefa } from '../helpers/cli';
import { folderState, putEvidence } from '../helpers/craftedBackups';
import { sha256 } from '../helpers/tempDesk';

const folder = tempFolders();

describe('xuefa backup / xuefa restore', () => {
  it('backs up to a file, shows a backup without --yes (changing nothing), restores with --yes and can be undone', async () => {
    const dir = folder();
    const db = path.join(dir, 'desk.sqlite');
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    const out = path.join(dir, '备份.xfbak');
    const made = await xuefa('backup', '--out', out, '--db', db, '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ file: out, counts: { units: 1, staff: 0 }, evidenceFiles: 0 });

    await xuefa('units', 'add', '公证处', '--db', db);
    const before = sha256(db);
    const shown = await xuefa('restore', out, '--db', db);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain('内容：1 个单位、0 名学员');
    expect(shown.stderr).toContain('请加 --yes');
    expect(sha256(db)).toBe(before);

    const done = await xuefa('restore', out, '--db', db, '--yes', '--json');
    expect(done.code).toBe(0);
    const result = JSON.parse(done.stdout) as { restored: boolean; beforeRestore: string };
    expect(result.restored).toBe(true);
    expect(JSON.parse((await xuefa('units', 'list', '--db', db, '--json')).stdout)).toHaveLength(1);

    const undo = await xuefa('restore', result.beforeRestore, '--db', db, '--yes');
    expect(undo.code).toBe(0);
    expect(JSON.parse((await xuefa('units', 'list', '--db', db, '--json')).stdout)).toHaveLength(2);
  });

  it('restores onto a database that cannot be opened, keeping a copy of it', async () => {
    const dir = folder();
    const db = path.join(dir, 'desk.sqlite');
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    const out = path.join(dir, 'b.xfbak');
    await xuefa('backup', '--out', out, '--db', db);
    fs.writeFileSync(db, 'this is not a database any more');
    expect((await xuefa('units', 'list', '--db', db)).code).toBe(2);
    const done = await xuefa('restore', out, '--db', db, '--yes', '--json');
    expect(done.code).toBe(0);
    const kept = (JSON.parse(done.stdout) as { beforeRestore: string }).beforeRestore;
    expect(path.basename(kept)).toMatch(/unreadable-before-restore\.sqlite$/);
    expect(fs.readFileSync(kept, 'utf8')).toBe('this is not a database any more');
    expect(JSON.parse((await xuefa('units', 'list', '--db', db, '--json')).stdout)).toHaveLength(1);
  });

  it('refuses what is not a backup with exit status 1, and a missing argument with 2', async () => {
    const dir = folder();
    const db = path.join(dir, 'desk.sqlite');
    await xuefa('units', 'add', '汨罗市司法局', '--db', db);
    const junk = path.join(dir, 'junk.xfbak');
    fs.writeFileSync(junk, 'nope');
    const before = sha256(db);
    const r = await xuefa('restore', junk, '--db', db, '--yes', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_A_BACKUP' } });
    expect(sha256(db)).toBe(before);
    expect((await xuefa('restore', '--db', db)).code).toBe(2);
    expect((await xuefa('restore', path.join(dir, 'missing.xfbak'), '--db', db, '--yes')).code).toBe(1);
  });

  it('undoing a restore from the command line brings the evidence folder back exactly, then the undo can be undone', async () => {
    const dir = folder();
    const kept = folder();
    await xuefa('units', 'add', '汨罗市司法局', '--data-dir', dir);
    const first = putEvidence(dir, Buffer.from('%PDF-1.4 第一份'));
    const second = putEvidence(dir, Buffer.from('%PDF-1.4 第二份'));
    const out = path.join(kept, '备份.xfbak');
    expect((await xuefa('backup', '--out', out, '--data-dir', dir)).code).toBe(0);
    // After the backup: one file goes, the other is damaged on disk.
    fs.rmSync(path.join(dir, ...first.split('/')));
    fs.rmdirSync(path.dirname(path.join(dir, ...first.split('/'))));
    fs.writeFileSync(path.join(dir, ...second.split('/')), 'garbled');
    const evidenceBefore = folderState(path.join(dir, 'evidence'));

    const done = await xuefa('restore', out, '--yes', '--data-dir', dir, '--json');
    expect(done.code).toBe(0);
    const result = JSON.parse(done.stdout) as { beforeRestore: string; evidenceRestored: number; evidenceRepaired: number };
    expect(result).toMatchObject({ evidenceRestored: 1, evidenceRepaired: 1 });
    const evidenceRestored = folderState(path.join(dir, 'evidence'));

    const undo = await xuefa('restore', result.beforeRestore, '--yes', '--data-dir', dir, '--json');
    expect(undo.code).toBe(0);
    expect(JSON.parse(undo.stdout)).toMatchObject({ evidenceRestored: 1, evidenceRemoved: 1 });
    expect(folderState(path.join(dir, 'evidence'))).toEqual(evidenceBefore);

    const redo = await xuefa('restore', (JSON.parse(undo.stdout) as { beforeRestore: string }).beforeRestore, '--yes', '--data-dir', dir);
    expect(redo.code).toBe(0);
    expect(folderState(path.join(dir, 'evidence'))).toEqual(evidenceRestored);
  });
});
