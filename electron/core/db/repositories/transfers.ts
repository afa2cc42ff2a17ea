import type { StaffStatus } from '../../../../shared/staff/schemas';
import type { Transfer, TransferDirection } from '../../../../shared/transfers/schemas';
import type { Executor } from '../../context';

/** A row of the transfers table as stored. */
export interface TransferRow {
  id: number;
  staff_id: number | null;
  id_number: string;
  name: string;
  from_unit_id: number | null;
  from_path: string;
  from_outside: 0 | 1;
  to_unit_id: number | null;
  to_path: string;
  effective_on: string;
  reason: string | null;
  source: 'desk' | 'import';
  source_file: string | null;
  status_before: StaffStatus | null;
  flagged_booking_ids: string;
  recorded_at: string;
  recorded_by: string;
  undone_at: string | null;
  undone_by: string | null;
  undo_reason: string | null;
}

export type NewTransferRow = Omit<TransferRow, 'id' | 'undone_at' | 'undone_by' | 'undo_reason'>;

type ListedRow = TransferRow & { undoable: number; to_in: number | null; from_in: number | null };

/** Whether the row is its person's latest transfer still in force (the one 撤销 may take back). */
const UNDOABLE = `(t.undone_at IS NULL AND t.staff_id IS NOT NULL AND t.id = (
  SELECT max(x.id) FROM transfers x WHERE x.staff_id = t.staff_id AND x.undone_at IS NULL)) AS undoable`;

function directionOf(r: ListedRow): TransferDirection | null {
  if (r.to_in === null && r.from_in === null) return null;
  if (r.to_in && r.from_in) return 'within';
  return r.to_in ? 'in' : 'out';
}

export function toTransfer(r: ListedRow): Transfer {
  return {
    id: r.id,
    staffId: r.staff_id,
    name: r.name,
    idNumber: r.id_number,
    fromUnitId: r.from_unit_id,
    fromPath: r.from_path,
    fromOutside: r.from_outside === 1,
    toUnitId: r.to_unit_id,
    toPath: r.to_path,
    effectiveOn: r.effective_on,
    reason: r.reason,
    source: r.source,
    sourceFile: r.source_file,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
    undoReason: r.undo_reason,
    flaggedBookings: (JSON.parse(r.flagged_booking_ids) as number[]).length,
    undoable: r.undoable === 1,
    direction: directionOf(r),
  };
}

export async function insertTransfer(db: Executor, row: NewTransferRow): Promise<number> {
  const [id] = await db('transfers').insert(row);
  return id as number;
}

export async function selectTransferRow(db: Executor, id: number): Promise<TransferRow | undefined> {
  return db<TransferRow>('transfers').where({ id }).first();
}

/** One transfer as the history shows it (no unit asked about: no direction). */
export async function selectTransfer(db: Executor, id: number): Promise<Transfer | undefined> {
  const rows = (await db.raw(`SELECT t.*, ${UNDOABLE}, NULL AS to_in, NULL AS from_in FROM transfers t WHERE t.id = ?`, [id])) as ListedRow[];
  return rows[0] ? toTransfer(rows[0]) : undefined;
}

/** The person's latest transfer still in force. */
export async function latestTransferOf(db: Executor, staffId: number): Promise<TransferRow | undefined> {
  return db<TransferRow>('transfers').where({ staff_id: staffId }).whereNull('undone_at').orderBy('id', 'desc').first();
}

export async function markUndone(db: Executor, id: number, at: string, by: string, reason: string | null): Promise<void> {
  await db('transfers').where({ id }).update({ undone_at: at, undone_by: by, undo_reason: reason });
}

export interface HistoryFilter {
  unitId: number | null;
  includeSubunits: boolean;
  staffId: number | null;
  direction: 'in' | 'out' | 'all';
  includeUndone: boolean;
}

/** The unit (and, when asked, its sub-units) as a CTE named sub. */
const SUB = `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE ?) `;

function build(f: HistoryFilter): { sql: string; bindings: (string | number)[] } {
  const bindings: (string | number)[] = [];
  const where: string[] = [];
  let head = '';
  let dir = 'NULL AS to_in, NULL AS from_in';
  if (f.unitId !== null) {
    head = SUB;
    bindings.push(f.unitId, f.includeSubunits ? 1 : 0);
    dir = 'ifnull(t.to_unit_id IN (SELECT id FROM sub), 0) AS to_in, ifnull(t.from_unit_id IN (SELECT id FROM sub), 0) AS from_in';
    if (f.direction === 'in') where.push('to_in AND NOT from_in');
    else if (f.direction === 'out') where.push('from_in AND NOT to_in');
    else where.push('(to_in OR from_in)');
  }
  if (f.staffId !== null) {
    where.push('staff_id = ?');
    bindings.push(f.staffId);
  }
  if (!f.includeUndone) where.push('undone_at IS NULL');
  const sql = `${head}SELECT * FROM (SELECT t.*, ${UNDOABLE}, ${dir} FROM transfers t) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return { sql, bindings };
}

export async function countHistory(db: Executor, f: HistoryFilter): Promise<number> {
  const q = build(f);
  const rows = (await db.raw(`SELECT count(*) AS n FROM (${q.sql})`, q.bindings)) as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}

/** A page of the history: latest effective date first. */
export async function selectHistory(db: Executor, f: HistoryFilter, offset: number, limit: number): Promise<Transfer[]> {
  const q = build(f);
  const rows = (await db.raw(`${q.sql} ORDER BY effective_on DESC, id DESC LIMIT ? OFFSET ?`, [...q.bindings, limit, offset])) as ListedRow[];
  return rows.map(toTransfer);
}

/** A person's transfers still in force whose effective date lies in [from, to] (YYYY-MM-DD), oldest first. */
export async function transfersInPeriod(db: Executor, staffId: number, from: string, to: string): Promise<TransferRow[]> {
  return db<TransferRow>('transfers')
    .where({ staff_id: staffId })
    .whereNull('undone_at')
    .andWhere('effective_on', '>=', from)
    .andWhere('effective_on', '<=', to)
    .orderBy([{ column: 'effective_on' }, { column: 'id' }]);
}
