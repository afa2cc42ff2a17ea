import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { generateDemo } from '../../electron/core/services/demo/demo';
import { exportsDir } from '../../electron/core/files/outbox';
import { mountSmallDisk, type SmallDisk } from '../helpers/smallDisk';
import { openTempDesk } from '../helpers/tempDesk';

/**
 * The disk the exports go to fills up while the roster is written: a real
 * tmpfs of 16 MB mounted over the desk's exports folder, filled to a few kB.
 * The admin gets DISK_FULL (not a call that never answers), no temp file is
 * left behind, the desk answers the next call, and once there is room the
 * same export goes through.
 */
let desk: Desk;
let dir: string;
let cleanup: () => Promise<void>;
let disk: SmallDisk | string;

beforeAll(async () => {
  ({ desk, dir, cleanup } = await openTempDesk());
  await generateDemo(desk.ctx, { units: 20, staff: 3000 });
  disk = mountSmallDisk(exportsDir(dir), 16 * 1024 * 1024);
}, 120_000);
afterAll(async () => {
  if (typeof disk !== 'string') disk.unmount();
  await cleanup();
});

/** The call's answer, or 'no answer' when it has none within `ms` (a generous bound: it should take well under a second). */
function answerWithin<T>(p: Promise<T>, ms: number): Promise<T | 'no answer'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'no answer'>((resolve) => {
    timer = setTimeout(() => resolve('no answer'), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Every file in the exports folder but the filler. */
const leftovers = () => fs.readdirSync(exportsDir(dir)).filter((n) => n !== 'filler.bin' && n !== 'lost+found');

describe('a full disk during an export', () => {
  it.each([0, 16 * 1024])('export.roster with %i bytes left answers DISK_FULL, leaves no temp file, and the desk goes on', async (leave) => {
    if (typeof disk === 'string') return void console.warn(`skipped: ${disk}`);
    const before = leftovers();
    disk.fill(leave);
    try {
      const r = await answerWithin(desk.call('export.roster', {}), 20_000);
      expect(r).not.toBe('no answer');
      expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(r !== 'no answer' && !r.ok ? r.error.message : '').toContain('磁盘空间不足');
      expect(leftovers()).toEqual(before);
      const info = await answerWithin(desk.call('desk.info', {}), 20_000);
      expect(info).toMatchObject({ ok: true });
    } finally {
      disk.free();
    }
    const again = await desk.call('export.roster', {});
    expect(again).toMatchObject({ ok: true });
    const fileId = again.ok ? (again.value as { fileId: string }).fileId : '';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(exportsDir(dir), `${fileId}.xlsx`));
    expect(wb.getWorksheet('学员名册')!.rowCount).toBe(3001);
  });

  /** Every other contract method that writes a file to download, and the code it answers on a full disk. */
  const exports: [string, unknown, string?][] = [
    ['export.template', {}],
    ['audit.export', {}],
    ['stats.exportSummary', { year: 2024, unitId: null }],
    ['stats.exportPeople', { year: 2024, unitId: null, figure: 'takingPart' }],
    ['bookings.exportList', { year: 2024, format: 'xlsx' }],
    ['bookings.exportList', { year: 2024, format: 'pdf' }],
    ['exemptions.print', { year: 2024, unitId: 1 }],
    // A backup says so in its own words (备份没有完成…可能磁盘已满).
    ['backup.create', {}, 'BACKUP_FAILED'],
  ];
  it.each(exports)('%s %j on a full disk answers at once and leaves nothing behind', async (method, args, code = 'DISK_FULL') => {
    if (typeof disk === 'string') return void console.warn(`skipped: ${disk}`);
    const before = leftovers();
    disk.fill(0);
    try {
      const r = await answerWithin(desk.call(method, args), 20_000);
      expect(r).toMatchObject({ ok: false, error: { code } });
      // Said in the admin's words: that the disk is full, and no system error code such as ENOSPC.
      const message = typeof r === 'object' && !r.ok ? r.error.message : '';
      expect(message).toContain('磁盘空间不足');
      expect(message).not.toMatch(/\bE[A-Z]{3,}\b/);
      expect(leftovers()).toEqual(before);
    } finally {
      disk.free();
    }
    expect(await desk.call(method, args)).toMatchObject({ ok: true });
  });
});
