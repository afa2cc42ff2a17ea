import type { Executor } from '../../context';

/**
 * The small tables beside the bookings: session rooms and capacities, the
 * planning date, the study credits and the record of platform imports.
 */

export interface SessionSetting {
  session_at: string;
  capacity: number | null;
  room: string | null;
}

export async function selectSessionSettings(db: Executor, range: { from: string; to: string }): Promise<Map<string, SessionSetting>> {
  const rows = (await db('exam_sessions').whereBetween('session_at', [range.from, range.to]).select('session_at', 'capacity', 'room')) as SessionSetting[];
  return new Map(rows.map((r) => [r.session_at, r]));
}

export async function saveSessionSetting(db: Executor, s: SessionSetting, at: string): Promise<void> {
  if (s.capacity === null && !s.room) {
    await db('exam_sessions').where({ session_at: s.session_at }).del();
    return;
  }
  await db('exam_sessions')
    .insert({ ...s, updated_at: at })
    .onConflict('session_at')
    .merge();
}

export async function selectPlanningAsOf(db: Executor): Promise<string | null> {
  const row = (await db('planning_clock').where({ id: 1 }).first('as_of')) as { as_of: string } | undefined;
  return row?.as_of ?? null;
}

export async function savePlanningAsOf(db: Executor, asOf: string | null, at: string): Promise<void> {
  if (asOf === null) await db('planning_clock').del();
  else await db('planning_clock').insert({ id: 1, as_of: asOf, updated_at: at }).onConflict('id').merge();
}

export interface CreditDbRow {
  staff_id: number;
  year: number;
  compulsory: number;
  elective: number;
  as_of: string;
  imported_at: string;
}

export async function selectCredits(db: Executor, year: number, staffIds: number[] | null): Promise<Map<number, CreditDbRow>> {
  const q = db<CreditDbRow>('credits').where({ year });
  if (staffIds !== null) q.whereRaw('staff_id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)]);
  return new Map((await q).map((r) => [r.staff_id, r]));
}

/** SQLite caps a compound SELECT (knex's multi-row insert) at 500 terms. */
const CREDIT_CHUNK = 400;

export async function upsertCredits(db: Executor, rows: CreditDbRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CREDIT_CHUNK) {
    await db('credits')
      .insert(rows.slice(i, i + CREDIT_CHUNK))
      .onConflict(['staff_id', 'year'])
      .merge();
  }
}

export async function insertPlatformImport(
  db: Executor,
  r: { kind: 'credits' | 'results'; year: number; file_name: string; as_of: string | null; rows: number; applied: number; imported_at: string; actor: string },
): Promise<number> {
  const [id] = await db('platform_imports').insert(r);
  return id as number;
}
