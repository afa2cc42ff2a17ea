import type { EvasionDecision, ExemptionStatus } from '../../../../shared/exemptions/schemas';
import type { ExemptionGround } from '../../../../shared/rules/yearPolicy';
import type { BookingOutcome } from '../../../../shared/rules/exemptionChecks';
import type { Executor } from '../../context';

/** A row of the exemptions table as stored. */
export interface ExemptionRow {
  id: number;
  staff_id: number;
  year: number;
  ground: ExemptionGround;
  status: ExemptionStatus;
  applied_on: string | null;
  reviewer: string | null;
  reviewed_on: string | null;
  decided_on: string | null;
  platform_set_on: string | null;
  revoked_on: string | null;
  revoked_reason: string | null;
  notes: string | null;
  /** The admin's decision on a suspected evasion (null: undecided). */
  evasion_decision: EvasionDecision | null;
  evasion_reason: string | null;
  evasion_decided_on: string | null;
  created_at: string;
  updated_at: string;
}

/** An exemption with the person it belongs to. */
export interface ExemptionWithStaff extends ExemptionRow {
  name: string;
  id_number: string;
  birth_date: string;
  retirement_age: 50 | 55 | 60;
  unit_id: number;
  evidence_count: number;
}

const LIVE_EVIDENCE = `(SELECT count(*) FROM exemption_evidence ev WHERE ev.exemption_id = e.id AND ev.removed_at IS NULL)`;

function withStaff(db: Executor) {
  return db('exemptions as e')
    .join('staff as s', 's.id', 'e.staff_id')
    .select('e.*', 's.name', 's.id_number', 's.birth_date', 's.retirement_age', 's.unit_id', db.raw(`${LIVE_EVIDENCE} AS evidence_count`));
}

export async function selectExemption(db: Executor, id: number): Promise<ExemptionWithStaff | undefined> {
  return (await withStaff(db).where('e.id', id).first()) as ExemptionWithStaff | undefined;
}

/** The year's exemptions, optionally only those of the given units and status, by ID number. */
export async function selectExemptions(db: Executor, year: number, opts: { unitIds?: number[]; status?: ExemptionStatus } = {}): Promise<ExemptionWithStaff[]> {
  const q = withStaff(db).where('e.year', year);
  if (opts.unitIds) q.whereRaw('s.unit_id IN (SELECT value FROM json_each(?))', [JSON.stringify(opts.unitIds)]);
  if (opts.status) q.where('e.status', opts.status);
  return (await q.orderBy([{ column: 's.id_number' }, { column: 'e.id' }])) as ExemptionWithStaff[];
}

/** The person's draft or approved application of the year. */
export async function selectLiveExemption(db: Executor, staffId: number, year: number): Promise<ExemptionRow | undefined> {
  return db<ExemptionRow>('exemptions').where({ staff_id: staffId, year }).whereIn('status', ['draft', 'approved']).first();
}

/** Every application of one person for a year, draft to revoked, in the order they were made. */
export async function selectPersonExemptions(db: Executor, staffId: number, year: number): Promise<ExemptionRow[]> {
  return db<ExemptionRow>('exemptions').where({ staff_id: staffId, year }).orderBy('id');
}

/** Live applications of many people for a year, by person. */
export async function liveExemptionsOf(db: Executor, staffIds: number[], year: number): Promise<Map<number, { id: number; status: ExemptionStatus }>> {
  const out = new Map<number, { id: number; status: ExemptionStatus }>();
  if (staffIds.length === 0) return out;
  const rows = (await db('exemptions')
    .where({ year })
    .whereIn('status', ['draft', 'approved'])
    .whereRaw('staff_id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)])
    .select('id', 'staff_id', 'status')) as { id: number; staff_id: number; status: ExemptionStatus }[];
  for (const r of rows) out.set(r.staff_id, { id: r.id, status: r.status });
  return out;
}

/**
 * The people with an approved exemption for the year: they need no credits
 * and book no exam (read by 报考 and 学分).
 */
export async function approvedExemptionStaffIds(db: Executor, year: number): Promise<Set<number>> {
  const rows = (await db('exemptions').where({ year, status: 'approved' }).select('staff_id')) as { staff_id: number }[];
  return new Set(rows.map((r) => r.staff_id));
}

export async function insertExemption(db: Executor, row: Omit<ExemptionRow, 'id'>): Promise<number> {
  const [id] = await db('exemptions').insert(row);
  return id as number;
}

export async function updateExemption(db: Executor, id: number, changes: Partial<Omit<ExemptionRow, 'id' | 'staff_id' | 'year' | 'created_at'>>): Promise<void> {
  await db('exemptions').where({ id }).update(changes);
}

/** The year's bookings of the given people with their outcomes (for the evasion check). */
export async function bookingOutcomes(db: Executor, staffIds: number[], year: number): Promise<Map<number, BookingOutcome[]>> {
  const out = new Map<number, BookingOutcome[]>();
  if (staffIds.length === 0) return out;
  const rows = (await db('bookings')
    .where({ year })
    .whereRaw('staff_id IN (SELECT value FROM json_each(?))', [JSON.stringify(staffIds)])
    .select('staff_id', 'session_at', 'status', 'outcome')) as { staff_id: number; session_at: string; status: BookingOutcome['status']; outcome: BookingOutcome['outcome'] }[];
  for (const r of rows) {
    const list = out.get(r.staff_id) ?? [];
    list.push({ sessionAt: r.session_at, status: r.status, outcome: r.outcome });
    out.set(r.staff_id, list);
  }
  return out;
}

/** A live evidence link of one application whose content is also linked, live, to another person's application. */
export interface SharedEvidenceRow {
  exemption_id: number;
  evidence_id: number;
  original_name: string;
  other_exemption_id: number;
  other_name: string;
  other_id_number: string;
  other_unit_id: number;
  other_year: number;
  other_status: ExemptionStatus;
}

/** For the given applications: their evidence in force that is, by content (SHA-256), also in force on another person's application. */
export async function sharedEvidenceOf(db: Executor, exemptionIds: number[]): Promise<SharedEvidenceRow[]> {
  if (exemptionIds.length === 0) return [];
  return (await db.raw(
    `SELECT ev.exemption_id, ev.id AS evidence_id, ev.original_name,
        oe.id AS other_exemption_id, os.name AS other_name, os.id_number AS other_id_number, os.unit_id AS other_unit_id, oe.year AS other_year, oe.status AS other_status
     FROM exemption_evidence ev
     JOIN exemptions e ON e.id = ev.exemption_id
     JOIN exemption_evidence ov ON ov.sha256 = ev.sha256 AND ov.removed_at IS NULL AND ov.exemption_id <> ev.exemption_id
     JOIN exemptions oe ON oe.id = ov.exemption_id AND oe.staff_id <> e.staff_id
     JOIN staff os ON os.id = oe.staff_id
     WHERE ev.removed_at IS NULL AND ev.exemption_id IN (SELECT value FROM json_each(?))
     GROUP BY ev.id, oe.id
     ORDER BY ev.exemption_id, ev.id, os.id_number, oe.id`,
    [JSON.stringify(exemptionIds)],
  )) as SharedEvidenceRow[];
}
