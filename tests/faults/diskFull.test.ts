import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../electron/cli/excelCommands';
import type { Desk } from '../../electron/core/desk';
import { storeUpload } from '../../electron/core/files/inbox';
import { call } from '../helpers/tempDesk';
import { writeSheet } from '../helpers/xlsx';
import { readState } from './deskState';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/**
 * The disk fills up while an import writes. SQLite's page limit on the desk's
 * connection stands in for the full disk (the same SQLITE_FULL a full volume
 * gives): the admin gets a clear Chinese message, nothing is half-written,
 * and once there is room the same import goes through.
 */
let desk: Desk;
let dir: string;
let roster: string;

useTempDesk(async (open) => {
  ({ desk, dir } = open);
  const unit = await call(desk, 'units.create', { name: '汨罗市司法局', parentId: null });
  await call(desk, 'staff.create', { input: { idNumber: idNumber('1970-05-05', 1), name: '在册', unitId: unit.id }, year: 2024 });
  const rows = Array.from({ length: 5000 }, (_, i) => [`学员${i}`, idNumber('1980-01-01', (i % 900) + 1, String(430100 + Math.floor(i / 900))), '汨罗市司法局/公证处']);
  roster = await writeSheet(dir, '名册.xlsx', [['姓名', '身份证号', '单位'], ...rows]);
});

/** Leaves room for only `pages` more database pages on the desk's one connection. */
async function fillDisk(pages: number): Promise<void> {
  const [now] = (await desk.ctx.db.raw('PRAGMA page_count')) as { page_count: number }[];
  await desk.ctx.db.raw(`PRAGMA max_page_count = ${now!.page_count + pages}`);
}

const file = () => path.join(dir, 'xuefa.sqlite');

describe('a full disk during import', () => {
  it('through the contract: DISK_FULL in Chinese, and not one row, unit or audit entry written', async () => {
    const before = await readState(file());
    const upload = await storeUpload(dir, '名册.xlsx', fs.readFileSync(roster));
    await fillDisk(20);
    const r = await desk.call('import.apply', { fileId: upload.fileId, createUnits: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(r.ok ? '' : r.error.message).toContain('磁盘空间不足');
    expect(r.ok ? '' : r.error.message).toContain('数据没有改动');
    expect(await readState(file())).toEqual(before);

    await fillDisk(100_000);
    const retry = await desk.call('import.apply', { fileId: upload.fileId, createUnits: true });
    expect(retry).toMatchObject({ ok: true, value: { applied: true, created: 5000 } });
  });

  it('through the command line: exit 1 with one JSON value saying DISK_FULL, and nothing written', async () => {
    const before = await readState(file());
    await fillDisk(20);
    const out: string[] = [];
    const err: string[] = [];
    const code = await importCommand(desk, roster, { json: true, 'create-units': true }, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(err.join('\n')).toContain('磁盘空间不足');
    expect(await readState(file())).toEqual(before);
  });
});
