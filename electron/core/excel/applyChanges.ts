import type { Knex } from 'knex';
import type { CoreContext } from '../context';
import { insertAuditMany, type AuditInput } from '../db/repositories/audit';
import { unitsOfStaff, updateStaffFields } from '../db/repositories/staff';
import type { ImportMove, ImportPlan, RecordMoves } from './importTypes';

/**
 * Writes the rest of a plan inside the import's transaction, after the new
 * people (NewStaffWriter): the changes to people already in the desk (a
 * unit change recorded as a transfer, in the transfers history the 人员异动
 * screen shows, through `recordMoves`), an audit row for each, and one for
 * the import itself.
 */
export async function applyChanges(
  trx: Knex.Transaction,
  ctx: CoreContext,
  plan: ImportPlan,
  unitIds: Map<string, number>,
  fileName: string,
  at: string,
  recordMoves: RecordMoves,
): Promise<void> {
  const audit: AuditInput[] = [];
  const note = (e: Omit<AuditInput, 'at' | 'actor'>) => audit.push({ ...e, at, actor: ctx.actor });
  const movers = plan.updated.filter((u) => u.transfer);
  const unitBefore = await unitsOfStaff(trx, movers.map((u) => u.staffId));
  const moves: ImportMove[] = [];

  for (const u of plan.updated) {
    const set: Record<string, unknown> = { updated_at: at };
    for (const c of u.changes) {
      if (c.field === 'unit') set.unit_id = unitIds.get(c.new ?? '');
      else set[c.field] = c.new;
    }
    await updateStaffFields(trx, u.staffId, set);
    if (u.transfer) {
      const fromUnitId = unitBefore.get(u.staffId)!;
      moves.push({ staffId: u.staffId, fromUnitId, fromPath: u.transfer.fromPath, toUnitId: set.unit_id as number, toPath: u.transfer.toPath });
    }
    const before = Object.fromEntries(u.changes.map((c) => [c.field, c.old]));
    const after = Object.fromEntries(u.changes.map((c) => [c.field, c.new]));
    note({
      action: u.transfer ? 'staff.transfer' : 'staff.update',
      entity: 'staff',
      entityId: u.staffId,
      staffId: u.staffId,
      unitId: (set.unit_id as number | undefined) ?? null,
      before,
      after: { ...after, source: fileName },
    });
  }

  await recordMoves(trx, ctx, moves, fileName, at);

  note({
    action: 'import.apply',
    entity: 'import',
    entityId: null,
    before: null,
    after: { file: fileName, sheet: plan.sheet, created: plan.created, updated: plan.updated.length, unitsCreated: plan.unitsToCreate.length },
  });
  await insertAuditMany(trx, audit);
}
