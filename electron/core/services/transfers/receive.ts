import { DeskError, deskError } from '../../../../shared/errors';
import { maskIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import { effectiveDateProblem, routeChangeNote, sameExam } from '../../../../shared/rules/transferRules';
import type { ReceiveArgs, ReceiveResult, TransferOrigin } from '../../../../shared/transfers/schemas';
import type { CoreContext, Executor } from '../../context';
import { closeExpected, openExpectedOf } from '../../db/repositories/expectedTransfers';
import { insertStaffRow, placeStaff, staffWithIdNumber, unitTrail, type StaffRow, type UnitTrail } from '../../db/repositories/staff';
import { flagBookings, liveBookingIds } from '../../db/repositories/transferBookings';
import { insertTransfer, latestTransferOf, selectTransfer } from '../../db/repositories/transfers';
import { recordAction } from '../audit/actions';
import { localDate } from '../settings/desk';
import { checkStaffInput } from '../staff/staffInput';
import { unitRoutes } from './routes';
import { hasLeftService, IN_SERVICE, isInService } from '../../../../shared/staffStatus';

/**
 * 调入, carried out by the receiving unit. One transaction: the person's
 * record (moved, or created for an arrival from outside), the transfer row,
 * the route flag on live bookings, the 待接收 mark closed, and the audit row.
 * Every refusal comes before the first write, so nothing is half-done.
 */

function text(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  return s.length === 0 ? null : s;
}

async function receivingUnit(db: Executor, unitId: number): Promise<UnitTrail> {
  const unit = await unitTrail(db, unitId);
  if (!unit) throw deskError('UNIT_NOT_FOUND.receiving', { id: unitId });
  if (unit.archived) {
    throw deskError('TRANSFER_UNIT_ARCHIVED.receiving', { path: unit.path });
  }
  return unit;
}

function checkDate(day: string, today: string, last: string | null): void {
  const problem = effectiveDateProblem(day, today, last);
  if (problem) throw new DeskError('TRANSFER_DATE_INVALID', problem);
}

function parsedId(raw: string): string {
  const id = parseIdNumber(raw);
  if (!id.ok) throw new DeskError(id.code, id.message);
  return id.idNumber;
}

interface Moved {
  staffId: number;
  name: string;
  idNumber: string;
  fromUnitId: number | null;
  fromPath: string;
  fromOutside: boolean;
  statusBefore: StaffRow['status'] | null;
  flagged: number[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** A person already in the desk moves into `to`. */
async function moveFromDesk(ctx: CoreContext, trx: Executor, from: Extract<TransferOrigin, { kind: 'desk' }>, to: UnitTrail, args: ReceiveArgs, at: string): Promise<Moved> {
  const idNumber = parsedId(from.idNumber);
  const person = await staffWithIdNumber(trx, idNumber, null);
  if (!person) {
    throw deskError('TRANSFER_PERSON_UNKNOWN.masked', { masked: maskIdNumber(idNumber) });
  }
  const current = (await unitTrail(trx, person.unit_id))!;
  if (person.unit_id === to.id) throw deskError('TRANSFER_SAME_UNIT.receive', { name: person.name, path: to.path, status: person.status });
  if (hasLeftService(person.status)) {
    throw deskError('TRANSFER_NOT_IN_SERVICE.receive', { name: person.name, status: person.status });
  }
  const last = await latestTransferOf(trx, person.id);
  checkDate(args.effectiveOn, localDate(ctx.clock.now()), last?.effective_on ?? null);

  const routes = await unitRoutes(trx);
  const fromRoute = routes.get(person.unit_id)!;
  const toRoute = routes.get(to.id)!;
  let flagged: number[] = [];
  if (!sameExam(fromRoute, toRoute)) {
    flagged = await liveBookingIds(trx, person.id);
    await flagBookings(trx, flagged, routeChangeNote(args.effectiveOn, to.path, fromRoute, toRoute), at);
  }
  await placeStaff(trx, person.id, to.id, IN_SERVICE, at);
  return {
    staffId: person.id,
    name: person.name,
    idNumber: person.id_number,
    fromUnitId: person.unit_id,
    fromPath: current.path,
    fromOutside: false,
    statusBefore: isInService(person.status) ? null : person.status,
    flagged,
    before: { unitPath: current.path, status: person.status },
    after: { unitPath: to.path, status: IN_SERVICE },
  };
}

/** A person from outside the desk: the record is created in `to`, with the roster's ID rules. */
async function createFromOutside(ctx: CoreContext, trx: Executor, from: Extract<TransferOrigin, { kind: 'outside' }>, to: UnitTrail, args: ReceiveArgs, at: string): Promise<Moved> {
  const origin = text(from.origin);
  if (origin === null) throw deskError('TRANSFER_ORIGIN_MISSING.example');
  const idNumber = parsedId(from.person.idNumber);
  const holder = await staffWithIdNumber(trx, idNumber, null);
  if (holder) {
    const where = (await unitTrail(trx, holder.unit_id))?.path ?? '';
    throw deskError('TRANSFER_ALREADY_IN_DESK.holder', { masked: maskIdNumber(idNumber), holder: holder.name, where });
  }
  checkDate(args.effectiveOn, localDate(ctx.clock.now()), null);
  const { row } = await checkStaffInput(trx, { ...from.person, unitId: to.id, status: IN_SERVICE }, undefined);
  const staffId = await insertStaffRow(trx, { ...row, created_at: at, updated_at: at });
  return {
    staffId,
    name: row.name,
    idNumber: row.id_number,
    fromUnitId: null,
    fromPath: origin,
    fromOutside: true,
    statusBefore: null,
    flagged: [],
    before: { unitPath: `${origin}（外单位）` },
    after: { unitPath: to.path, name: row.name, idNumber: row.id_number, phone: row.phone, rank: row.rank, post: row.post, status: row.status, createdPerson: true },
  };
}

export async function receiveTransfer(ctx: CoreContext, args: ReceiveArgs): Promise<ReceiveResult> {
  return ctx.db.transaction(async (trx) => {
    const to = await receivingUnit(trx, args.toUnitId);
    const at = ctx.clock.now().toISOString();
    const reason = text(args.reason);
    const moved =
      args.from.kind === 'desk' ? await moveFromDesk(ctx, trx, args.from, to, args, at) : await createFromOutside(ctx, trx, args.from, to, args, at);

    const transferId = await insertTransfer(trx, {
      staff_id: moved.staffId,
      id_number: moved.idNumber,
      name: moved.name,
      from_unit_id: moved.fromUnitId,
      from_path: moved.fromPath,
      from_outside: moved.fromOutside ? 1 : 0,
      to_unit_id: to.id,
      to_path: to.path,
      effective_on: args.effectiveOn,
      reason,
      source: 'desk',
      source_file: null,
      status_before: moved.statusBefore,
      flagged_booking_ids: JSON.stringify(moved.flagged),
      recorded_at: at,
      recorded_by: ctx.actor,
    });

    const expected = await openExpectedOf(trx, moved.staffId);
    if (expected) await closeExpected(trx, expected.id, 'received', at, transferId);

    await recordAction(trx, ctx, {
      action: 'transfer.in',
      entity: 'transfer',
      entityId: transferId,
      staffId: moved.staffId,
      unitId: to.id,
      before: { name: moved.name, ...moved.before },
      after: {
        name: moved.name,
        ...moved.after,
        effectiveOn: args.effectiveOn,
        reason,
        ...(moved.flagged.length > 0 ? { flaggedBookings: `${moved.flagged.length} 条` } : {}),
      },
    });
    return { transfer: (await selectTransfer(trx, transferId))!, createdPerson: moved.fromOutside, expectedClosed: expected !== undefined };
  });
}
