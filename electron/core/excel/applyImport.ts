import type { CoreContext, Executor } from '../context';
import { insertAuditMany, type AuditInput } from '../db/repositories/audit';
import { bulkLoad } from '../db/repositories/bulkLoad';
import { insertRows } from '../db/repositories/bulkInsert';
import { rebuildNameChars } from '../db/repositories/staffSearch';
import { auditCreatedStaff } from '../db/repositories/importAudit';
import { selectUnits } from '../db/repositories/units';
import { recordImportTransfers, type ImportMove } from '../services/transfers/importTransfers';
import { defaultRetirementAge } from '../../../shared/rules/retirement';
import type { ImportPlan, PlannedPerson } from './importTypes';

/**
 * From this many new people on, the staff table's secondary indexes and
 * name-search triggers are set aside during the insert and rebuilt once
 * afterwards (sorting once beats that many random index inserts).
 */
const BULK_FROM = 2000;

/**
 * Writes a plan in ONE transaction: the missing units, the new people, the
 * changes (a unit change recorded as a transfer, in the transfers history
 * the 人员异动 screen shows), and an audit row for each unit and person plus
 * one for the import. Any failure leaves the desk as it was.
 */
export async function applyImport(ctx: CoreContext, plan: ImportPlan, fileName: string): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const audit: AuditInput[] = [];
  const note = (e: Omit<AuditInput, 'at' | 'actor'>) => audit.push({ ...e, at, actor: ctx.actor });

  await ctx.db.transaction(async (trx) => {
    const unitIds = await createUnits(trx, plan.unitsToCreate, at, note);
    await insertAuditMany(trx, audit.splice(0));

    // Ids are given here (one writer, inside the transaction) so nothing has to be read back.
    const maxBefore = Number(((await trx('staff').max({ m: 'id' }).first()) as { m: number | null } | undefined)?.m ?? 0);
    const newRows = plan.created.map((p, i) => ({
      id: maxBefore + 1 + i,
      ...staffColumns(p, unitIds),
      sex: p.sex,
      birth_date: p.birthDate,
      retirement_age: defaultRetirementAge(p.sex),
      created_at: at,
      updated_at: at,
      id_number: p.idNumber,
    }));
    const insertAll = async () => {
      await insertRows(trx, 'staff', Object.keys(newRows[0] ?? {}), newRows);
    };
    if (newRows.length >= BULK_FROM) await bulkLoad(trx, 'staff', insertAll, () => rebuildNameChars(trx));
    else await insertAll();
    newRows.length = 0;
    if (plan.created.length > 0) {
      const unitPaths = new Map([...unitIds].map(([path, id]) => [id, path]));
      await auditCreatedStaff(trx, { at, actor: ctx.actor, afterId: maxBefore, source: fileName, unitPaths });
    }

    const movers = plan.updated.filter((u) => u.transfer);
    const unitBefore = new Map(
      (
        (await trx('staff')
          .whereRaw('id IN (SELECT value FROM json_each(?))', [JSON.stringify(movers.map((u) => u.staffId))])
          .select('id', 'unit_id')) as { id: number; unit_id: number }[]
      ).map((r) => [r.id, r.unit_id]),
    );
    const moves: ImportMove[] = [];

    for (const u of plan.updated) {
      const set: Record<string, unknown> = { updated_at: at };
      for (const c of u.changes) {
        if (c.field === 'unit') set.unit_id = unitIds.get(c.new ?? '');
        else set[c.field] = c.new;
      }
      await trx('staff').where({ id: u.staffId }).update(set);
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

    await recordImportTransfers(trx, ctx, moves, fileName, at);

    note({
      action: 'import.apply',
      entity: 'import',
      entityId: null,
      before: null,
      after: { file: fileName, sheet: plan.sheet, created: plan.created.length, updated: plan.updated.length, unitsCreated: plan.unitsToCreate.length },
    });
    await insertAuditMany(trx, audit);
  });
}

function staffColumns(p: PlannedPerson, unitIds: Map<string, number>) {
  return {
    name: p.name,
    unit_id: unitIds.get(p.unitPath),
    phone: p.phone,
    account: p.account,
    rank: p.rank,
    post: p.post,
    status: p.status,
    notes: p.notes,
  };
}

/**
 * Creates the listed unit paths (parents come before their children in the
 * list) with one statement, each placed last among its siblings, and returns
 * path → id for every unit.
 */
async function createUnits(
  trx: Executor,
  paths: string[],
  at: string,
  note: (e: Omit<AuditInput, 'at' | 'actor'>) => void,
): Promise<Map<string, number>> {
  const ids = new Map((await selectUnits(trx, { includeArchived: false })).map((u) => [u.path, u.id]));
  if (paths.length === 0) return ids;
  const lastSort = new Map(
    ((await trx.raw(`SELECT ifnull(parent_id, 0) AS parent, max(sort_order) AS m FROM units GROUP BY ifnull(parent_id, 0)`)) as { parent: number; m: number }[]).map(
      (r) => [r.parent, r.m],
    ),
  );
  let nextId = Number(((await trx('units').max({ m: 'id' }).first()) as { m: number | null } | undefined)?.m ?? 0) + 1;
  const rows: Record<string, unknown>[] = [];
  for (const path of paths) {
    if (ids.has(path)) continue;
    const cut = path.lastIndexOf('/');
    const parentId = cut < 0 ? null : (ids.get(path.slice(0, cut)) ?? null);
    const name = path.slice(cut + 1);
    const sortOrder = (lastSort.get(parentId ?? 0) ?? -1) + 1;
    lastSort.set(parentId ?? 0, sortOrder);
    const id = nextId++;
    rows.push({ id, parent_id: parentId, name, sort_order: sortOrder, created_at: at, updated_at: at });
    ids.set(path, id);
    note({ action: 'unit.create', entity: 'unit', entityId: id, unitId: id, before: null, after: { name, path, source: 'import' } });
  }
  await insertRows(trx, 'units', ['id', 'parent_id', 'name', 'sort_order', 'created_at', 'updated_at'], rows);
  return ids;
}
