import type { Calendar, SessionSlot } from '../../../../shared/bookings/schemas';
import { daysOf, inRange } from '../../../../shared/rules/calendarDays';
import type { YearPolicy } from '../../../../shared/rules/yearPolicy';
import type { ExamRoute } from '../../../../shared/units/schemas';
import { deskError } from '../../../../shared/errors';
import type { CoreContext, Executor } from '../../context';
import { saveSessionSetting, selectSessionSettings } from '../../db/repositories/bookingDesk';
import { bookedCounts } from '../../db/repositories/bookings';
import { recordAction } from '../audit/actions';
import { planningNow } from './planningClock';
import { requirePolicy } from './years';

/** Exam sessions (考试场次): the calendar of a year, and each session's room and capacity. */

export async function sessionSlots(db: Executor, sessionAts: string[]): Promise<Map<string, SessionSlot>> {
  const sorted = [...sessionAts].sort();
  const range = { from: sorted[0] ?? '', to: sorted.at(-1) ?? '' };
  const [counts, settings] = await Promise.all([bookedCounts(db, range), selectSessionSettings(db, range)]);
  return new Map(
    sessionAts.map((at) => [at, { at, booked: counts.get(at) ?? 0, capacity: settings.get(at)?.capacity ?? null, room: settings.get(at)?.room ?? null }]),
  );
}

export async function sessionSlot(db: Executor, sessionAt: string): Promise<SessionSlot> {
  return (await sessionSlots(db, [sessionAt])).get(sessionAt)!;
}

/** The days of both route windows and of the make-up exam, each with its sessions. */
export async function calendar(ctx: CoreContext, year: number): Promise<Calendar> {
  const policy = await requirePolicy(ctx.db, year);
  const dates = examDays(policy);
  const ats = dates.flatMap((d) => policy.sessionTimes.map((t) => `${d}T${t}`));
  const slots = await sessionSlots(ctx.db, ats);
  return {
    year,
    now: await planningNow(ctx),
    days: dates.map((date) => ({
      date,
      routes: (['category', 'regional'] as ExamRoute[]).filter((r) => inRange(date, policy.windows[r])),
      makeup: inRange(date, policy.makeup.exam),
      sessions: policy.sessionTimes.map((t) => slots.get(`${date}T${t}`)!),
    })),
  };
}

function examDays(p: YearPolicy): string[] {
  const all = new Set([
    ...daysOf(p.windows.category.start, p.windows.category.end),
    ...daysOf(p.windows.regional.start, p.windows.regional.end),
    ...daysOf(p.makeup.exam.start, p.makeup.exam.end),
  ]);
  return [...all].sort();
}

/** Sets a session's capacity (null: no limit) and room; never below the seats already taken. */
export async function setCapacity(
  ctx: CoreContext,
  sessionAt: string,
  capacity: number | null,
  room: string | null | undefined,
): Promise<{ sessionAt: string; capacity: number | null; room: string | null }> {
  return ctx.db.transaction(async (trx) => {
    const before = await sessionSlot(trx, sessionAt);
    const next = { session_at: sessionAt, capacity, room: room === undefined ? before.room : room?.trim() || null };
    if (capacity !== null && capacity < before.booked) {
      throw deskError('CAPACITY_BELOW_BOOKED.session', { sessionAt, booked: before.booked, capacity });
    }
    if (before.capacity === next.capacity && before.room === next.room) return { sessionAt, capacity, room: next.room };
    await saveSessionSetting(trx, next, ctx.clock.now().toISOString());
    await recordAction(trx, ctx, {
      action: 'session.capacity',
      entity: 'exam_session',
      entityId: null,
      before: { sessionAt, capacity: before.capacity, room: before.room },
      after: { sessionAt, capacity: next.capacity, room: next.room },
    });
    return { sessionAt, capacity: next.capacity, room: next.room };
  });
}
