import { deskError } from '../../../../shared/errors';
import type { Staff, StaffInput } from '../../../../shared/staff/schemas';
import type { CoreContext, Executor } from '../../context';
import {
  checkedAmong,
  insertStaffRow,
  selectStaffRow,
  snapshotOf,
  toStaff,
  unitTrail,
  updateStaffRow,
  type StaffRow,
} from '../../db/repositories/staff';
import { recordAction } from '../audit/actions';
import { checkStaffInput } from './staffInput';

export { searchStaff } from './staffSearch';
export { checkReport, markChecked } from './yearlyCheck';

/** The roster (学员名册): one person's record, created, changed and read. */

async function staffOf(db: Executor, row: StaffRow, year: number): Promise<Staff> {
  const unit = await unitTrail(db, row.unit_id);
  if (!unit) throw new Error(`staff ${row.id} points at missing unit ${row.unit_id}`);
  const checked = (await checkedAmong(db, [row.id], year)).has(row.id);
  return toStaff(row, unit, checked);
}

async function existing(db: Executor, id: number): Promise<StaffRow> {
  const row = await selectStaffRow(db, id);
  if (!row) throw deskError('STAFF_NOT_FOUND.byId', { id });
  return row;
}

export async function getStaff(ctx: CoreContext, id: number, year: number): Promise<Staff> {
  return staffOf(ctx.db, await existing(ctx.db, id), year);
}

/** Adds a person to the roster; sex and birth date come from the ID number. */
export async function createStaff(ctx: CoreContext, input: StaffInput, year: number): Promise<Staff> {
  return ctx.db.transaction(async (trx) => {
    const { row } = await checkStaffInput(trx, input, undefined);
    const at = ctx.clock.now().toISOString();
    const id = await insertStaffRow(trx, { ...row, created_at: at, updated_at: at });
    const staff = await staffOf(trx, (await selectStaffRow(trx, id))!, year);
    await recordAction(trx, ctx, {
      action: 'staff.create',
      entity: 'staff',
      entityId: id,
      staffId: id,
      unitId: row.unit_id,
      before: null,
      after: snapshotOf(staff),
    });
    return staff;
  });
}

/**
 * Changes a person's record. Optional fields left out keep their stored
 * value. A change of unit is recorded in the audit row (before.unitId /
 * after.unitId with both paths), which the yearly check reads as 单位变更.
 * Saving an unchanged form writes nothing.
 */
export async function updateStaff(ctx: CoreContext, id: number, input: StaffInput, year: number): Promise<Staff> {
  return ctx.db.transaction(async (trx) => {
    const current = await existing(trx, id);
    const { row } = await checkStaffInput(trx, input, current);
    const before = await staffOf(trx, current, year);
    const unchanged = (Object.keys(row) as (keyof typeof row)[]).every((k) => row[k] === current[k]);
    if (unchanged) return before;
    await updateStaffRow(trx, id, { ...row, updated_at: ctx.clock.now().toISOString() });
    const after = await staffOf(trx, (await selectStaffRow(trx, id))!, year);
    await recordAction(trx, ctx, {
      action: 'staff.update',
      entity: 'staff',
      entityId: id,
      staffId: id,
      unitId: row.unit_id,
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
    return after;
  });
}
