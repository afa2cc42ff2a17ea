import { deskError } from '../../../../shared/errors';
import type { Unit, UnitPatch } from '../../../../shared/units/schemas';
import type { CoreContext } from '../../context';
import { insertUnit, nextSortOrder, selectUnit, selectUnits, siblingNamed, updateUnitRow } from '../../db/repositories/units';
import { recordAction } from '../audit/actions';
import { checkedUnitName, requireUnitRow, unitChanges } from './unitFields';

// The tree-shaping actions live beside this file; handlers import them from here.
export { archiveUnit, deleteUnit, moveUnit } from './unitTree';

export function listUnits(ctx: CoreContext, opts: { includeArchived?: boolean } = {}): Promise<Unit[]> {
  return selectUnits(ctx.db, opts);
}

/** Creates a unit at the top (parentId null) or under a parent, last among its siblings. */
export async function createUnit(ctx: CoreContext, args: { name: string; parentId: number | null }): Promise<Unit> {
  const name = checkedUnitName(args.name);

  return ctx.db.transaction(async (trx) => {
    if (args.parentId !== null) {
      const parent = await requireUnitRow(trx, args.parentId, 'parent');
      if (parent.archived_at) {
        throw deskError('UNIT_PARENT_ARCHIVED.create', { parent: parent.name });
      }
    }
    // Wording kept as first shipped: the e2e and CLI tests read this exact sentence.
    if (await siblingNamed(trx, args.parentId, name)) {
      throw deskError('UNIT_NAME_TAKEN.new', { name });
    }
    const at = ctx.clock.now().toISOString();
    const id = await insertUnit(trx, {
      parent_id: args.parentId,
      name,
      sort_order: await nextSortOrder(trx, args.parentId),
      code: null,
      attribute: null,
      admin_name: null,
      admin_phone: null,
      admin_account: null,
      exam_route: null,
      counterpart: null,
      archived_at: null,
      created_at: at,
      updated_at: at,
    });
    const unit = (await selectUnit(trx, id))!;
    await recordAction(trx, ctx, { action: 'unit.create', entity: 'unit', entityId: id, unitId: id, before: null, after: unit });
    return unit;
  });
}

/**
 * Edits a unit's own fields (name, code, attribute, administrator, exam route).
 * An edit that changes nothing returns the unit as it is and records nothing.
 */
export async function updateUnit(ctx: CoreContext, id: number, patch: UnitPatch): Promise<Unit> {
  return ctx.db.transaction(async (trx) => {
    const row = await requireUnitRow(trx, id);
    if (row.archived_at) throw deskError('UNIT_ARCHIVED.edit', { name: row.name });
    const changes = await unitChanges(trx, row, patch);
    const before = (await selectUnit(trx, id))!;
    if (Object.keys(changes).length === 0) return before;
    await updateUnitRow(trx, id, { ...changes, updated_at: ctx.clock.now().toISOString() });
    const after = (await selectUnit(trx, id))!;
    await recordAction(trx, ctx, { action: 'unit.update', entity: 'unit', entityId: id, unitId: id, before, after });
    return after;
  });
}
