import type { Executor } from '../../context';

/** An audit row as the yearly check reads it. */
export interface HistoryRow {
  id: number;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
}

interface RawRow {
  id: number;
  at: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

function parse(rows: RawRow[]): HistoryRow[] {
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}

/** Audit rows about one person with `from <= at < to` (ISO strings), oldest first. */
export async function staffHistory(db: Executor, staffId: number, from: string, to: string): Promise<HistoryRow[]> {
  const rows = (await db('audit_log')
    .where({ staff_id: staffId })
    .andWhere('at', '>=', from)
    .andWhere('at', '<', to)
    .orderBy('id')
    .select('id', 'at', 'action', 'before_json', 'after_json')) as RawRow[];
  return parse(rows);
}

/** Audit rows about one unit (entity 'unit') with `from <= at < to`, oldest first. */
export async function unitHistory(db: Executor, unitId: number, from: string, to: string): Promise<HistoryRow[]> {
  const rows = (await db('audit_log')
    .where({ entity: 'unit', entity_id: unitId })
    .andWhere('at', '>=', from)
    .andWhere('at', '<', to)
    .orderBy('id')
    .select('id', 'at', 'action', 'before_json', 'after_json')) as RawRow[];
  return parse(rows);
}
