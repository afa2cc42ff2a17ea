import type { Outcome } from '../../../../shared/bookings/schemas';
import type { SessionKind } from '../../../../shared/rules/eligibility';
import type { Executor } from '../../context';
import { insertRows } from './bulkInsert';

/** A row of the bookings table as stored. */
export interface BookingDbRow {
  id: number;
  staff_id: number;
  year: number;
  session_at: string;
  kind: SessionKind;
  status: 'booked' | 'cancelled';
  outcome: Outcome | null;
  score: number | null;
  flag: string | null;
  flag_note: string | null;
  created_at: string;
  updated_at: string;
}

/** The year's bookings that are not cancelled, of the given people (null: everybody). */
export async function selectYearBookings(db: Executor, year: number, staffIds: number[] | null): Promise<BookingDbRow[]> {
  const q = db<BookingDbRow>('bookings').where({ year, status: 'booked' }).orderBy('id');
  if (staffIds === null) return q;
  return q.whereRaw('staff_id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)]);
}

export async function selectBookingsByIds(db: Executor, ids: number[]): Promise<BookingDbRow[]> {
  return db<BookingDbRow>('bookings').whereRaw('id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]).orderBy('id');
}

export async function insertBookings(db: Executor, rows: Omit<BookingDbRow, 'id'>[]): Promise<void> {
  if (rows.length === 0) return;
  await insertRows(db, 'bookings', Object.keys(rows[0]!), rows as unknown as Record<string, unknown>[]);
}

export async function updateBookings(db: Executor, ids: number[], changes: Partial<Omit<BookingDbRow, 'id'>>): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db('bookings')
      .whereRaw('id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids.slice(i, i + 500))])
      .update(changes);
  }
}

/**
 * Records an exam result on a booking still booked and without one; false
 * when the booking no longer is (changed since the results were planned).
 */
export async function recordOutcome(db: Executor, id: number, outcome: Outcome, score: number | null, at: string): Promise<boolean> {
  const changed = await db('bookings').where({ id, status: 'booked' }).whereNull('outcome').update({ outcome, score, updated_at: at });
  return changed === 1;
}

/** Seats taken per session (bookings not cancelled, results or not), for the given sessions or a date range. */
export async function bookedCounts(db: Executor, range: { from: string; to: string }): Promise<Map<string, number>> {
  const rows = (await db('bookings')
    .where({ status: 'booked' })
    .whereBetween('session_at', [range.from, range.to])
    .groupBy('session_at')
    .select('session_at')
    .count({ n: '*' })) as { session_at: string; n: number }[];
  return new Map(rows.map((r) => [r.session_at, Number(r.n)]));
}

export interface BookingListRow extends BookingDbRow {
  id_number: string;
  name: string;
  account: string | null;
  unit_id: number;
}

export async function selectBookingList(
  db: Executor,
  f: { year: number; sessionAt?: string; kind?: SessionKind; includeCancelled?: boolean; flaggedOnly?: boolean },
): Promise<BookingListRow[]> {
  const q = db('bookings as b')
    .join('staff as s', 's.id', 'b.staff_id')
    .where('b.year', f.year)
    .select('b.*', 's.id_number', 's.name', 's.account', 's.unit_id')
    .orderBy([{ column: 'b.session_at' }, { column: 's.unit_id' }, { column: 's.name' }, { column: 'b.id' }]);
  if (f.sessionAt) q.where('b.session_at', f.sessionAt);
  if (f.kind) q.where('b.kind', f.kind);
  if (!f.includeCancelled) q.where('b.status', 'booked');
  if (f.flaggedOnly) q.whereNotNull('b.flag');
  return (await q) as BookingListRow[];
}
