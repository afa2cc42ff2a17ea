import type { BookingRow, CreditRow, MakeupCandidate } from '../../../../shared/bookings/schemas';
import { daysBetween } from '../../../../shared/rules/calendarDays';
import type { SessionKind } from '../../../../shared/rules/eligibility';
import type { CoreContext } from '../../context';
import { selectBookingList } from '../../db/repositories/bookings';
import { creditsOf, loadUnitIndex, loadYearFacts, selectPeople, type UnitIndex } from './people';
import { planningNow } from './planningClock';
import { requirePolicy } from './years';
import { isInService } from '../../../../shared/staffStatus';

/** The lists of the 报考 screen: bookings, credits progress and the make-up candidates. */

export async function listBookings(
  ctx: CoreContext,
  f: { year: number; unitId?: number; sessionAt?: string; kind?: SessionKind; includeCancelled?: boolean; flaggedOnly?: boolean },
  units?: UnitIndex,
): Promise<BookingRow[]> {
  const index = units ?? (await loadUnitIndex(ctx.db));
  const inUnit = f.unitId === undefined ? null : new Set(index.subtree(f.unitId));
  const rows = await selectBookingList(ctx.db, f);
  return rows
    .filter((r) => inUnit === null || inUnit.has(r.unit_id))
    .map((r) => ({
      id: r.id,
      staffId: r.staff_id,
      idNumber: r.id_number,
      name: r.name,
      account: r.account,
      unitPath: index.path(r.unit_id),
      sessionAt: r.session_at,
      kind: r.kind,
      status: r.status,
      outcome: r.outcome,
      score: r.score,
      flag: r.flag,
      flagNote: r.flag_note,
    }));
}

/**
 * Each person's credits for the year. With onlyShort: those who must have
 * the credits (在职, rank taking part, not exempt) and have not completed
 * them, figures never imported included.
 */
export async function listCredits(
  ctx: CoreContext,
  args: { year: number; unitId?: number; query?: string; limit?: number; onlyShort?: boolean },
): Promise<{ total: number; complete: number; rows: CreditRow[] }> {
  const policy = await requirePolicy(ctx.db, args.year);
  const units = await loadUnitIndex(ctx.db);
  let people = await selectPeople(ctx.db, units, args.year, args);
  if (args.onlyShort) {
    const notTakingPart = new Set((await ctx.db('ranks').where({ takes_part: 0 }).pluck('name')) as string[]);
    people = people.filter((p) => isInService(p.status) && p.exempt !== 1 && (p.rank === null || !notTakingPart.has(p.rank)));
  }
  const today = (await planningNow(ctx)).slice(0, 10);
  let rows = people.map((p): CreditRow => {
    const c = creditsOf(p);
    return {
      staffId: p.id,
      idNumber: p.id_number,
      name: p.name,
      unitPath: units.path(p.unit_id),
      credits: c,
      complete: c !== null && c.compulsory >= policy.credits.compulsory && c.elective >= policy.credits.elective,
      ageDays: c ? daysBetween(c.asOf, today) : null,
    };
  });
  if (args.onlyShort) rows = rows.filter((r) => !r.complete);
  return { total: rows.length, complete: rows.filter((r) => r.complete).length, rows: rows.slice(0, args.limit ?? 5000) };
}

/**
 * 补考 candidates: people who take part this year and have neither passed
 * nor used their make-up, whose regular exam was missed (absent, or never
 * sat) or failed. People still waiting for a regular result are not listed.
 */
export async function makeupCandidates(ctx: CoreContext, year: number, unitId?: number): Promise<MakeupCandidate[]> {
  const policy = await requirePolicy(ctx.db, year);
  const units = await loadUnitIndex(ctx.db);
  const people = await selectPeople(ctx.db, units, year, unitId === undefined ? {} : { unitId });
  const facts = await loadYearFacts(ctx.db, policy, units, people);
  const out: MakeupCandidate[] = [];
  for (const p of people) {
    const f = facts.facts(p);
    if (!isInService(f.status) || !f.rankTakesPart || f.exempt || f.passed || f.makeupTaken) continue;
    const list = facts.bookingsOf(p.id);
    if (list.some((b) => b.kind === 'regular' && b.outcome === null)) continue;
    const last = [...list].reverse().find((b) => b.kind === 'regular' && b.outcome !== null);
    const live = list.find((b) => b.kind === 'makeup' && b.outcome === null);
    out.push({
      staffId: p.id,
      idNumber: p.id_number,
      name: p.name,
      unitPath: units.path(p.unit_id),
      why: last?.outcome === 'failed' ? 'failed' : last?.outcome === 'absent' ? 'absent' : 'notSat',
      lastSessionAt: last?.session_at ?? null,
      score: last?.score ?? null,
      makeupBooking: live ? { id: live.id, sessionAt: live.session_at, kind: live.kind } : null,
    });
  }
  return out;
}
