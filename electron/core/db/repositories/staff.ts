import type { Staff, StaffStatus } from '../../../../shared/staff/schemas';
import type { Executor } from '../../context';

/** A row of the staff table as stored. */
export interface StaffRow {
  id: number;
  id_number: string;
  name: string;
  sex: '男' | '女';
  birth_date: string;
  phone: string | null;
  account: string | null;
  unit_id: number;
  rank: string | null;
  post: string | null;
  status: StaffStatus;
  retirement_age: 50 | 55 | 60;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** A person as written into audit rows: the record without the per-year check mark. */
export type StaffSnapshot = Omit<Staff, 'checked'>;

/** Where a unit sits: its name, its path from the top, and whether it or an ancestor is archived. */
export interface UnitTrail {
  id: number;
  name: string;
  path: string;
  attribute: string | null;
  archived: boolean;
}

export function toStaff(row: StaffRow, unit: UnitTrail, checked: boolean): Staff {
  return {
    id: row.id,
    idNumber: row.id_number,
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    phone: row.phone,
    account: row.account,
    unitId: row.unit_id,
    unitName: unit.name,
    unitPath: unit.path,
    rank: row.rank,
    post: row.post,
    status: row.status,
    retirementAge: row.retirement_age,
    notes: row.notes,
    checked,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function snapshotOf(staff: Staff): StaffSnapshot {
  const rest: Partial<Staff> = { ...staff };
  delete rest.checked;
  return rest as StaffSnapshot;
}

export async function selectStaffRow(db: Executor, id: number): Promise<StaffRow | undefined> {
  return db<StaffRow>('staff').where({ id }).first();
}

/** The person holding an ID number, other than `exceptId`. */
export async function staffWithIdNumber(db: Executor, idNumber: string, exceptId: number | null): Promise<StaffRow | undefined> {
  const q = db<StaffRow>('staff').where({ id_number: idNumber });
  return (exceptId === null ? q : q.whereNot({ id: exceptId })).first();
}

export async function insertStaffRow(db: Executor, row: Omit<StaffRow, 'id'>): Promise<number> {
  const [id] = await db('staff').insert(row);
  return id as number;
}

export async function updateStaffRow(db: Executor, id: number, row: Omit<StaffRow, 'id' | 'created_at'>): Promise<void> {
  await db('staff').where({ id }).update(row);
}

/** Changes some of a person's fields (an import's changes for one row: column → new value). */
export async function updateStaffFields(db: Executor, id: number, fields: Record<string, unknown>): Promise<void> {
  await db('staff').where({ id }).update(fields);
}

/** The unit each of the given people is in now (staff id → unit id). */
export async function unitsOfStaff(db: Executor, staffIds: number[]): Promise<Map<number, number>> {
  const rows = (await db('staff')
    .whereRaw('id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)])
    .select('id', 'unit_id')) as { id: number; unit_id: number }[];
  return new Map(rows.map((r) => [r.id, r.unit_id]));
}

/** Places a person in a unit with a status (a transfer, or its undo). */
export async function placeStaff(db: Executor, id: number, unitId: number, status: StaffStatus, at: string): Promise<void> {
  await db('staff').where({ id }).update({ unit_id: unitId, status, updated_at: at });
}

/** Removes a person's record; the foreign keys refuse it (ON DELETE RESTRICT) while other records refer to it. */
export async function deleteStaffRow(db: Executor, id: number): Promise<void> {
  await db('staff').where({ id }).del();
}

export async function countStaff(db: Executor): Promise<number> {
  const row = (await db('staff').count({ n: '*' }).first()) as { n: number } | undefined;
  return Number(row?.n ?? 0);
}

/**
 * Name, path and archived state of the given units, found by walking up to
 * the top (a handful of rows per unit; a search page has at most a few
 * hundred distinct units).
 */
export async function unitTrails(db: Executor, unitIds: number[]): Promise<Map<number, UnitTrail>> {
  const ids = [...new Set(unitIds)];
  const out = new Map<number, UnitTrail>();
  if (ids.length === 0) return out;
  const rows = (await db.raw(
    `WITH RECURSIVE up(start, id, parent_id, name, attribute, archived_at, depth) AS (
       SELECT u.id, u.id, u.parent_id, u.name, u.attribute, u.archived_at, 0
         FROM units u WHERE u.id IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT up.start, p.id, p.parent_id, p.name, p.attribute, p.archived_at, up.depth + 1
         FROM units p JOIN up ON p.id = up.parent_id
     )
     SELECT start, name, attribute, archived_at, depth FROM up ORDER BY start, depth DESC`,
    [JSON.stringify(ids)],
  )) as { start: number; name: string; attribute: string | null; archived_at: string | null; depth: number }[];
  for (const r of rows) {
    const known = out.get(r.start);
    const archived = r.archived_at !== null;
    if (!known) {
      out.set(r.start, { id: r.start, name: r.name, path: r.name, attribute: r.attribute, archived });
    } else {
      // Rows come from the top down, so the last one (depth 0) is the unit itself.
      known.path = `${known.path}/${r.name}`;
      known.name = r.name;
      known.attribute = r.attribute;
      known.archived ||= archived;
    }
  }
  return out;
}

export async function unitTrail(db: Executor, unitId: number): Promise<UnitTrail | undefined> {
  return (await unitTrails(db, [unitId])).get(unitId);
}

/** Which of the given people are marked as checked for the year. */
export async function checkedAmong(db: Executor, staffIds: number[], year: number): Promise<Set<number>> {
  if (staffIds.length === 0) return new Set();
  const rows = (await db('staff_checks')
    .where({ year })
    .whereRaw('staff_id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)])
    .select('staff_id')) as { staff_id: number }[];
  return new Set(rows.map((r) => r.staff_id));
}

export async function selectCheck(db: Executor, staffId: number, year: number): Promise<{ checked_at: string; checked_by: string } | undefined> {
  return db('staff_checks').where({ staff_id: staffId, year }).first('checked_at', 'checked_by');
}

/** Of the given ids, those with no staff row (for a clear refusal). */
export async function missingStaffIds(db: Executor, staffIds: number[]): Promise<number[]> {
  const rows = (await db.raw(
    `SELECT j.value AS id FROM json_each(?) j LEFT JOIN staff s ON s.id = j.value WHERE s.id IS NULL ORDER BY j.value`,
    [JSON.stringify(staffIds)],
  )) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Marks the people checked for the year; those already checked keep their first mark. Returns how many were newly marked. */
export async function insertChecks(db: Executor, staffIds: number[], year: number, at: string, by: string): Promise<number> {
  const ids = JSON.stringify(staffIds);
  const before = await countChecks(db, ids, year);
  await db.raw(
    `INSERT OR IGNORE INTO staff_checks (staff_id, year, checked_at, checked_by)
     SELECT value, ?, ?, ? FROM json_each(?)`,
    [year, at, by, ids],
  );
  return (await countChecks(db, ids, year)) - before;
}

/** Removes the check marks of the people for the year. Returns how many were removed. */
export async function deleteChecks(db: Executor, staffIds: number[], year: number): Promise<number> {
  return db('staff_checks')
    .where({ year })
    .whereRaw('staff_id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)])
    .del();
}

async function countChecks(db: Executor, idsJson: string, year: number): Promise<number> {
  const rows = (await db.raw(`SELECT count(*) AS n FROM staff_checks WHERE year = ? AND staff_id IN (SELECT value FROM json_each(?))`, [
    year,
    idsJson,
  ])) as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}

/** People without a login account (empty or not set), in unit and ID order; all units when `unitIds` is null. */
export async function staffWithoutAccount(db: Executor, unitIds: number[] | null): Promise<{ id: number; id_number: string; name: string; unit_id: number; phone: string | null }[]> {
  const q = db('staff').where((w) => w.whereNull('account').orWhere('account', '')).select('id', 'id_number', 'name', 'unit_id', 'phone').orderBy([{ column: 'unit_id' }, { column: 'id_number' }]);
  if (unitIds) q.whereRaw('unit_id IN (SELECT value FROM json_each(?))', [JSON.stringify(unitIds)]);
  return q;
}

/** The people holding each of these login accounts. */
export async function holdersOfAccounts(db: Executor, accounts: string[]): Promise<Map<string, { id: number; name: string }>> {
  const rows = (await db('staff').whereRaw('account IN (SELECT value FROM json_each(?))', [JSON.stringify(accounts)]).select('id', 'name', 'account')) as { id: number; name: string; account: string }[];
  return new Map(rows.map((r) => [r.account, { id: r.id, name: r.name }]));
}

/** Fills login accounts that are still empty (a value set meanwhile is left alone); returns the ids written. */
export async function fillEmptyAccounts(db: Executor, fills: { id: number; account: string }[], at: string): Promise<number[]> {
  const written: number[] = [];
  for (const f of fills) {
    const n = await db('staff').where({ id: f.id }).where((w) => w.whereNull('account').orWhere('account', '')).update({ account: f.account, updated_at: at });
    if (n > 0) written.push(f.id);
  }
  return written;
}
