import { DeskError, deskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { insertAuditMany } from '../../db/repositories/audit';
import { selectBookingsByIds, updateBookings, type BookingDbRow } from '../../db/repositories/bookings';
import { judgeSession } from '../../../../shared/rules/eligibility';
import { missingStaffIds } from '../../db/repositories/staff';
import { judgePeople, judgeRow } from './eligibilityService';
import { loadUnitIndex, loadYearFacts, selectPeople } from './people';
import { planningNow } from './planningClock';
import { sessionSlot } from './sessions';
import { refuseIneligible, refuseOverCapacity, refuseSession, writeBookings } from './bookingWrites';
import { requirePolicy } from './years';

/** 报考: book people into a session, cancel and move bookings. Each action is all or nothing. */

export async function book(ctx: CoreContext, year: number, sessionAt: string, staffIds: number[]): Promise<{ booked: number }> {
  const ids = [...new Set(staffIds)];
  return ctx.db.transaction(async (trx) => {
    const missing = await missingStaffIds(trx, ids);
    if (missing.length > 0) throw deskError('STAFF_NOT_FOUND.booking', { ids: missing });
    const j = await judgePeople(ctx, trx, year, sessionAt, { staffIds: ids });
    refuseSession(j.verdict);
    refuseIneligible(j.judged.map((x) => x.row));
    const slot = await sessionSlot(trx, sessionAt);
    refuseOverCapacity(sessionAt, slot.capacity, slot.booked, ids.length);
    await writeBookings(
      trx,
      ctx,
      year,
      j.judged.map((x) => ({ staffId: x.person.id, unitId: x.person.unit_id, sessionAt, kind: j.verdict.kind! })),
    );
    return { booked: ids.length };
  });
}

/** The bookings behind ids, refused when any is unknown, already cancelled or has its result. */
async function liveBookings(trx: Parameters<typeof selectBookingsByIds>[0], ids: number[], now: string): Promise<BookingDbRow[]> {
  const rows = await selectBookingsByIds(trx, ids);
  if (rows.length !== ids.length) throw new DeskError('BOOKING_NOT_FOUND');
  const dead = rows.find((b) => b.status !== 'booked' || b.outcome !== null);
  if (dead) throw deskError('BOOKING_NOT_LIVE.session', { sessionAt: dead.session_at });
  const past = rows.find((b) => b.session_at <= now);
  if (past) {
    throw deskError('BOOKING_SESSION_PAST.session', { sessionAt: past.session_at });
  }
  return rows;
}

export async function cancelBookings(ctx: CoreContext, bookingIds: number[]): Promise<{ cancelled: number }> {
  const ids = [...new Set(bookingIds)];
  return ctx.db.transaction(async (trx) => {
    const rows = await liveBookings(trx, ids, await planningNow(ctx, trx));
    const at = ctx.clock.now().toISOString();
    await updateBookings(trx, ids, { status: 'cancelled', updated_at: at });
    // The unit each person is in now, so 操作记录 finds the cancellation under the unit too.
    const unitOf = new Map(
      ((await trx('staff').whereIn('id', [...new Set(rows.map((b) => b.staff_id))]).select('id', 'unit_id')) as { id: number; unit_id: number }[]).map((s) => [s.id, s.unit_id]),
    );
    await insertAuditMany(
      trx,
      rows.map((b) => ({
        at,
        actor: ctx.actor,
        action: 'booking.cancel',
        entity: 'booking',
        entityId: b.id,
        staffId: b.staff_id,
        unitId: unitOf.get(b.staff_id) ?? null,
        before: { sessionAt: b.session_at, kind: b.kind, status: 'booked' },
        after: { sessionAt: b.session_at, kind: b.kind, status: 'cancelled' },
      })),
    );
    return { cancelled: rows.length };
  });
}

/** Moves bookings to another session, judged as if booked afresh there (each person's own booking set aside). */
export async function moveBookings(ctx: CoreContext, bookingIds: number[], sessionAt: string): Promise<{ moved: number }> {
  const ids = [...new Set(bookingIds)];
  return ctx.db.transaction(async (trx) => {
    const now = await planningNow(ctx, trx);
    const rows = (await liveBookings(trx, ids, now)).filter((b) => b.session_at !== sessionAt);
    if (rows.length === 0) return { moved: 0 };
    const years = new Set(rows.map((b) => b.year));
    if (years.size > 1) throw deskError('SESSION_INVALID.mixedYears');
    const year = rows[0]!.year;
    const policy = await requirePolicy(trx, year);
    const units = await loadUnitIndex(trx);
    const people = await selectPeople(trx, units, year, { staffIds: rows.map((b) => b.staff_id) });
    const facts = await loadYearFacts(trx, policy, units, people);
    const verdict = judgeSession(policy, sessionAt, now);
    refuseSession(verdict);
    const byStaff = new Map(rows.map((b) => [b.staff_id, b]));
    refuseIneligible(people.map((p) => judgeRow(policy, verdict, units, facts, p, byStaff.get(p.id)!.id)));
    const slot = await sessionSlot(trx, sessionAt);
    refuseOverCapacity(sessionAt, slot.capacity, slot.booked, rows.length);

    const at = ctx.clock.now().toISOString();
    await updateBookings(trx, rows.map((b) => b.id), { session_at: sessionAt, kind: verdict.kind!, flag: null, flag_note: null, updated_at: at });
    const unitOf = new Map(people.map((p) => [p.id, p.unit_id]));
    await insertAuditMany(
      trx,
      rows.map((b) => ({
        at,
        actor: ctx.actor,
        action: 'booking.move',
        entity: 'booking',
        entityId: b.id,
        staffId: b.staff_id,
        unitId: unitOf.get(b.staff_id) ?? null,
        before: { sessionAt: b.session_at, kind: b.kind, flag: b.flag },
        after: { sessionAt, kind: verdict.kind, flag: null },
      })),
    );
    return { moved: rows.length };
  });
}
