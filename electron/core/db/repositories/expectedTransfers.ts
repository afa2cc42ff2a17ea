import type { ExpectedTransfer } from '../../../../shared/transfers/schemas';
import type { Executor } from '../../context';

/** 待接收 marks as stored. */
export interface ExpectedRow {
  id: number;
  staff_id: number;
  from_unit_id: number | null;
  to_unit_id: number;
  expected_on: string | null;
  note: string | null;
  status: 'pending' | 'received' | 'withdrawn';
  transfer_id: number | null;
  created_at: string;
  created_by: string;
  closed_at: string | null;
}

type ListedRow = ExpectedRow & { name: string; id_number: string; unit_id: number };

export async function openExpectedOf(db: Executor, staffId: number): Promise<ExpectedRow | undefined> {
  return db<ExpectedRow>('expected_transfers').where({ staff_id: staffId, status: 'pending' }).first();
}

export async function selectExpectedRow(db: Executor, id: number): Promise<ExpectedRow | undefined> {
  return db<ExpectedRow>('expected_transfers').where({ id }).first();
}

export async function insertExpected(db: Executor, row: Omit<ExpectedRow, 'id' | 'transfer_id' | 'closed_at' | 'status'>): Promise<number> {
  const [id] = await db('expected_transfers').insert({ ...row, status: 'pending' });
  return id as number;
}

export async function closeExpected(db: Executor, id: number, status: 'received' | 'withdrawn', at: string, transferId: number | null): Promise<void> {
  await db('expected_transfers').where({ id }).update({ status, closed_at: at, transfer_id: transferId });
}

/** Opens again the mark an undone arrival had closed, unless the person has a newer open one. */
export async function reopenExpectedOf(db: Executor, transferId: number): Promise<void> {
  const row = await db<ExpectedRow>('expected_transfers').where({ transfer_id: transferId, status: 'received' }).first();
  if (!row || (await openExpectedOf(db, row.staff_id))) return;
  await db('expected_transfers').where({ id: row.id }).update({ status: 'pending', closed_at: null, transfer_id: null });
}

const SUB = `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE ?) `;

/** Open marks with the person's name and current unit; filtered by receiving and/or sending unit. */
export async function selectOpenExpected(
  db: Executor,
  f: { toUnitId: number | null; fromUnitId: number | null; includeSubunits: boolean },
): Promise<(ListedRow & { current_unit_id: number })[]> {
  const where = [`e.status = 'pending'`];
  const bindings: (string | number)[] = [];
  let head = '';
  const unit = f.toUnitId ?? f.fromUnitId;
  if (unit !== null) {
    head = SUB;
    bindings.push(unit, f.includeSubunits ? 1 : 0);
    if (f.toUnitId !== null) where.push('e.to_unit_id IN (SELECT id FROM sub)');
    if (f.fromUnitId !== null && f.toUnitId === null) where.push('s.unit_id IN (SELECT id FROM sub)');
  }
  if (f.toUnitId !== null && f.fromUnitId !== null) {
    where.push('s.unit_id = ?');
    bindings.push(f.fromUnitId);
  }
  return (await db.raw(
    `${head}SELECT e.*, s.name, s.id_number, s.unit_id AS current_unit_id FROM expected_transfers e JOIN staff s ON s.id = e.staff_id
      WHERE ${where.join(' AND ')} ORDER BY ifnull(e.expected_on, '9999'), e.id`,
    bindings,
  )) as (ListedRow & { current_unit_id: number })[];
}

export function toExpected(r: ExpectedRow & { name: string; id_number: string; current_unit_id: number }, paths: Map<number, string>): ExpectedTransfer {
  return {
    id: r.id,
    staffId: r.staff_id,
    name: r.name,
    idNumber: r.id_number,
    fromUnitId: r.current_unit_id,
    fromPath: paths.get(r.current_unit_id) ?? '',
    toUnitId: r.to_unit_id,
    toPath: paths.get(r.to_unit_id) ?? '',
    expectedOn: r.expected_on,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
