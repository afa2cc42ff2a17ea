import type { PlanningClock } from '../../../../shared/bookings/schemas';
import { isCalendarDate } from '../../../../shared/rules/calendarDays';
import { deskError } from '../../../../shared/errors';
import type { CoreContext, Executor } from '../../context';
import { savePlanningAsOf, selectPlanningAsOf } from '../../db/repositories/bookingDesk';
import { recordAction } from '../audit/actions';

/**
 * The one "now" the booking rules use. The admin may plan as of a set day
 * (设置 → 计划日期), for instance to prepare the make-up list ahead; without
 * one, the desk's clock decides (XUEFA_NOW pins that clock in tests). Audit
 * rows always carry the clock's real time, never the planning date.
 */

/** 'YYYY-MM-DDTHH:MM' of a moment on this machine's wall clock. */
export function localDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A set date alone plans as of the start of that day. */
function asMinute(asOf: string): string {
  return asOf.length === 10 ? `${asOf}T00:00` : asOf;
}

export async function planningClock(ctx: CoreContext, db: Executor = ctx.db): Promise<PlanningClock> {
  const asOf = await selectPlanningAsOf(db);
  const clockNow = localDateTime(ctx.clock.now());
  return { now: asOf === null ? clockNow : asMinute(asOf), asOf, clockNow };
}

/** The planning "now", 'YYYY-MM-DDTHH:MM': what every booking rule compares with. */
export async function planningNow(ctx: CoreContext, db: Executor = ctx.db): Promise<string> {
  return (await planningClock(ctx, db)).now;
}

export async function setPlanningDate(ctx: CoreContext, asOf: string | null): Promise<PlanningClock> {
  if (asOf !== null) {
    const [date, time] = asOf.split('T');
    const timeOk = time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
    if (!isCalendarDate(date ?? '') || !timeOk) throw deskError('PLANNING_DATE_INVALID.given', { asOf });
  }
  return ctx.db.transaction(async (trx) => {
    const before = await selectPlanningAsOf(trx);
    if (before === asOf) return planningClock(ctx, trx);
    await savePlanningAsOf(trx, asOf, ctx.clock.now().toISOString());
    await recordAction(trx, ctx, { action: 'planning.set', entity: 'setting', entityId: null, before: { asOf: before }, after: { asOf } });
    return planningClock(ctx, trx);
  });
}
