import type { PersonFacts } from '../../../../shared/rules/eligibility';
import { effectiveRoutes } from '../../../../shared/rules/examRoute';
import type { YearPolicy } from '../../../../shared/rules/yearPolicy';
import type { ExamRoute } from '../../../../shared/units/schemas';
import type { StaffStatus } from '../../../../shared/staff/schemas';
import type { Executor } from '../../context';
import { selectYearBookings, type BookingDbRow } from '../../db/repositories/bookings';

/**
 * The facts the eligibility rule needs, loaded for a whole selection at
 * once (a unit of thousands is a handful of queries, not one per person).
 */

export interface UnitIndex {
  path(id: number): string;
  route(id: number): ExamRoute;
  /** The unit and every unit below it. */
  subtree(id: number): number[];
}

export async function loadUnitIndex(db: Executor): Promise<UnitIndex> {
  const rows = (await db('units').select('id', 'parent_id', 'name', 'exam_route', 'counterpart')) as {
    id: number;
    parent_id: number | null;
    name: string;
    exam_route: ExamRoute | null;
    counterpart: string | null;
  }[];
  const routes = effectiveRoutes(rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, examRoute: r.exam_route, counterpart: r.counterpart })));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<number, number[]>();
  for (const r of rows) if (r.parent_id !== null) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r.id]);
  const paths = new Map<number, string>();
  const path = (id: number, depth = 0): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const r = byId.get(id);
    if (!r) return '';
    const p = r.parent_id === null || depth > 100 ? r.name : `${path(r.parent_id, depth + 1)}/${r.name}`;
    paths.set(id, p);
    return p;
  };
  return {
    path,
    route: (id) => routes.get(id)?.route ?? 'regional',
    subtree(id) {
      const out: number[] = [];
      const seen = new Set<number>();
      const stack = [id];
      while (stack.length > 0) {
        const u = stack.pop()!;
        if (seen.has(u) || !byId.has(u)) continue;
        seen.add(u);
        out.push(u);
        stack.push(...(children.get(u) ?? []));
      }
      return out;
    },
  };
}

export interface Person {
  id: number;
  id_number: string;
  name: string;
  account: string | null;
  unit_id: number;
  status: StaffStatus;
  rank: string | null;
  /** The year's credit figures (null when never imported) and approved exemption, joined in. */
  compulsory: number | null;
  elective: number | null;
  credits_as_of: string | null;
  exempt: 0 | 1;
}

export interface PeopleSelection {
  unitId?: number;
  staffIds?: number[];
  query?: string;
}

/**
 * The selected people with their credits and exemption for the year, in one
 * query, grouped by unit (so a spread keeps colleagues together), then in
 * roster order.
 */
export async function selectPeople(db: Executor, units: UnitIndex, year: number, sel: PeopleSelection): Promise<Person[]> {
  const q = db('staff as s')
    .leftJoin('credits as c', (j) => j.on('c.staff_id', 's.id').andOnVal('c.year', year))
    .select(
      's.id',
      's.id_number',
      's.name',
      's.account',
      's.unit_id',
      's.status',
      's.rank',
      'c.compulsory',
      'c.elective',
      'c.as_of as credits_as_of',
      // The IN term repeats the partial index exemptions_live's condition word for word, so SQLite
      // seeks it by (staff_id, year); without it each person scans the year's approved exemptions.
      db.raw(`EXISTS (SELECT 1 FROM exemptions e WHERE e.staff_id = s.id AND e.year = ? AND e.status IN ('draft', 'approved') AND e.status = 'approved') AS exempt`, [year]),
    )
    .orderBy([{ column: 's.unit_id' }, { column: 's.id' }]);
  if (sel.staffIds) q.whereRaw('s.id IN (SELECT value FROM json_each(?))', [JSON.stringify(sel.staffIds)]);
  if (sel.unitId !== undefined) q.whereRaw('s.unit_id IN (SELECT value FROM json_each(?))', [JSON.stringify(units.subtree(sel.unitId))]);
  const text = sel.query?.trim();
  if (text) {
    const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
    q.where((w) => {
      w.whereRaw(`s.name LIKE ? ESCAPE '\\'`, [`%${escaped}%`])
        .orWhereRaw(`s.id_number LIKE ? ESCAPE '\\'`, [`${escaped.toUpperCase()}%`])
        .orWhereRaw(`s.account LIKE ? ESCAPE '\\'`, [`${escaped}%`]);
    });
  }
  return (await q) as Person[];
}

/** The credits of a person as the rule takes them. */
export function creditsOf(p: Person): PersonFacts['credits'] {
  return p.credits_as_of === null ? null : { compulsory: p.compulsory ?? 0, elective: p.elective ?? 0, asOf: p.credits_as_of };
}

/** Everything the rule needs about the people of a selection in one year. */
export interface YearFacts {
  policy: YearPolicy;
  /** The person's booking without a result yet, if any. */
  live(staffId: number): BookingDbRow | undefined;
  /** The year's bookings of the person that are not cancelled, oldest first. */
  bookingsOf(staffId: number): BookingDbRow[];
  /** The facts for the rule; `moving` is a booking being moved, left out of "already booked". */
  facts(p: Person, moving?: number): PersonFacts;
}

/** Above this many people the year's bookings are read whole rather than person by person. */
const WHOLE_YEAR_FROM = 5000;

export async function loadYearFacts(db: Executor, policy: YearPolicy, units: UnitIndex, people: Person[]): Promise<YearFacts> {
  const ids = people.length >= WHOLE_YEAR_FROM ? null : people.map((p) => p.id);
  const [rankRows, bookingRows] = await Promise.all([
    db('ranks').select('name', 'takes_part') as Promise<{ name: string; takes_part: number }[]>,
    selectYearBookings(db, policy.year, ids),
  ]);
  const notTakingPart = new Set(rankRows.filter((r) => r.takes_part === 0).map((r) => r.name));
  const bookings = new Map<number, BookingDbRow[]>();
  for (const b of bookingRows) {
    const list = bookings.get(b.staff_id);
    if (list) list.push(b);
    else bookings.set(b.staff_id, [b]);
  }
  const none: BookingDbRow[] = [];
  return {
    policy,
    live: (staffId) => bookings.get(staffId)?.find((b) => b.outcome === null),
    bookingsOf: (staffId) => bookings.get(staffId) ?? none,
    facts(p, moving) {
      const list = bookings.get(p.id) ?? none;
      const live = list.find((b) => b.outcome === null && b.id !== moving);
      return {
        status: p.status,
        rankTakesPart: p.rank === null || !notTakingPart.has(p.rank),
        exempt: p.exempt === 1,
        passed: list.some((b) => b.outcome === 'passed'),
        liveBooking: live ? live.session_at : null,
        regularTaken: list.some((b) => b.kind === 'regular' && b.outcome !== null),
        makeupTaken: list.some((b) => b.kind === 'makeup' && b.outcome !== null),
        route: units.route(p.unit_id),
        credits: creditsOf(p),
      };
    },
  };
}
