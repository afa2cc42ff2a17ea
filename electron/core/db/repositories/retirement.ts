import type { StaffStatus } from '../../../../shared/staff/schemas';
import type { Executor } from '../../context';

/** How a person's retirement was settled (see the retirement_settlements migration). */
export interface SettlementRow {
  staff_id: number;
  agreed_date: string | null;
  retired_on: string | null;
  updated_at: string;
}

/** A person with what their retirement date is computed from. */
export interface RetirementFactsRow {
  id: number;
  id_number: string;
  name: string;
  unit_id: number;
  rank: string | null;
  status: StaffStatus;
  birth_date: string;
  retirement_age: 50 | 55 | 60;
  agreed_date: string | null;
  retired_on: string | null;
  /** 1 unless the person's rank is one that does not take part. */
  takes_part: number;
}

const FACTS = `SELECT s.id, s.id_number, s.name, s.unit_id, s.rank, s.status, s.birth_date, s.retirement_age,
    r.agreed_date, r.retired_on,
    NOT EXISTS (SELECT 1 FROM ranks k WHERE k.name = s.rank AND k.takes_part = 0) AS takes_part
  FROM staff s LEFT JOIN retirement_settlements r ON r.staff_id = s.id`;

/**
 * People 在职 born on or before `latestBirth` (nobody born later can have
 * reached a retirement date yet), optionally within some units; in roster order.
 */
export async function inServiceBornBy(db: Executor, latestBirth: string, unitIds?: number[]): Promise<RetirementFactsRow[]> {
  const bindings: (string | number)[] = [latestBirth];
  let where = `WHERE s.status = '在职' AND s.birth_date <= ?`;
  if (unitIds) {
    where += ' AND s.unit_id IN (SELECT value FROM json_each(?))';
    bindings.push(JSON.stringify(unitIds));
  }
  return (await db.raw(`${FACTS} ${where} ORDER BY s.id`, bindings)) as RetirementFactsRow[];
}

/** The given people with their retirement facts (whatever their status), in the order of the ids' values. */
export async function retirementFactsOf(db: Executor, staffIds: number[]): Promise<RetirementFactsRow[]> {
  if (staffIds.length === 0) return [];
  return (await db.raw(`${FACTS} WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id`, [JSON.stringify(staffIds)])) as RetirementFactsRow[];
}

/** The recorded agreed retirement dates of the given people (those with one). */
export async function agreedDatesOf(db: Executor, staffIds: number[]): Promise<Map<number, string>> {
  if (staffIds.length === 0) return new Map();
  const rows = (await db.raw(
    `SELECT staff_id, agreed_date FROM retirement_settlements WHERE agreed_date IS NOT NULL AND staff_id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(staffIds)],
  )) as { staff_id: number; agreed_date: string }[];
  return new Map(rows.map((r) => [r.staff_id, r.agreed_date]));
}

/** Records an agreed retirement date (弹性延迟退休); the person's status is not touched. */
export async function saveAgreedDate(db: Executor, staffId: number, agreedDate: string, at: string): Promise<void> {
  await db.raw(
    `INSERT INTO retirement_settlements (staff_id, agreed_date, retired_on, updated_at) VALUES (?, ?, NULL, ?)
     ON CONFLICT (staff_id) DO UPDATE SET agreed_date = excluded.agreed_date, updated_at = excluded.updated_at`,
    [staffId, agreedDate, at],
  );
}

/** Sets a person 退休 as of `retiredOn` (their retirement date), keeping any agreed date on record. */
export async function saveRetired(db: Executor, staffId: number, retiredOn: string, at: string): Promise<void> {
  await db('staff').where({ id: staffId }).update({ status: '退休', updated_at: at });
  await db.raw(
    `INSERT INTO retirement_settlements (staff_id, agreed_date, retired_on, updated_at) VALUES (?, NULL, ?, ?)
     ON CONFLICT (staff_id) DO UPDATE SET retired_on = excluded.retired_on, updated_at = excluded.updated_at`,
    [staffId, retiredOn, at],
  );
}
