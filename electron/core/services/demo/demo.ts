import { deskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { bulkLoad } from '../../db/repositories/bulkLoad';
import { selectLists } from '../../db/repositories/lists';
import { countStaff } from '../../db/repositories/staff';
import { rebuildNameChars } from '../../db/repositories/staffSearch';
import { countUnits, type UnitRow } from '../../db/repositories/units';
import { recordAction } from '../audit/actions';
import { planStaff } from './demoPeople';
import { seededRandom } from './demoRandom';
import { planUnits } from './demoTree';

/** Rows per INSERT: 500 × 15 columns stays well under SQLite's bound-variable limit. */
const CHUNK = 500;

/**
 * Fills an empty desk with a made-up 汨罗市 unit tree and roster, to try the
 * app or measure it. Deterministic (seeded), so tests and benches see the
 * same desk every run. One transaction and one audit row for the lot.
 */
export async function generateDemo(ctx: CoreContext, opts: { units: number; staff: number }): Promise<{ units: number; staff: number }> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(async (trx) => {
    const [unitCount, staffCount] = [await countUnits(trx), await countStaff(trx)];
    if (unitCount > 0 || staffCount > 0) {
      throw deskError('DESK_NOT_EMPTY.counted', { units: unitCount, staff: staffCount });
    }
    const lists = await selectLists(trx);
    const rand = seededRandom();
    const units = planUnits(opts.units, 1, new Set(lists.unitAttributes));
    const unitRows: (UnitRow & { id: number })[] = units.map((u) => ({
      id: u.id,
      parent_id: u.parentId,
      name: u.name,
      sort_order: u.sortOrder,
      code: null,
      attribute: u.attribute,
      admin_name: null,
      admin_phone: null,
      admin_account: null,
      exam_route: u.examRoute,
      counterpart: u.counterpart,
      archived_at: null,
      created_at: at,
      updated_at: at,
    }));
    // Parents come before their children, so every chunk's parents already exist.
    await ctx.db.batchInsert('units', unitRows, CHUNK).transacting(trx);
    const people = planStaff(units, opts.staff, lists.ranks, rand, at);
    await bulkLoad(
      trx,
      'staff',
      () => ctx.db.batchInsert('staff', people, CHUNK).transacting(trx),
      () => rebuildNameChars(trx),
    );
    const result = { units: units.length, staff: people.length };
    await recordAction(trx, ctx, { action: 'demo.generate', entity: 'desk', entityId: null, before: null, after: result });
    return result;
  });
}
