import type { EligibilityRow } from '../../../../shared/bookings/schemas';
import { describeReasons, type SessionKind, type SessionVerdict } from '../../../../shared/rules/eligibility';
import type { AuditAction } from '../../../../shared/rules/auditLabels';
import { deskError } from '../../../../shared/errors';
import type { CoreContext, Executor } from '../../context';
import { insertAuditMany, type AuditInput } from '../../db/repositories/audit';
import { insertBookings, selectYearBookings } from '../../db/repositories/bookings';

/** Shared steps of booking, spreading and moving: the refusals and the writes with their audit rows. */


/** Refuses a session no one can be booked into (not a session of the year, past, closed). */
export function refuseSession(verdict: SessionVerdict): void {
  if (verdict.kind === null) {
    throw deskError('SESSION_INVALID.notThisYear', { sessionAt: verdict.sessionAt });
  }
  if (verdict.reasons.length > 0) {
    throw deskError('BOOKING_NOT_ELIGIBLE.session', { sessionAt: verdict.sessionAt, reasons: describeReasons(verdict.reasons) });
  }
}

/** Refuses the whole action when anyone is not bookable, naming the first few and why. */
export function refuseIneligible(rows: EligibilityRow[]): void {
  const bad = rows.filter((r) => !r.eligible);
  if (bad.length === 0) return;
  throw deskError('BOOKING_NOT_ELIGIBLE.people', { people: bad.map((r) => ({ name: r.name, reasons: describeReasons(r.reasons) })) });
}

export function refuseOverCapacity(sessionAt: string, capacity: number | null, booked: number, adding: number): void {
  if (capacity === null || booked + adding <= capacity) return;
  const left = Math.max(0, capacity - booked);
  throw deskError('BOOKING_OVER_CAPACITY.session', { sessionAt, capacity, booked, left, adding });
}

export interface NewBooking {
  staffId: number;
  unitId: number;
  sessionAt: string;
  kind: SessionKind;
}

/** Writes live bookings and one audit row each, inside the caller's transaction. */
export async function writeBookings(trx: Executor, ctx: CoreContext, year: number, list: NewBooking[], action: AuditAction = 'booking.create'): Promise<void> {
  if (list.length === 0) return;
  const at = ctx.clock.now().toISOString();
  await insertBookings(
    trx,
    list.map((b) => ({
      staff_id: b.staffId,
      year,
      session_at: b.sessionAt,
      kind: b.kind,
      status: 'booked' as const,
      outcome: null,
      score: null,
      flag: null,
      flag_note: null,
      created_at: at,
      updated_at: at,
    })),
  );
  const made = new Map(
    (await selectYearBookings(trx, year, list.map((b) => b.staffId))).filter((b) => b.outcome === null).map((b) => [b.staff_id, b.id]),
  );
  const audits: AuditInput[] = list.map((b) => ({
    at,
    actor: ctx.actor,
    action,
    entity: 'booking',
    entityId: made.get(b.staffId) ?? null,
    staffId: b.staffId,
    unitId: b.unitId,
    before: null,
    after: { year, sessionAt: b.sessionAt, kind: b.kind, status: 'booked' },
  }));
  await insertAuditMany(trx, audits);
}
