import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract';
import { DeskError } from '../../../../shared/errors';
import { preset2024, type YearPolicy } from '../../../../shared/rules/yearPolicy';
import type { CoreContext, Executor } from '../../context';
import { insertRows } from '../../db/repositories/bulkInsert';
import { selectUnit } from '../../db/repositories/units';
import { findYearPolicy } from '../../db/repositories/yearPolicies';
import { recordAction } from '../audit/actions';
import { seededRandom, type Random } from './demoRandom';

/**
 * A demo tool, never part of real work: gives the people taking part in one
 * unit (with sub-units) a made-up year: a few exemptions, credits, regular
 * bookings with results, and make-ups for some who failed or missed. Only
 * people with no credits, exemption or booking for that year are touched,
 * so it never overwrites what an admin recorded. Seeded: the same desk gets
 * the same year every time.
 */
export async function demoYearWork(ctx: CoreContext, args: ParsedArgsOf<'demo.yearWork'>): Promise<ResultOf<'demo.yearWork'>> {
  if (!(await selectUnit(ctx.db, args.unitId))) throw new DeskError('UNIT_NOT_FOUND');
  const policy = (await findYearPolicy(ctx.db, args.year)) ?? shiftedPreset(args.year);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(async (trx) => {
    const people = await untouchedPeople(trx, args.unitId, args.year);
    const rand = seededRandom(args.year * 7919 + args.unitId);
    const exemptions: Record<string, unknown>[] = [];
    const credits: Record<string, unknown>[] = [];
    const bookings: Record<string, unknown>[] = [];
    for (const staffId of people) {
      if (rand.chance(0.06)) {
        exemptions.push({ staff_id: staffId, year: args.year, ground: rand.pick(['retirement', 'maternity', 'illness']), status: 'approved', applied_on: policy.studyStart, decided_on: policy.studyStart, notes: '演示数据', created_at: at, updated_at: at });
        continue;
      }
      const complete = rand.chance(0.9);
      credits.push({
        staff_id: staffId,
        year: args.year,
        compulsory: complete ? policy.credits.compulsory : rand.int(0, policy.credits.compulsory),
        elective: complete ? policy.credits.elective : rand.int(0, Math.max(0, policy.credits.elective - 1)),
        as_of: policy.windows.regional.end,
        imported_at: at,
      });
      if (!complete || !rand.chance(0.95)) continue;
      const outcome: string = rand.weighted([['passed', 85], ['failed', 7], ['absent', 8]] as const);
      bookings.push(booking(staffId, args.year, sessionIn(rand, policy, 'regular'), 'regular', outcome, at, rand));
      if (outcome !== 'passed' && rand.chance(0.7)) {
        bookings.push(booking(staffId, args.year, sessionIn(rand, policy, 'makeup'), 'makeup', rand.chance(0.85) ? 'passed' : 'failed', at, rand));
      }
    }
    await insertRows(trx, 'exemptions', ['staff_id', 'year', 'ground', 'status', 'applied_on', 'decided_on', 'notes', 'created_at', 'updated_at'], exemptions);
    await insertRows(trx, 'credits', ['staff_id', 'year', 'compulsory', 'elective', 'as_of', 'imported_at'], credits);
    await insertRows(trx, 'bookings', ['staff_id', 'year', 'session_at', 'kind', 'status', 'outcome', 'score', 'created_at', 'updated_at'], bookings);
    const result = { people: people.length, exemptions: exemptions.length, credits: credits.length, bookings: bookings.length };
    await recordAction(trx, ctx, { action: 'demo.yearWork', entity: 'unit', entityId: args.unitId, unitId: args.unitId, before: null, after: { year: args.year, ...result } });
    return result;
  });
}

async function untouchedPeople(db: Executor, unitId: number, year: number): Promise<number[]> {
  const rows = (await db.raw(
    `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
     SELECT s.id FROM staff s JOIN sub ON s.unit_id = sub.id
     WHERE s.status = '在职' AND NOT EXISTS (SELECT 1 FROM ranks r WHERE r.name = s.rank AND r.takes_part = 0)
       AND s.id NOT IN (SELECT staff_id FROM credits WHERE year = ?)
       AND s.id NOT IN (SELECT staff_id FROM exemptions WHERE year = ?)
       AND s.id NOT IN (SELECT staff_id FROM bookings WHERE year = ?)
     ORDER BY s.id`,
    [unitId, year, year, year],
  )) as { id: number }[];
  return rows.map((r) => r.id);
}

function booking(staffId: number, year: number, sessionAt: string, kind: string, outcome: string | null, at: string, rand: Random) {
  const score = outcome === 'passed' ? rand.int(60, 100) : outcome === 'failed' ? rand.int(20, 59) : null;
  return { staff_id: staffId, year, session_at: sessionAt, kind, status: 'booked', outcome, score, created_at: at, updated_at: at };
}

function sessionIn(rand: Random, policy: YearPolicy, kind: 'regular' | 'makeup'): string {
  const range = kind === 'makeup' ? policy.makeup.exam : policy.windows.regional;
  const start = Date.parse(`${range.start}T00:00:00Z`);
  const days = Math.max(0, Math.round((Date.parse(`${range.end}T00:00:00Z`) - start) / 86_400_000));
  const day = new Date(start + rand.int(0, days) * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${rand.pick(policy.sessionTimes)}`;
}

/** A year without its own policy borrows the 2024 preset's dates, moved into that year. */
function shiftedPreset(year: number): YearPolicy {
  return JSON.parse(JSON.stringify(preset2024).replace(/"2024-/g, `"${year}-`).replace('"year":2024', `"year":${year}`)) as YearPolicy;
}
