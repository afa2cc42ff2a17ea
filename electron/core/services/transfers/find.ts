import { normalizeIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import type { FindResult, PersonAtDesk } from '../../../../shared/transfers/schemas';
import type { CoreContext, Executor } from '../../context';
import { openExpectedOf, toExpected } from '../../db/repositories/expectedTransfers';
import { staffWithIdNumber, unitTrails, type StaffRow } from '../../db/repositories/staff';
import { liveBookingCounts } from '../../db/repositories/transferBookings';
import { latestTransferOf } from '../../db/repositories/transfers';
import { searchStaff } from '../staff/staffSearch';
import { unitRoutes } from './routes';

/** At most this many people are listed for a name; more means: type more. */
const LISTED = 20;

/**
 * The 调入 form's search. A whole ID number (18, or 15 old digits) is
 * checked and looked up exactly, so a typo says what is wrong instead of
 * "nobody"; anything else is matched as the roster search does (part of a
 * name, the start of a number), giving a pick list.
 */
export async function findPeople(ctx: CoreContext, query: string): Promise<FindResult> {
  const q = query.trim();
  if (q.length === 0) return { idNumber: null, idProblem: null, people: [], more: false };
  const compact = normalizeIdNumber(q);
  if (/^\d{15}$|^\d{17}[\dX]$/.test(compact)) {
    const id = parseIdNumber(compact);
    if (!id.ok) return { idNumber: null, idProblem: id.message, people: [], more: false };
    const row = await staffWithIdNumber(ctx.db, id.idNumber, null);
    return { idNumber: id.idNumber, idProblem: null, people: row ? await describe(ctx.db, [row]) : [], more: false };
  }
  const page = await searchStaff(ctx, { query: q, year: ctx.clock.now().getFullYear(), limit: LISTED + 1 });
  const ids = page.rows.slice(0, LISTED).map((s) => s.id);
  const rows = ids.length === 0 ? [] : ((await ctx.db('staff').whereIn('id', ids).orderBy('id')) as StaffRow[]);
  return { idNumber: null, idProblem: null, people: await describe(ctx.db, rows), more: page.total > LISTED };
}

/** Where each person is now, their unit's exam route, their latest transfer, an open 待接收 mark, live bookings. */
async function describe(db: Executor, rows: StaffRow[]): Promise<PersonAtDesk[]> {
  const routes = await unitRoutes(db);
  const trails = await unitTrails(db, rows.map((r) => r.unit_id));
  const bookings = await liveBookingCounts(db, rows.map((r) => r.id));
  const paths = new Map([...routes].map(([id, r]) => [id, r.path]));
  const out: PersonAtDesk[] = [];
  for (const r of rows) {
    const last = await latestTransferOf(db, r.id);
    const expected = await openExpectedOf(db, r.id);
    const route = routes.get(r.unit_id)!;
    out.push({
      id: r.id,
      name: r.name,
      idNumber: r.id_number,
      sex: r.sex,
      birthDate: r.birth_date,
      unitId: r.unit_id,
      unitPath: trails.get(r.unit_id)?.path ?? '',
      unitArchived: trails.get(r.unit_id)?.archived ?? false,
      status: r.status,
      route: { route: route.route, counterpart: route.counterpart },
      lastTransfer: last ? { id: last.id, effectiveOn: last.effective_on, fromPath: last.from_path, toPath: last.to_path } : null,
      expected: expected ? toExpected({ ...expected, name: r.name, id_number: r.id_number, current_unit_id: r.unit_id }, paths) : null,
      liveBookings: bookings.get(r.id) ?? 0,
    });
  }
  return out;
}
