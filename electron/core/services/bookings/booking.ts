import { DeskError } from '../../../../shared/errors';
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
    if (missing.length > 0) throw new DeskError('STAFF_NOT_FOUND', `找不到编号为 ${missing.slice(0, 5).join('、')} 的学员，可能已被删除：请刷新后重试，没有为任何人报考。`);
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
  if (dead) throw new DeskError('BOOKING_NOT_LIVE', `${dead.session_at.replace('T', ' ')} 场的这条报考已取消或已有考试结果，不能再取消或改期；没有做任何改动。`);
  const past = rows.find((b) => b.session_at <= now);
  if (past) {
    throw new DeskError('BOOKING_SESSION_PAST', `${past.session_at.replace('T', ' ')} 场已开始或已过去，不能取消或改期：考完后请导入考试结果。没有做任何改动。`);
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
    if (years.size > 1) throw new DeskError('SESSION_INVALID', '选中的报考属于不同年度，不能改到同一场次：请按年度分别改期。');
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
