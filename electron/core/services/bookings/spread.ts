import type { SpreadResult } from '../../../../shared/bookings/schemas';
import { judgeSession, type SessionVerdict } from '../../../../shared/rules/eligibility';
import { planSpread, type SpreadMode } from '../../../../shared/rules/spreadPlan';
import { deskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { insertAuditMany } from '../../db/repositories/audit';
import { saveSessionSetting } from '../../db/repositories/bookingDesk';
import { missingStaffIds } from '../../db/repositories/staff';
import { refuseSession, writeBookings, type NewBooking } from './bookingWrites';
import { judgeRow } from './eligibilityService';
import { loadUnitIndex, loadYearFacts, selectPeople } from './people';
import { planningNow } from './planningClock';
import { sessionSlots } from './sessions';
import { requirePolicy } from './years';

/**
 * Spreads a group over chosen sessions (a computer room each): evenly by
 * default within each room's capacity, each unit's people kept together where
 * they fit (shared/rules/spreadPlan.ts); 'fill' fills the sessions in time
 * order instead. With a capacity given, it becomes the room capacity of every
 * chosen session. The dry run lists who goes to which session; applying it
 * books everyone or nobody.
 */
export async function spreadBookings(
  ctx: CoreContext,
  args: { year: number; sessionAts: string[]; staffIds: number[]; capacity?: number; mode?: SpreadMode; dryRun?: boolean },
): Promise<SpreadResult> {
  const sessions = [...new Set(args.sessionAts)].sort();
  const ids = [...new Set(args.staffIds)];
  return ctx.db.transaction(async (trx) => {
    const missing = await missingStaffIds(trx, ids);
    if (missing.length > 0) throw deskError('STAFF_NOT_FOUND.spread', { ids: missing });
    const policy = await requirePolicy(trx, args.year);
    const now = await planningNow(ctx, trx);
    const verdicts = sessions.map((at) => judgeSession(policy, at, now));
    verdicts.forEach(refuseSession);
    const units = await loadUnitIndex(trx);
    const people = await selectPeople(trx, units, args.year, { staffIds: ids });
    const facts = await loadYearFacts(trx, policy, units, people);
    const slots = await sessionSlots(trx, sessions);
    const capacityOf = (at: string) => args.capacity ?? slots.get(at)!.capacity;
    for (const at of sessions) {
      const booked = slots.get(at)!.booked;
      if (args.capacity !== undefined && args.capacity < booked) {
        throw deskError('CAPACITY_BELOW_BOOKED.spread', { sessionAt: at, booked, capacity: args.capacity });
      }
    }
    // People in unit order (the tree's paths), so each session's list reads unit by unit.
    const ordered = [...people].sort((a, b) => units.path(a.unit_id).localeCompare(units.path(b.unit_id), 'zh-CN') || a.id - b.id);
    const result: SpreadResult = { applied: false, assignments: [], ineligible: [], noRoom: [] };
    const verdictOf = new Map<string, SessionVerdict>(verdicts.map((v) => [v.sessionAt, v]));
    const candidates: { id: number; group: number; open: string[] }[] = [];
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const p of ordered) {
      const rows = verdicts.map((v) => ({ v, row: judgeRow(policy, v, units, facts, p) }));
      const open = rows.filter((r) => r.row.eligible);
      if (open.length === 0) result.ineligible.push({ staffId: p.id, name: p.name, reasons: rows[0]!.row.reasons });
      else candidates.push({ id: p.id, group: p.unit_id, open: open.map((r) => r.v.sessionAt) });
    }
    const plan = planSpread(
      sessions.map((at) => {
        const cap = capacityOf(at);
        return { at, free: cap === null ? null : cap - slots.get(at)!.booked };
      }),
      candidates,
      args.mode ?? 'even',
    );
    const personOf = (id: number) => {
      const p = byId.get(id)!;
      return { staffId: p.id, name: p.name, unitPath: units.path(p.unit_id) };
    };
    result.noRoom = plan.noRoom.map((id) => ({ staffId: id, name: byId.get(id)!.name }));
    result.assignments = sessions.map((at) => ({
      sessionAt: at,
      staffIds: plan.placed.get(at)!,
      people: plan.placed.get(at)!.map(personOf),
      before: slots.get(at)!.booked,
      capacity: capacityOf(at),
    }));
    const bookings: NewBooking[] = sessions.flatMap((at) =>
      plan.placed.get(at)!.map((id) => ({ staffId: id, unitId: byId.get(id)!.unit_id, sessionAt: at, kind: verdictOf.get(at)!.kind! })),
    );
    if (args.dryRun) return result;

    if (result.ineligible.length > 0) {
      throw deskError('BOOKING_NOT_ELIGIBLE.noSession', { names: result.ineligible.map((x) => x.name) });
    }
    if (result.noRoom.length > 0) {
      throw deskError('BOOKING_OVER_CAPACITY.spread', { sessions: sessions.length, left: result.noRoom.length });
    }
    const at = ctx.clock.now().toISOString();
    if (args.capacity !== undefined) {
      const changed = sessions.filter((s) => slots.get(s)!.capacity !== args.capacity);
      for (const s of changed) await saveSessionSetting(trx, { session_at: s, capacity: args.capacity, room: slots.get(s)!.room }, at);
      await insertAuditMany(
        trx,
        changed.map((s) => ({
          at,
          actor: ctx.actor,
          action: 'session.capacity',
          entity: 'exam_session',
          entityId: null,
          before: { sessionAt: s, capacity: slots.get(s)!.capacity },
          after: { sessionAt: s, capacity: args.capacity },
        })),
      );
    }
    await writeBookings(trx, ctx, args.year, bookings, 'booking.spread');
    return { ...result, applied: true };
  });
}
