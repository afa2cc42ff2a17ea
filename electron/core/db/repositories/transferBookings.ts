import type { Executor } from '../../context';

/**
 * What a transfer does to exam bookings: a live booking (booked, no result
 * yet) made under the old unit's exam route is flagged for the admin to
 * review, never silently kept or dropped.
 */

export const ROUTE_CHANGED = 'route_changed';

/** Live bookings of a person: booked and without a result. */
export async function liveBookingIds(db: Executor, staffId: number): Promise<number[]> {
  return (await db('bookings').where({ staff_id: staffId, status: 'booked' }).whereNull('outcome').orderBy('id').pluck('id')) as number[];
}

/** How many live bookings each of the given people has. */
export async function liveBookingCounts(db: Executor, staffIds: number[]): Promise<Map<number, number>> {
  if (staffIds.length === 0) return new Map();
  const rows = (await db.raw(
    `SELECT staff_id, count(*) AS n FROM bookings WHERE status = 'booked' AND outcome IS NULL AND staff_id IN (SELECT value FROM json_each(?)) GROUP BY staff_id`,
    [JSON.stringify(staffIds)],
  )) as { staff_id: number; n: number }[];
  return new Map(rows.map((r) => [r.staff_id, Number(r.n)]));
}

export async function flagBookings(db: Executor, ids: number[], note: string, at: string): Promise<void> {
  if (ids.length === 0) return;
  await db('bookings').whereIn('id', ids).update({ flag: ROUTE_CHANGED, flag_note: note, updated_at: at });
}

/** Clears the route flag an undone transfer set, where it is still that flag. */
export async function unflagBookings(db: Executor, ids: number[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db('bookings').whereIn('id', ids).andWhere({ flag: ROUTE_CHANGED }).update({ flag: null, flag_note: null, updated_at: at });
}
