import { DeskError, deskError } from '../../../../shared/errors';
import { effectiveDateProblem } from '../../../../shared/rules/transferRules';
import type { ExpectArgs, ExpectedTransfer } from '../../../../shared/transfers/schemas';
import type { CoreContext, Executor } from '../../context';
import {
  closeExpected,
  insertExpected,
  openExpectedOf,
  selectExpectedRow,
  selectOpenExpected,
  toExpected,
  type ExpectedRow,
} from '../../db/repositories/expectedTransfers';
import { selectStaffRow, unitTrail } from '../../db/repositories/staff';
import { selectUnits } from '../../db/repositories/units';
import { recordAction } from '../audit/actions';
import { localDate } from '../settings/desk';
import { hasLeftService } from '../../../../shared/staffStatus';

/**
 * 待接收. There is no push-out: the sending admin only notes that someone is
 * leaving for unit X, and X's admin finds the person on a to-do list and
 * carries out the 调入. The mark closes when the person is received.
 */

async function unitPaths(db: Executor): Promise<Map<number, string>> {
  return new Map((await selectUnits(db, { includeArchived: true })).map((u) => [u.id, u.path]));
}

function markFields(row: ExpectedRow | undefined, paths: Map<number, string>): Record<string, unknown> | null {
  return row ? { toPath: paths.get(row.to_unit_id) ?? '', expectedOn: row.expected_on, note: row.note } : null;
}

export async function expectTransfer(ctx: CoreContext, args: ExpectArgs): Promise<ExpectedTransfer> {
  return ctx.db.transaction(async (trx) => {
    const person = await selectStaffRow(trx, args.staffId);
    if (!person) throw deskError('STAFF_NOT_FOUND.chosen', { id: args.staffId });
    const to = await unitTrail(trx, args.toUnitId);
    if (!to) throw deskError('UNIT_NOT_FOUND.destination', { id: args.toUnitId });
    if (to.archived) throw deskError('TRANSFER_UNIT_ARCHIVED.destination', { path: to.path });
    if (person.unit_id === to.id) throw deskError('TRANSFER_SAME_UNIT.expect', { name: person.name, path: to.path });
    if (hasLeftService(person.status)) {
      throw deskError('TRANSFER_NOT_IN_SERVICE.expect', { name: person.name, status: person.status });
    }
    const expectedOn = args.expectedOn ?? null;
    if (expectedOn !== null) {
      const problem = effectiveDateProblem(expectedOn, localDate(ctx.clock.now()), null, 'expectedOn');
      if (problem) throw new DeskError('TRANSFER_DATE_INVALID', problem);
    }
    const at = ctx.clock.now().toISOString();
    const previous = await openExpectedOf(trx, person.id);
    if (previous) await closeExpected(trx, previous.id, 'withdrawn', at, null);
    const id = await insertExpected(trx, {
      staff_id: person.id,
      from_unit_id: person.unit_id,
      to_unit_id: to.id,
      expected_on: expectedOn,
      note: (args.note ?? '').trim() || null,
      created_at: at,
      created_by: ctx.actor,
    });
    const paths = await unitPaths(trx);
    const row = (await selectExpectedRow(trx, id))!;
    await recordAction(trx, ctx, {
      action: 'transfer.expect',
      entity: 'expected_transfer',
      entityId: id,
      staffId: person.id,
      unitId: person.unit_id,
      before: previous ? { name: person.name, ...markFields(previous, paths) } : null,
      after: { name: person.name, ...markFields(row, paths) },
    });
    return toExpected({ ...row, name: person.name, id_number: person.id_number, current_unit_id: person.unit_id }, paths);
  });
}

export async function listExpected(
  ctx: CoreContext,
  args: { toUnitId?: number; fromUnitId?: number; includeSubunits?: boolean },
): Promise<ExpectedTransfer[]> {
  const rows = await selectOpenExpected(ctx.db, { toUnitId: args.toUnitId ?? null, fromUnitId: args.fromUnitId ?? null, includeSubunits: args.includeSubunits ?? true });
  const paths = await unitPaths(ctx.db);
  return rows.map((r) => toExpected(r, paths));
}

export async function withdrawExpected(ctx: CoreContext, id: number): Promise<{ id: number }> {
  return ctx.db.transaction(async (trx) => {
    const row = await selectExpectedRow(trx, id);
    if (!row || row.status !== 'pending') {
      throw new DeskError('EXPECTED_TRANSFER_NOT_FOUND');
    }
    const person = (await selectStaffRow(trx, row.staff_id))!;
    await closeExpected(trx, id, 'withdrawn', ctx.clock.now().toISOString(), null);
    const paths = await unitPaths(trx);
    await recordAction(trx, ctx, {
      action: 'transfer.withdrawExpected',
      entity: 'expected_transfer',
      entityId: id,
      staffId: row.staff_id,
      unitId: person.unit_id,
      before: { name: person.name, ...markFields(row, paths) },
      after: null,
    });
    return { id };
  });
}
