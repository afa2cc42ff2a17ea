import { DeskError } from '../../../shared/errors';
import { normalizeUnitName, unitNameProblem } from '../../../shared/rules/unitName';
import type { Unit, UnitPatch } from '../../../shared/schemas';
import type { CoreContext } from '../context';
import { insertUnit, nextSortOrder, selectUnit, selectUnits, siblingNamed } from '../db/repositories/units';
import { recordAction } from './audit';

export function listUnits(ctx: CoreContext, opts: { includeArchived?: boolean } = {}): Promise<Unit[]> {
  return selectUnits(ctx.db, opts);
}

/** Creates a unit at the top (parentId null) or under a parent, last among its siblings. */
export async function createUnit(ctx: CoreContext, args: { name: string; parentId: number | null }): Promise<Unit> {
  const name = normalizeUnitName(args.name);
  const problem = unitNameProblem(name);
  if (problem) throw new DeskError(problem);

  return ctx.db.transaction(async (trx) => {
    if (args.parentId !== null) {
      const parent = await selectUnit(trx, args.parentId);
      if (!parent) throw new DeskError('UNIT_NOT_FOUND', `找不到上级单位（编号 ${args.parentId}），可能已被删除，请刷新后重试。`);
      if (parent.archivedAt) throw new DeskError('UNIT_PARENT_ARCHIVED', `上级单位“${parent.name}”已归档，不能在其下新建单位。`);
    }
    if (await siblingNamed(trx, args.parentId, name)) {
      throw new DeskError('UNIT_NAME_TAKEN', `同一上级单位下已有名为“${name}”的单位，请换一个名称。`);
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

// Contract-first placeholders: replaced by the full unit tree service.
export async function updateUnit(_ctx: CoreContext, _id: number, _patch: UnitPatch): Promise<Unit> {
  throw new Error('not implemented');
}
export async function moveUnit(_ctx: CoreContext, _id: number, _parentId: number | null, _beforeId: number | null): Promise<Unit> {
  throw new Error('not implemented');
}
export async function archiveUnit(_ctx: CoreContext, _id: number, _archived: boolean): Promise<Unit> {
  throw new Error('not implemented');
}
export async function deleteUnit(_ctx: CoreContext, _id: number): Promise<{ id: number }> {
  throw new Error('not implemented');
}
