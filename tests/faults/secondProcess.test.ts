import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../electron/core/desk';
import { hashTree, runCliProcess, startHostProcess, type HostProcess } from '../helpers/deskProcess';
import { tempDir } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { idNumber } from '../helpers/idNumber';

/**
 * One writer per data folder across processes: with browser mode open on a
 * folder, a second process that would write (a restore, an import, another
 * host) is refused with who holds the folder and exit status 3, and changes
 * nothing; everything the host confirmed is still there after it stops.
 */
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function hostOn(dataDir: string): Promise<HostProcess> {
  const host = await startHostProcess(dataDir);
  cleanups.push(async () => {
    await host.stop();
  });
  return host;
}

function folder(): { root: string; dataDir: string } {
  const t = tempDir('xuefa-second-');
  cleanups.push(t.cleanup);
  return { root: t.dir, dataDir: path.join(t.dir, 'data') };
}

async function unitNames(dataDir: string): Promise<string[]> {
  const desk = await openDesk({ mode: 'cli', dataDir });
  try {
    const r = await desk.call('units.list', {});
    return (r.ok ? (r.value as { name: string }[]) : []).map((u) => u.name).sort();
  } finally {
    await desk.close();
  }
}

const HELD_BY = /数据文件夹正被另一个程序使用（程序：浏览器模式，进程号：(\d+)，自 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 起）/;

/** Every file but SQLite's shared-memory index, where each reader marks what it reads. */
function dataFiles(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(hashTree(dir)).filter(([name]) => !name.endsWith('-shm')));
}

function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain('SQLITE_');
}

describe('a second process on a data folder browser mode holds', () => {
  it('refuses `xuefa restore --yes`, changing nothing; the host keeps every unit it confirmed', async () => {
    const { root, dataDir } = folder();
    const host = await hostOn(dataDir);
    expect((await host.call('units.create', { name: '恢复前的单位', parentId: null })).ok).toBe(true);

    // A backup made beside the running host (a command that only reads).
    const backup = path.join(root, '备份.xfbak');
    const made = await runCliProcess(['backup', '--out', backup, '--data-dir', dataDir]);
    expect(made.code).toBe(0);

    const before = hashTree(dataDir);
    const restore = await runCliProcess(['restore', backup, '--yes', '--data-dir', dataDir, '--json']);
    expect(restore.code).toBe(3);
    expect(restore.stderr).toMatch(HELD_BY);
    expect(HELD_BY.exec(restore.stderr)![1]).toBe(String(host.pid));
    expect((JSON.parse(restore.stdout) as { error: { code: string } }).error.code).toBe('DESK_IN_USE');
    expectNoStack(restore.stderr);
    expect(hashTree(dataDir)).toEqual(before);

    expect((await host.call('units.create', { name: '恢复后的单位', parentId: null })).ok).toBe(true);
    await host.stop();
    expect(await unitNames(dataDir)).toEqual(['恢复前的单位', '恢复后的单位'].sort());
  });

  it('refuses `xuefa import` while the host writes: one JSON value, no stack, and no host write answers INTERNAL', async () => {
    const { root, dataDir } = folder();
    const host = await hostOn(dataDir);
    expect((await host.call('units.create', { name: '汨罗市司法局', parentId: null })).ok).toBe(true);
    const roster = await writeSheet(root, '名册.xlsx', [
      ['姓名', '身份证号', '单位'],
      ...Array.from({ length: 50 }, (_, i) => [`学员${i}`, idNumber('1985-03-07', 100 + i), '汨罗市司法局']),
    ]);

    const importing = runCliProcess(['import', roster, '--data-dir', dataDir, '--json']);
    const writes: { ok: boolean; error?: { code: string } }[] = [];
    let n = 0;
    let done = false;
    void importing.then(() => (done = true));
    // The host keeps writing for as long as the import runs (and at least a few times).
    while (!done || n < 5) writes.push(await host.call('units.create', { name: `单位${n++}`, parentId: null }));
    const run = await importing;

    expect(run.code).toBe(3);
    const printed = JSON.parse(run.stdout) as { ok: boolean; error: { code: string; message: string } };
    expect(printed.ok).toBe(false);
    expect(printed.error.code).toBe('DESK_IN_USE');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expectNoStack(run.stderr);
    expect(writes.filter((w) => !w.ok)).toEqual([]);

    await host.stop();
    const names = await unitNames(dataDir);
    expect(names).toHaveLength(1 + n);
  });

  it('refuses a second browser-mode host naming the first; the first keeps working', async () => {
    const { dataDir } = folder();
    const first = await hostOn(dataDir);
    expect((await first.call('units.create', { name: '第一个', parentId: null })).ok).toBe(true);
    const before = hashTree(dataDir);

    const second = await startHostProcess(dataDir).then(
      async (h) => {
        await h.stop();
        return null;
      },
      (e: { run: { code: number; stderr: string } }) => e.run,
    );
    expect(second).not.toBeNull();
    expect(second!.code).toBe(3);
    expect(second!.stderr).toMatch(HELD_BY);
    expect(HELD_BY.exec(second!.stderr)![1]).toBe(String(first.pid));
    expectNoStack(second!.stderr);
    expect(hashTree(dataDir)).toEqual(before);

    expect((await first.call('units.create', { name: '第二个', parentId: null })).ok).toBe(true);
    await first.stop();
    expect(await unitNames(dataDir)).toEqual(['第一个', '第二个'].sort());
  });

  it('takes over the lock of a host that was killed (SIGKILL)', async () => {
    const { dataDir } = folder();
    const killed = await startHostProcess(dataDir);
    expect((await killed.call('units.create', { name: '被杀之前', parentId: null })).ok).toBe(true);
    expect((await killed.kill()).signal).toBe('SIGKILL');

    const next = await hostOn(dataDir);
    expect((await next.call('units.create', { name: '接手之后', parentId: null })).ok).toBe(true);
    const units = await next.call<{ name: string }[]>('units.list', {});
    expect(units.value!.map((u) => u.name).sort()).toEqual(['被杀之前', '接手之后'].sort());

    // A write from the command line is refused while the new host holds the folder.
    const add = await runCliProcess(['units', 'add', '命令行', '--data-dir', dataDir]);
    expect(add.code).toBe(3);
    expect(HELD_BY.exec(add.stderr)![1]).toBe(String(next.pid));
  });

  it('lets the commands that only read run beside the host, changing nothing', async () => {
    const { root, dataDir } = folder();
    const host = await hostOn(dataDir);
    expect((await host.call('units.create', { name: '汨罗市司法局', parentId: null })).ok).toBe(true);
    const backup = path.join(root, '备份.xfbak');
    expect((await runCliProcess(['backup', '--out', backup, '--data-dir', dataDir])).code).toBe(0);
    const roster = await writeSheet(root, '名册.xlsx', [['姓名', '身份证号', '单位'], ['张三', idNumber('1985-03-07', 11), '汨罗市司法局']]);

    const before = dataFiles(dataDir);
    const info = await runCliProcess(['info', '--data-dir', dataDir, '--json']);
    expect(info.code).toBe(0);
    expect((JSON.parse(info.stdout) as { unitCount: number }).unitCount).toBe(1);
    const list = await runCliProcess(['units', 'list', '--data-dir', dataDir, '--json']);
    expect((JSON.parse(list.stdout) as { name: string }[]).map((u) => u.name)).toEqual(['汨罗市司法局']);
    expect((await runCliProcess(['export', 'roster', path.join(root, '导出.xlsx'), '--data-dir', dataDir])).code).toBe(0);
    expect((await runCliProcess(['verify', '--data-dir', dataDir])).code).toBe(0);
    expect((await runCliProcess(['exemptions', 'candidates', '--year', '2024', '--data-dir', dataDir, '--json'])).code).toBe(0);
    expect((await runCliProcess(['bookings', 'eligible', '--year', '2024', '--session', '2024-10-28T08:30', '--data-dir', dataDir, '--json'])).code).toBe(0);
    expect((await runCliProcess(['import', roster, '--dry-run', '--data-dir', dataDir, '--json'])).code).toBe(0);
    const preview = await runCliProcess(['restore', backup, '--data-dir', dataDir, '--json']);
    expect(preview.code).toBe(1);
    expect((JSON.parse(preview.stdout) as { restored: boolean }).restored).toBe(false);
    expect(dataFiles(dataDir)).toEqual(before);
    expect(fs.existsSync(path.join(root, '导出.xlsx'))).toBe(true);

    expect((await host.call('units.create', { name: '之后', parentId: null })).ok).toBe(true);
  });
});
