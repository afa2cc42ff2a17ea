import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders, xuefa } from '../helpers/cli';
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
});
