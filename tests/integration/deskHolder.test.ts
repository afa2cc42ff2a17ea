import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFileOf, readHolder } from '../../electron/core/db/folderLock';
import { migrations } from '../../electron/core/db/migrations';
import { lockDesk, openDesk } from '../../electron/core/desk';
import { hashTree } from '../helpers/deskProcess';
import { openDatabaseBefore } from '../helpers/oldDatabase';
import { call, tempDir } from '../helpers/tempDesk';

/** The desk's lock inside one process, and what a reader beside its holder may and may not do. */
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function folder(): string {
  const t = tempDir('xuefa-holder-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('the desk lock', () => {
  it('refuses a second writer in the same process, names the holder, and is free again once the desk closes', async () => {
    const dataDir = folder();
    const first = await openDesk({ mode: 'browser', dataDir });
    const held = await openDesk({ mode: 'cli', dataDir }).then(
      (d) => d.close().then(() => null),
      (e: unknown) => e as { code: string; message: string },
    );
    expect(held?.code).toBe('DESK_IN_USE');
    expect(held?.message).toContain(`程序：浏览器模式，进程号：${process.pid}`);
    expect(readHolder(path.join(dataDir, 'xuefa.sqlite'))?.program).toBe('browser');

    // A reader opens beside it and sees what the holder wrote.
    await call(first, 'units.create', { name: '汨罗市司法局', parentId: null });
    const reader = await openDesk({ mode: 'cli', dataDir, access: 'read' });
    expect(reader.holdsLock).toBe(false);
    expect((await call(reader, 'units.list', {})).map((u) => u.name)).toEqual(['汨罗市司法局']);
    await reader.close();

    await first.close();
    expect(readHolder(path.join(dataDir, 'xuefa.sqlite'))).toBeNull();
    const next = await openDesk({ mode: 'cli', dataDir });
    expect(next.holdsLock).toBe(true);
    await next.close();
  });

  it('a reader beside the holder refuses a database that needs migrating, and changes nothing', async () => {
    const dir = folder();
    const { file, db } = await openDatabaseBefore(dir, migrations[migrations.length - 1]!.name);
    await db.destroy();
    const lock = await lockDesk(file, 'electron');
    expect(lock).not.toBeNull();
    cleanups.push(() => lock!.release());
    // SQLite's -wal/-shm beside a WAL database come and go with any reader; the data must not.
    const data = () => Object.fromEntries(Object.entries(hashTree(dir)).filter(([n]) => !/-(wal|shm)$/.test(n)));
    const before = data();

    const e = await openDesk({ mode: 'cli', databaseFile: file, access: 'read' }).then(
      (d) => d.close().then(() => null),
      (err: unknown) => err as { code: string; message: string },
    );
    expect(e?.code).toBe('DESK_NEEDS_UPGRADE');
    expect(data()).toEqual(before);
    expect(fs.existsSync(lockFileOf(file))).toBe(true);
  });
});
