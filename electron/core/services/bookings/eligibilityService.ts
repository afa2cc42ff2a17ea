import type { EligibilityResult, EligibilityRow } from '../../../../shared/bookings/schemas';
import { judgeSession, personReasons, type SessionVerdict } from '../../../../shared/rules/eligibility';
import type { YearPolicy } from '../../../../shared/rules/yearPolicy';
import type { CoreContext, Executor } from '../../context';
import { loadUnitIndex, loadYearFacts, selectPeople, type PeopleSelection, type Person, type UnitIndex, type YearFacts } from './people';
import { planningNow } from './planningClock';
import { sessionSlot } from './sessions';
import { requirePolicy } from './years';

/** The eligibility rule applied to a selection of people for one session. */

export interface Judged {
  person: Person;
  row: EligibilityRow;
}

export interface Judgement {
  policy: YearPolicy;
  units: UnitIndex;
  facts: YearFacts;
  verdict: SessionVerdict;
  judged: Judged[];
}

export function judgeRow(policy: YearPolicy, verdict: SessionVerdict, units: UnitIndex, facts: YearFacts, p: Person, moving?: number): EligibilityRow {
  const f = facts.facts(p, moving);
  const reasons = personReasons(policy, verdict, f);
  const live = facts.live(p.id);
  return {
    staffId: p.id,
    idNumber: p.id_number,
    name: p.name,
    unitId: p.unit_id,
    unitPath: units.path(p.unit_id),
    route: f.route,
    eligible: reasons.length === 0,
    reasons,
    credits: f.credits,
    booking: live ? { id: live.id, sessionAt: live.session_at, kind: live.kind } : null,
  };
}

/** Judges the selected people for `sessionAt` as of the planning clock, inside `db` (a transaction when booking). */
export async function judgePeople(ctx: CoreContext, db: Executor, year: number, sessionAt: string, sel: PeopleSelection): Promise<Judgement> {
  const policy = await requirePolicy(db, year);
  const units = await loadUnitIndex(db);
  const people = await selectPeople(db, units, year, sel);
  const facts = await loadYearFacts(db, policy, units, people);
  const verdict = judgeSession(policy, sessionAt, await planningNow(ctx, db));
  const judged = people.map((person) => ({ person, row: judgeRow(policy, verdict, units, facts, person) }));
  return { policy, units, facts, verdict, judged };
}

export async function eligibilityFor(
  ctx: CoreContext,
  args: PeopleSelection & { year: number; sessionAt: string; onlyEligible?: boolean; limit?: number },
): Promise<EligibilityResult> {
  const j = await judgePeople(ctx, ctx.db, args.year, args.sessionAt, args);
  const rows = j.judged.map((x) => x.row).filter((r) => !args.onlyEligible || r.eligible);
  const limit = args.limit ?? 5000;
  return {
    sessionAt: args.sessionAt,
    kind: j.verdict.kind,
    sessionReasons: j.verdict.reasons,
    slot: await sessionSlot(ctx.db, args.sessionAt),
    total: j.judged.length,
    eligibleCount: j.judged.filter((x) => x.row.eligible).length,
    rows: rows.slice(0, limit),
    truncated: rows.length > limit,
  };
}
