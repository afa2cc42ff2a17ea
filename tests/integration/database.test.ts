import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../electron/core/db/connection';
import { migrations, type Migration } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { openDesk } from '../../electron/core/desk';
import { DeskError } from '../../shared/errors';
import { sha256, tempDir } from '../helpers/tempDesk';

const now = new Date('2024-09-01T01:00:00Z');
let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function temp() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return { file: path.join(t.dir, 'xuefa.sqlite'), backups: path.join(t.dir, 'backups'), dir: t.dir };
}

async function opened(file: string, backups: string, list?: Migration[]) {
  const o = await openDatabase(file, backups, now, list);
  cleanups.push(() => o.db.destroy());
  return o;
}

async function pragma(db: Knex, name: string): Promise<unknown> {
  const rows = (await db.raw(`PRAGMA ${name}`)) as Record<string, unknown>[];
  return Object.values(rows[0]!)[0];
}

async function refusal(p: Promise<unknown>): Promise<DeskError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DeskError);
  return e as DeskError;
}

describe('opening the database', () => {
  it('creates a new database with WAL, synchronous=FULL and foreign keys on', async () => {
    const { file, backups } = temp();
    const { db, backupBeforeMigrate } = await opened(file, backups);
    expect(await pragma(db, 'journal_mode')).toBe('wal');
    expect(await pragma(db, 'synchronous')).toBe(2);
    expect(await pragma(db, 'foreign_keys')).toBe(1);
    expect(backupBeforeMigrate).toBeNull();
    const tables = (await db.raw("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['units', 'staff', 'audit_log']));
  });

  it('keeps tables STRICT, so a wrong type is refused by SQLite itself', async () => {
    const { file, backups } = temp();
    const { db } = await opened(file, backups);
    await expect(
      db.raw("INSERT INTO units (name, sort_order, created_at, updated_at) VALUES ('x', 'not a number', 'a', 'b')"),
    ).rejects.toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('enforces foreign keys: a staff row cannot point at a missing unit', async () => {
    const { file, backups } = temp();
    const { db } = await opened(file, backups);
    await expect(
      db('staff').insert({
        id_number: '110101199003071234',
        name: '张三',
        sex: '男',
        birth_date: '1990-03-07',
        unit_id: 999,
        retirement_age: 60,
        created_at: 'a',
        updated_at: 'b',
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('refuses a file that is not SQLite and leaves it byte for byte as it was', async () => {
    const { file, backups } = temp();
    fs.writeFileSync(file, 'PK\u0003\u0004 this is a renamed Excel file, not a database');
    const before = sha256(file);
    const e = await refusal(openDatabase(file, backups, now));
    expect(e.code).toBe('DB_NOT_SQLITE');
    expect(e.message).toContain('不是学法考法管理台的数据库');
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(backups)).toBe(false);
  });

  it('refuses a corrupt database and leaves it untouched', async () => {
    const { file, backups } = temp();
    const first = await openDatabase(file, backups, now);
    await first.db('units').insert({ name: '司法局', sort_order: 0, created_at: 'a', updated_at: 'a' });
    await first.db.destroy();
    // Overwrite the middle of the file: the header survives, the b-tree pages do not.
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 1024, bytes.length);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const e = await refusal(openDatabase(file, backups, now));
    expect(e.code).toBe('DB_CORRUPT');
    expect(e.message).toContain('已损坏');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a database written by a newer version and writes nothing to it', async () => {
    const { file, backups } = temp();
    const future: Migration = { name: '29990101000000_from_the_future', up: async (k) => void (await k.raw('CREATE TABLE future_things (id INTEGER)')) };
    const newer = await openDatabase(file, backups, now, [...migrations, future]);
    await newer.db.destroy();
    const before = sha256(file);
    const e = await refusal(openDatabase(file, backups, now));
    expect(e.code).toBe('DB_FROM_FUTURE');
    expect(e.message).toContain('更新版本');
    expect(sha256(file)).toBe(before);
  });

  it('refuses another program’s SQLite file', async () => {
    const { file, backups } = temp();
    const other = connect(file);
    await other.raw('CREATE TABLE accounts (id INTEGER)');
    await other.destroy();
    const e = await refusal(openDatabase(file, backups, now));
    expect(e.code).toBe('DB_NOT_SQLITE');
  });

  it('takes an online backup before migrating an existing database, holding the old data', async () => {
    const { file, backups } = temp();
    const [first] = migrations;
    const v1 = await openDatabase(file, backups, now, [first!]);
    await v1.db('units').insert({ name: '汨罗市司法局', sort_order: 0, created_at: 'a', updated_at: 'a' });
    await v1.db.destroy();

    const next: Migration = {
      name: '20991231000000_add_column',
      up: async (k) => void (await k.raw('ALTER TABLE units ADD COLUMN motto TEXT')),
    };
    const v2 = await opened(file, backups, [first!, next]);
    expect(v2.backupBeforeMigrate).not.toBeNull();
    expect(path.dirname(v2.backupBeforeMigrate!)).toBe(backups);

    const copy = connect(v2.backupBeforeMigrate!);
    cleanups.push(() => copy.destroy());
    expect(await copy('units').pluck('name')).toEqual(['汨罗市司法局']);
    const cols = (await copy.raw('PRAGMA table_info(units)')) as { name: string }[];
    expect(cols.map((c) => c.name)).not.toContain('motto');
    const migrated = (await v2.db.raw('PRAGMA table_info(units)')) as { name: string }[];
    expect(migrated.map((c) => c.name)).toContain('motto');
  });

  it('does not back up when nothing needs migrating', async () => {
    const { file, backups } = temp();
    await (await openDatabase(file, backups, now)).db.destroy();
    const again = await opened(file, backups);
    expect(again.backupBeforeMigrate).toBeNull();
    expect(fs.existsSync(backups)).toBe(false);
  });

  it('openDesk puts the database in XUEFA_DATA_DIR-style data folders', async () => {
    const { dir } = temp();
    const desk = await openDesk({ mode: 'cli', dataDir: dir });
    cleanups.push(() => desk.close());
    expect(desk.ctx.paths.databaseFile).toBe(path.join(dir, 'xuefa.sqlite'));
    expect(fs.existsSync(path.join(dir, 'xuefa.sqlite'))).toBe(true);
  });
});
