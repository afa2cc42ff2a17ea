import ExcelJS from 'exceljs';
import type { Desk } from '../../electron/core/desk';
import { storeUpload } from '../../electron/core/files/inbox';
import type { Staff } from '../../shared/staff/schemas';
import type { Unit } from '../../shared/units/schemas';
import { idNumber } from './idNumber';
import { createStaff, unit } from './staffFixtures';
import { call, openTempDesk } from './tempDesk';

/**
 * A desk for the 报考 tests: 税务局 sits the 分类 exam (09-18 → 10-26),
 * 汨罗镇 with its 办公室 the 分众 exam (10-28 → 11-09). The clock reads
 * 2024-09-02 09:00 (+08:00); tests move the planning date as the year goes on.
 */
export interface BookingDesk {
  desk: Desk;
  dir: string;
  tax: Unit;
  town: Unit;
  office: Unit;
  cleanup(): Promise<void>;
}

export async function openBookingDesk(at = '2024-09-02T09:00:00+08:00'): Promise<BookingDesk> {
  const d = await openTempDesk(at);
  const tax = await unit(d.desk, '税务局');
  await call(d.desk, 'units.update', { id: tax.id, patch: { examRoute: 'category', counterpart: '省税务局' } });
  const town = await unit(d.desk, '汨罗镇');
  const office = await unit(d.desk, '办公室', town.id);
  return { ...d, tax, town, office };
}

let seq = 100;
/** A person in service with a fresh valid ID number. */
export function person(desk: Desk, unitId: number, name: string, extra: Record<string, unknown> = {}): Promise<Staff> {
  seq += 2;
  return createStaff(desk, { unitId, name, idNumber: idNumber('19800101', seq), account: `1390000${String(seq).padStart(4, '0')}`, ...extra });
}

/** Complete credits as the platform showed them on `asOf` (seeded directly, as an import would leave them). */
export async function giveCredits(desk: Desk, staff: Staff[], asOf = '2024-09-01', compulsory = 60, elective = 40): Promise<void> {
  await desk.ctx.db('credits').insert(staff.map((s) => ({ staff_id: s.id, year: 2024, compulsory, elective, as_of: asOf, imported_at: '2024-09-01T00:00:00Z' })));
}

export async function planAsOf(desk: Desk, asOf: string | null): Promise<void> {
  await call(desk, 'planning.set', { asOf });
}

/** A workbook in the desk's inbox, as an upload leaves it; returns its file id. */
export async function uploadRows(desk: Desk, name: string, rows: ExcelJS.CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return (await storeUpload(desk.ctx.paths.dataDir, name, bytes)).fileId;
}

export async function bookingRows(desk: Desk): Promise<{ id: number; staff_id: number; session_at: string; kind: string; status: string; outcome: string | null; score: number | null }[]> {
  return desk.ctx.db('bookings').orderBy('id').select('id', 'staff_id', 'session_at', 'kind', 'status', 'outcome', 'score');
}

export async function auditActions(desk: Desk, prefix: string): Promise<string[]> {
  return ((await desk.ctx.db('audit_log').where('action', 'like', `${prefix}%`).orderBy('id').pluck('action')) as string[]);
}
