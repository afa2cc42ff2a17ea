import { deskError } from '../../../../shared/errors';
import type { Transfer } from '../../../../shared/transfers/schemas';
import type { CoreContext, Executor } from '../../context';
import { reopenExpectedOf } from '../../db/repositories/expectedTransfers';
import { deleteStaffRow, placeStaff, selectStaffRow, unitTrail, type StaffRow } from '../../db/repositories/staff';
import { unflagBookings } from '../../db/repositories/transferBookings';
import { latestTransferOf, markUndone, selectTransfer, selectTransferRow, type TransferRow } from '../../db/repositories/transfers';
import { recordAction } from '../audit/actions';

/**
 * 撤销: takes back a person's latest transfer still in force, as its own
 * recorded action. The transfer row stays in the history, marked undone.
 * A move inside the desk puts the person back where they were (and their
 * earlier status); an arrival from outside removes the record it created.
 * Route flags the transfer set on bookings are cleared; a 待接收 mark it
 * closed is opened again.
 */

async function requireUndoable(trx: Executor, id: number): Promise<{ t: TransferRow; person: StaffRow }> {
  const t = await selectTransferRow(trx, id);
  if (!t) throw deskError('TRANSFER_NOT_FOUND.byId', { id });
  if (t.undone_at !== null) throw deskError('TRANSFER_ALREADY_UNDONE.on', { name: t.name, on: t.undone_at.slice(0, 10) });
  const person = t.staff_id === null ? undefined : await selectStaffRow(trx, t.staff_id);
  if (!person) throw deskError('TRANSFER_UNDO_BLOCKED.personGone', { name: t.name });
  const latest = await latestTransferOf(trx, person.id);
  if (latest && latest.id !== t.id) {
    throw deskError('TRANSFER_NOT_LATEST.named', { name: t.name, on: latest.effective_on, to: latest.to_path });
  }
  if (person.unit_id !== t.to_unit_id) {
    const now = (await unitTrail(trx, person.unit_id))?.path ?? '';
    throw deskError('TRANSFER_UNDO_BLOCKED.unitChanged', { name: t.name, now });
  }
  return { t, person };
}

/** Puts a person moved inside the desk back in the unit they came from. */
async function moveBack(trx: Executor, t: TransferRow, person: StaffRow, at: string): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const from = t.from_unit_id === null ? undefined : await unitTrail(trx, t.from_unit_id);
  if (!from) throw deskError('TRANSFER_UNDO_BLOCKED.originDeleted', { name: t.name, from: t.from_path });
  if (from.archived) throw deskError('TRANSFER_UNDO_BLOCKED.originArchived', { name: t.name, from: from.path });
  const status = t.status_before ?? person.status;
  await placeStaff(trx, person.id, from.id, status, at);
  return { before: { unitPath: t.to_path, status: person.status }, after: { unitPath: from.path, status } };
}

/** Removes the record an arrival from outside created; refused when other records already hang on it. */
async function removeArrival(trx: Executor, t: TransferRow, person: StaffRow): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  try {
    await deleteStaffRow(trx, person.id);
  } catch (e) {
    // Bookings, exemptions, credits and evidence refer to the person (ON DELETE RESTRICT).
    if (!/FOREIGN KEY/i.test(String((e as Error).message))) throw e;
    throw deskError('TRANSFER_UNDO_BLOCKED.recordsSince', { name: t.name });
  }
  return { before: { unitPath: t.to_path, status: person.status }, after: { unitPath: `${t.from_path}（外单位）`, removedRecord: true } };
}

export async function undoTransfer(ctx: CoreContext, id: number, reason: string | null | undefined): Promise<Transfer> {
  return ctx.db.transaction(async (trx) => {
    const { t, person } = await requireUndoable(trx, id);
    const at = ctx.clock.now().toISOString();
    const why = (reason ?? '').trim() || null;
    // Flags first: the bookings still belong to the person while the record exists.
    await unflagBookings(trx, JSON.parse(t.flagged_booking_ids) as number[], at);
    await reopenExpectedOf(trx, t.id);
    const change = t.from_outside === 1 ? await removeArrival(trx, t, person) : await moveBack(trx, t, person, at);
    await markUndone(trx, t.id, at, ctx.actor, why);
    await recordAction(trx, ctx, {
      action: 'transfer.undo',
      entity: 'transfer',
      entityId: t.id,
      staffId: person.id,
      unitId: t.from_unit_id ?? t.to_unit_id,
      before: { name: t.name, effectiveOn: t.effective_on, ...change.before },
      after: { name: t.name, effectiveOn: t.effective_on, ...change.after, undoReason: why },
    });
    return (await selectTransfer(trx, t.id))!;
  });
}
