import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../electron/core/desk';
import { hashTree, runCliProcess } from '../helpers/deskProcess';
import { call, tempDir } from '../helpers/tempDesk';

/**
 * The data folder is the user's alone on Linux and macOS (folders 0700,
 * files 0600, also for a desk an earlier version left readable by all), and
 * a folder the desk cannot write to is called that, never a corrupt database.
 */
const posix = process.platform !== 'win32';
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.reverse().forEach((c) => c());
  cleanups = [];
});

function root(): string {
  const t = tempDir('xuefa-access-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Every folder and file under `dir` (itself included) whose mode lets group or others in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.mode & 0o077) found.push(`${path.relative(dir, p) || '.'} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(dir);
  return found;
}

async function deskWithEverything(dataDir: string): Promise<void> {
  const desk = await openDesk({ mode: 'cli', dataDir });
  try {
    await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
    await call(desk, 'backup.create', {});
  } finally {
    await desk.close();
  }
  for (const sub of ['evidence/ab', 'inbox', 'exports']) fs.mkdirSync(path.join(dataDir, sub), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'evidence/ab', 'ab'.padEnd(64, '0')), 'scan');
  fs.writeFileSync(path.join(dataDir, 'inbox', '0'.repeat(32) + '.xlsx'), 'upload');
}

describe.runIf(posix)('files private to the user', () => {
  it('a new desk made by the command line is 0700 folders and 0600 files', async () => {
    const dataDir = path.join(root(), 'data');
    const run = await runCliProcess(['units', 'add', '汨罗市司法局', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const again = await runCliProcess(['backup', '--out', path.join(dataDir, 'backups', '手动.xfbak'), '--data-dir', dataDir]);
    expect(again.code).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).length).toBeGreaterThan(0);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('an existing desk readable by every account is made private when it is opened', async () => {
    const dataDir = path.join(root(), 'data');
    await deskWithEverything(dataDir);
    const loosen = (p: string) => {
      const st = fs.statSync(p);
      fs.chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
      if (st.isDirectory()) for (const e of fs.readdirSync(p)) loosen(path.join(p, e));
    };
    loosen(dataDir);
    expect(openToOthers(dataDir).length).toBeGreaterThan(5);

    const run = await runCliProcess(['units', 'list', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('a --db file elsewhere leaves the folder it sits in as it was, but not the database', async () => {
    const dir = root();
    fs.chmodSync(dir, 0o755);
    const run = await runCliProcess(['units', 'add', '汨罗市司法局', '--db', path.join(dir, '台账.sqlite')]);
    expect(run.code).toBe(0);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(dir, '台账.sqlite')).mode & 0o777).toBe(0o600);
  });
});

/** A child process as another account where the tests run as root (for whom folder modes do not bind). */
function asAnotherUser(dir: string): { uid?: number; gid?: number; env: NodeJS.ProcessEnv } {
  if (process.getuid?.() !== 0) return { env: process.env };
  const chownAll = (p: string) => {
    fs.lchownSync(p, 65534, 65534);
    if (fs.lstatSync(p).isDirectory()) for (const e of fs.readdirSync(p)) chownAll(path.join(p, e));
  };
  chownAll(dir);
  return { uid: 65534, gid: 65534, env: { ...process.env, HOME: dir } };
}

describe.runIf(posix)('a data folder the desk cannot write to', () => {
  it.each([
    ['with the lock file a desk of this version leaves', false],
    ['without one (a desk of an earlier version)', true],
  ])('is DB_CANNOT_OPEN with advice about the folder, never corrupt, and is left as it was (%s)', async (_label, removeLock) => {
    const top = root();
    fs.chmodSync(top, 0o755);
    const dataDir = path.join(top, 'data');
    await deskWithEverything(dataDir);
    if (removeLock) fs.rmSync(path.join(dataDir, 'xuefa.sqlite.lock'), { force: true });
    const who = asAnotherUser(dataDir);
    fs.chmodSync(dataDir, 0o555);
    cleanups.push(() => fs.chmodSync(dataDir, 0o700));
    const before = hashTree(dataDir);

    const run = await runCliProcess(['info', '--data-dir', dataDir, '--json'], who);
    expect(run.code).toBe(2);
    const error = (JSON.parse(run.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('DB_CANNOT_OPEN');
    expect(error.message).toContain('权限');
    expect(error.message).not.toMatch(/已损坏|xuefa restore|从最近的备份恢复/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(hashTree(dataDir)).toEqual(before);
  });
});
