import { routeChangeNote, sameExam } from '../../../../shared/rules/transferRules';
import type { CoreContext, Executor } from '../../context';
import { closeExpected, openExpectedOf } from '../../db/repositories/expectedTransfers';
import { flagBookings, liveBookingIds } from '../../db/repositories/transferBookings';
import { insertTransfer } from '../../db/repositories/transfers';
import type { ImportMove, RecordMoves } from '../../excel/importTypes';
import { localDate } from '../settings/desk';
import { unitRoutes } from './routes';


/**
 * Writes the transfers an Excel import made into the one history, inside the
 * import's transaction: effective on the desk's today, flagged bookings when
 * the exam route changes, and a 待接收 mark for the person closed, exactly as
 * a 调入 on the 人员异动 screen does. The import writes its own audit rows.
 */
export const recordImportTransfers: RecordMoves = async (trx: Executor, ctx: CoreContext, moves: ImportMove[], fileName: string, at: string): Promise<void> => {
  if (moves.length === 0) return;
  const routes = await unitRoutes(trx);
  const effectiveOn = localDate(ctx.clock.now());
  const people = new Map(
    (
      (await trx('staff')
        .whereRaw('id IN (SELECT value FROM json_each(?))', [JSON.stringify(moves.map((m) => m.staffId))])
        .select('id', 'id_number', 'name')) as { id: number; id_number: string; name: string }[]
    ).map((p) => [p.id, p]),
  );
  for (const m of moves) {
    const person = people.get(m.staffId)!;
    const from = routes.get(m.fromUnitId)!;
    const to = routes.get(m.toUnitId)!;
    let flagged: number[] = [];
    if (!sameExam(from, to)) {
      flagged = await liveBookingIds(trx, m.staffId);
      await flagBookings(trx, flagged, routeChangeNote(effectiveOn, m.toPath, from, to), at);
    }
    const id = await insertTransfer(trx, {
      staff_id: m.staffId,
      id_number: person.id_number,
      name: person.name,
      from_unit_id: m.fromUnitId,
      from_path: m.fromPath,
      from_outside: 0,
      to_unit_id: m.toUnitId,
      to_path: m.toPath,
      effective_on: effectiveOn,
      reason: '导入名册时单位变更',
      source: 'import',
      source_file: fileName,
      status_before: null,
      flagged_booking_ids: JSON.stringify(flagged),
      recorded_at: at,
      recorded_by: ctx.actor,
    });
    const expected = await openExpectedOf(trx, m.staffId);
    if (expected) await closeExpected(trx, expected.id, 'received', at, id);
  }
};
