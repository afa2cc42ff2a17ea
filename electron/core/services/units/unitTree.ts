import { deskError } from '../../../../shared/errors';
import type { Unit } from '../../../../shared/units/schemas';
import type { CoreContext, Executor } from '../../context';
import {
  countStaffOfUnit,
  deleteUnitRow,
  selectAncestorIds,
  selectChildRows,
  selectSubtreeRows,
  selectUnit,
  selectUnitRow,
  setArchivedAt,
  updateUnitRow,
  writeSortOrders,
  type UnitRow,
} from '../../db/repositories/units';
import { recordAction } from '../audit/actions';
import { ensureNameFree, requireUnitRow } from './unitFields';

/**
 * The actions that reshape the unit tree: move/reorder, archive/restore and
 * delete. Each is one transaction with its audit row; a refusal throws before
 * anything is written, so the transaction rolls back with nothing changed.
 */

/**
 * Moves a unit under `parentId` (null: to the top) and places it before its
 * new sibling `beforeId`, or last. Siblings on both sides are renumbered
 * 0..n-1. A move that leaves the unit where it is records nothing.
 */
export async function moveUnit(ctx: CoreContext, id: number, parentId: number | null, beforeId: number | null): Promise<Unit> {
  return ctx.db.transaction(async (trx) => {
    const row = await requireUnitRow(trx, id);
    if (row.archived_at) throw deskError('UNIT_ARCHIVED.move', { name: row.name });
    const parent = parentId === null ? null : await movableTarget(trx, row, parentId);
    const sameParent = row.parent_id === parentId;
    if (!sameParent) await ensureNameFree(trx, parentId, row.name, id, parent?.name ?? null, true);

    const children = await selectChildRows(trx, parentId);
    const order = children.map((c) => c.id).filter((c) => c !== id);
    order.splice(await insertionIndex(trx, order, children, row, parent, beforeId), 0, id);
    if (sameParent && order.every((c, i) => children[i]?.id === c)) return (await selectUnit(trx, id))!;

    const before = (await selectUnit(trx, id))!;
    await updateUnitRow(trx, id, { parent_id: parentId, updated_at: ctx.clock.now().toISOString() });
    await writeSortOrders(trx, order);
    if (!sameParent) await writeSortOrders(trx, (await selectChildRows(trx, row.parent_id)).map((c) => c.id));
    const after = (await selectUnit(trx, id))!;
    await recordAction(trx, ctx, { action: 'unit.move', entity: 'unit', entityId: id, unitId: id, before, after });
    return after;
  });
}

/** The target parent, refused when it is the unit itself, below it, or archived. */
async function movableTarget(trx: Executor, row: UnitRow, parentId: number): Promise<UnitRow> {
  if (parentId === row.id) {
    throw deskError('UNIT_MOVE_CYCLE.self', { name: row.name });
  }
  const parent = await requireUnitRow(trx, parentId, 'target');
  if ((await selectAncestorIds(trx, parentId)).includes(row.id)) {
    throw deskError('UNIT_MOVE_CYCLE.descendant', { parent: parent.name, name: row.name });
  }
  if (parent.archived_at) {
    throw deskError('UNIT_PARENT_ARCHIVED.move', { parent: parent.name });
  }
  return parent;
}

/**
 * Where the moved unit goes among `order` (its future siblings, itself left
 * out): before `beforeId`, last when absent, where it already is when
 * `beforeId` is the unit itself.
 */
async function insertionIndex(
  trx: Executor,
  order: number[],
  children: UnitRow[],
  row: UnitRow,
  parent: UnitRow | null,
  beforeId: number | null,
): Promise<number> {
  if (beforeId === null) return order.length;
  const at = beforeId === row.id ? children.findIndex((c) => c.id === row.id) : order.indexOf(beforeId);
  if (at >= 0) return at;
  const ref = await selectUnitRow(trx, beforeId);
  if (!ref) throw deskError('UNIT_POSITION_INVALID.gone', { id: beforeId });
  throw deskError('UNIT_POSITION_INVALID.elsewhere', { ref: ref.name, parent: parent?.name ?? null, name: row.name });
}

/**
 * Archives a unit with its whole subtree (staff stay where they are), or
 * restores it. Restoring needs a parent that is not archived and brings back
 * the sub-units archived together with it; a sub-unit archived earlier on its
 * own stays archived. Asking for the state a unit is already in records nothing.
 */
export async function archiveUnit(ctx: CoreContext, id: number, archived: boolean): Promise<Unit> {
  return ctx.db.transaction(async (trx) => {
    const row = await requireUnitRow(trx, id);
    if ((row.archived_at !== null) === archived) return (await selectUnit(trx, id))!;
    const now = ctx.clock.now().toISOString();
    const subtree = await selectSubtreeRows(trx, id);
    let ids: number[];
    if (archived) {
      ids = subtree.filter((r) => r.archived_at === null).map((r) => r.id);
    } else {
      const parent = row.parent_id === null ? undefined : await selectUnitRow(trx, row.parent_id);
      if (parent?.archived_at) {
        throw deskError('UNIT_PARENT_ARCHIVED.restore', { parent: parent.name, name: row.name });
      }
      ids = archivedTogether(subtree, row);
    }
    const before = (await selectUnit(trx, id))!;
    await setArchivedAt(trx, ids, archived ? now : null, now);
    const after = (await selectUnit(trx, id))!;
    await recordAction(trx, ctx, {
      action: archived ? 'unit.archive' : 'unit.restore',
      entity: 'unit',
      entityId: id,
      unitId: id,
      before,
      after: { ...after, subunitIds: ids.filter((u) => u !== id) },
    });
    return after;
  });
}

/** The unit and the sub-units reached through units archived at the same moment as it. */
function archivedTogether(subtree: UnitRow[], row: UnitRow): number[] {
  const ids = new Set([row.id]);
  // Rows come top-down, so a parent is decided before its children.
  for (const r of subtree) {
    if (r.parent_id !== null && ids.has(r.parent_id) && r.archived_at === row.archived_at) ids.add(r.id);
  }
  return [...ids];
}

/** Deletes an empty unit: no staff and no sub-units, archived ones included. */
export async function deleteUnit(ctx: CoreContext, id: number): Promise<{ id: number }> {
  return ctx.db.transaction(async (trx) => {
    const row = await requireUnitRow(trx, id);
    const staff = await countStaffOfUnit(trx, id);
    if (staff > 0) {
      throw deskError('UNIT_HAS_STAFF.counted', { name: row.name, staff });
    }
    const children = await selectChildRows(trx, id);
    if (children.length > 0) {
      const archived = children.filter((c) => c.archived_at !== null).length;
      throw deskError('UNIT_HAS_SUBUNITS.counted', { name: row.name, children: children.length, archived });
    }
    const before = (await selectUnit(trx, id))!;
    await deleteUnitRow(trx, id);
    await writeSortOrders(trx, (await selectChildRows(trx, row.parent_id)).map((c) => c.id));
    await recordAction(trx, ctx, { action: 'unit.delete', entity: 'unit', entityId: id, unitId: id, before, after: null });
    return { id };
  });
}
