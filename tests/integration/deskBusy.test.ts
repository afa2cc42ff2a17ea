import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../electron/core/db/connection';
import { exclusive, shared } from '../../electron/core/deskLock';
import { xuefa } from '../helpers/cli';
import { openTempDesk, call } from '../helpers/tempDesk';

/**
 * Another connection on the same database (another program, or a reader
 * beside the desk) holding SQLite's write lock: the desk waits the busy
 * timeout and then answers DESK_BUSY, never INTERNAL and never a stack; and
 * two writers that both read first are put in turn instead of one failing.
 */
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
  delete process.env.XUEFA_GATE_WAIT_MS;
});

/** A plain sqlite3 connection holding the write lock of `file` until released. */
async function holdWriteLock(file: string): Promise<() => Promise<void>> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(d)));
  });
  const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (err) => (err ? reject(err) : resolve())));
  await run('BEGIN IMMEDIATE');
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await run('ROLLBACK');
    await new Promise<void>((resolve) => db.close(() => resolve()));
  };
  cleanups.push(release);
  return release;
}

async function tempDesk() {
  const d = await openTempDesk();
  cleanups.push(() => d.cleanup());
  return d;
}

describe('write transactions on a shared database', () => {
  it('take the write lock when they begin: two that read first both commit, one after the other', async () => {
    const { desk } = await tempDesk();
    const file = desk.ctx.paths.databaseFile;
    const a = connect(file);
    const b = connect(file);
    cleanups.push(() => a.destroy(), () => b.destroy());
    await a.schema.createTable('probe', (t) => t.text('name'));

    // B has read (deferred BEGIN) or is waiting for the write lock (BEGIN IMMEDIATE) before A writes.
    let bReady!: () => void;
    const bStarted = new Promise<void>((resolve) => (bReady = resolve));
    b.on('query', (q: { sql: string }) => {
      if (/^BEGIN IMMEDIATE/i.test(q.sql)) bReady();
    });
    b.on('query-response', (_r: unknown, q: { sql: string }) => {
      if (/^select/i.test(q.sql)) bReady();
    });

    let aRead!: () => void;
    const aHasRead = new Promise<void>((resolve) => (aRead = resolve));
    const first = a.transaction(async (trx) => {
      await trx('probe').count({ n: '*' });
      aRead();
      await bStarted;
      await trx('probe').insert({ name: '甲' });
    });
    await aHasRead;
    const second = b.transaction(async (trx) => {
      await trx('probe').count({ n: '*' });
      await trx('probe').insert({ name: '乙' });
    });
    const results = await Promise.allSettled([first, second]);
    expect(results.map((r) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'ok'))).toEqual(['ok', 'ok']);
    expect((await a('probe').orderBy('name').pluck('name')) as string[]).toEqual(['乙', '甲'].sort());
  });

  it('answers DESK_BUSY with a Chinese message when another connection keeps the write lock past the timeout', async () => {
    const { desk } = await tempDesk();
    const release = await holdWriteLock(desk.ctx.paths.databaseFile);
    const r = await desk.call('units.create', { name: '汨罗市司法局', parentId: null });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('DESK_BUSY');
    expect(!r.ok && r.error.message).toMatch(/台账正忙/);
    expect(!r.ok && r.error.message).not.toMatch(/SQLITE|locked/);

    await release();
    await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  }, 30_000);

  it('the command line says DESK_BUSY as one JSON value with exit status 3, without a stack', async () => {
    const d = await tempDesk();
    await call(d.desk, 'units.create', { name: '汨罗市司法局', parentId: null });
    await d.desk.close();
    const release = await holdWriteLock(path.join(d.dir, 'xuefa.sqlite'));
    const run = await xuefa('units', 'add', '公证处', '--parent', '1', '--data-dir', d.dir, '--json');
    expect(run.code).toBe(3);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(run.stdout) as { error: { code: string } }).error.code).toBe('DESK_BUSY');
    expect(run.stderr).not.toMatch(/\n\s+at |SQLITE_/);
    await release();
  }, 30_000);
});

describe('the desk gate', () => {
  it('a restore waiting behind a stuck job answers DESK_BUSY naming it, and the desk keeps answering', async () => {
    process.env.XUEFA_GATE_WAIT_MS = '300';
    const { desk } = await tempDesk();
    let finish!: () => void;
    const stuck = shared(desk.ctx, () => new Promise<void>((resolve) => (finish = resolve)), '导出名册');

    const r = await desk.call('backup.restore', { source: { kind: 'automatic', name: 'xuefa-daily-20240901-090000.sqlite' } });
    expect(!r.ok && r.error.code).toBe('DESK_BUSY');
    expect(!r.ok && r.error.message).toContain('正在导出名册');
    // The gate is open again: ordinary calls pass while the stuck job still runs.
    await call(desk, 'units.list', {});
    finish();
    await stuck;
  });

  it('a call waiting behind a restore that does not finish answers DESK_BUSY saying a restore is under way', async () => {
    process.env.XUEFA_GATE_WAIT_MS = '300';
    const { desk } = await tempDesk();
    let finish!: () => void;
    const restoring = exclusive(desk.ctx, () => new Promise<void>((resolve) => (finish = resolve)), '恢复备份');

    const r = await desk.call('units.create', { name: '汨罗市司法局', parentId: null });
    expect(!r.ok && r.error.code).toBe('DESK_BUSY');
    expect(!r.ok && r.error.message).toContain('正在恢复备份');
    finish();
    await restoring;
    await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  });

  it('names a short call as another job', async () => {
    process.env.XUEFA_GATE_WAIT_MS = '300';
    const { desk } = await tempDesk();
    let finish!: () => void;
    const stuck = shared(desk.ctx, () => new Promise<void>((resolve) => (finish = resolve)));
    const r = await desk.call('backup.restore', { source: { kind: 'automatic', name: 'xuefa-daily-20240901-090000.sqlite' } });
    expect(!r.ok && r.error.message).toContain('另一项操作');
    finish();
    await stuck;
  });
});
