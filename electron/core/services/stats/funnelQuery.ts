import type { StatsFigure } from '../../../../shared/rules/statsFigures';
import type { Executor } from '../../context';

/**
 * The year's funnel in SQL, set-based so 100,000 people count in one pass.
 * `flags` holds one row per person taking part, with the year's facts as 0/1
 * columns; each figure is a predicate over them (statsFigures.ts says them in
 * words, and the screen shows those words).
 */

/** Whose people: a unit with sub-units (buckets: its children, and itself for people placed directly in it), the whole desk (buckets: the top units), or one unit alone. */
export interface Scope {
  unitId: number | null;
  ownOnly?: boolean;
}

export interface FunnelParams {
  year: number;
  /** Null when the year has no policy: nobody counts as credits complete. */
  credits: { compulsory: number; elective: number } | null;
}

export const figurePredicates: Record<StatsFigure, string> = {
  takingPart: '1',
  exempt: 'exempt',
  expected: 'NOT exempt',
  creditsComplete: 'NOT exempt AND credits_ok',
  booked: 'NOT exempt AND booked',
  notBooked: 'NOT exempt AND NOT booked',
  // A confirmed evasion counts as not having taken part: never 参考 or 通过, always 缺考 and 尚未通过.
  sat: 'NOT exempt AND sat AND NOT evaded',
  passed: 'NOT exempt AND r_passed AND NOT evaded',
  failed: 'NOT exempt AND r_failed AND NOT r_passed AND NOT evaded',
  absent: 'NOT exempt AND (evaded OR (r_absent AND NOT r_passed AND NOT r_failed))',
  makeupRegistered: 'NOT exempt AND m_booked',
  makeupPassed: 'NOT exempt AND m_passed AND NOT evaded',
  passedFinal: 'NOT exempt AND (r_passed OR m_passed) AND NOT evaded',
  notPassed: 'NOT exempt AND (evaded OR NOT (r_passed OR m_passed))',
};

function subtree(scope: Scope): string {
  if (scope.unitId === null) {
    return `sub(id, bucket) AS (
      SELECT id, id FROM units WHERE parent_id IS NULL
      UNION ALL SELECT u.id, sub.bucket FROM units u JOIN sub ON u.parent_id = sub.id)`;
  }
  if (scope.ownOnly) return 'sub(id, bucket) AS (SELECT :unit, :unit)';
  return `sub(id, bucket) AS (
      SELECT :unit, :unit
      UNION ALL SELECT u.id, CASE WHEN sub.id = :unit THEN u.id ELSE sub.bucket END FROM units u JOIN sub ON u.parent_id = sub.id)`;
}

/** The WITH clause ending in `flags(id, bucket, exempt, evaded, credits_ok, booked, sat, r_passed, r_failed, r_absent, r_pending, m_booked, m_passed)`. */
export function flagsCte(scope: Scope, params: FunnelParams): { sql: string; bindings: Record<string, number> } {
  const credits = params.credits ? 'SELECT staff_id FROM credits WHERE year = :year AND compulsory >= :compulsory AND elective >= :elective' : 'SELECT staff_id FROM credits WHERE 0';
  const sql = `WITH RECURSIVE ${subtree(scope)},
    people AS (
      SELECT s.id, sub.bucket FROM staff s JOIN sub ON s.unit_id = sub.id
      WHERE s.status = '在职' AND NOT EXISTS (SELECT 1 FROM ranks r WHERE r.name = s.rank AND r.takes_part = 0)),
    ex AS (SELECT staff_id, max(evasion_decision IS 'confirmed') AS evaded FROM exemptions WHERE year = :year AND status = 'approved' GROUP BY staff_id),
    cr AS (${credits}),
    bk AS (SELECT staff_id,
        max(kind = 'regular') AS booked,
        max(outcome IN ('passed', 'failed')) AS sat,
        max(kind = 'regular' AND outcome = 'passed') AS r_passed,
        max(kind = 'regular' AND outcome = 'failed') AS r_failed,
        max(kind = 'regular' AND outcome = 'absent') AS r_absent,
        max(kind = 'regular' AND outcome IS NULL) AS r_pending,
        max(kind = 'makeup') AS m_booked,
        max(kind = 'makeup' AND outcome = 'passed') AS m_passed
      FROM bookings WHERE year = :year AND status = 'booked' GROUP BY staff_id),
    flags AS (
      SELECT p.id, p.bucket,
        ex.staff_id IS NOT NULL AND NOT ex.evaded AS exempt,
        coalesce(ex.evaded, 0) AS evaded,
        cr.staff_id IS NOT NULL AS credits_ok,
        coalesce(bk.booked, 0) AS booked,
        coalesce(bk.sat, 0) AS sat,
        coalesce(bk.r_passed, 0) AS r_passed,
        coalesce(bk.r_failed, 0) AS r_failed,
        coalesce(bk.r_absent, 0) AS r_absent,
        coalesce(bk.r_pending, 0) AS r_pending,
        coalesce(bk.m_booked, 0) AS m_booked,
        coalesce(bk.m_passed, 0) AS m_passed
      FROM people p
      LEFT JOIN ex ON ex.staff_id = p.id
      LEFT JOIN cr ON cr.staff_id = p.id
      LEFT JOIN bk ON bk.staff_id = p.id)`;
  const bindings: Record<string, number> = { year: params.year };
  if (scope.unitId !== null) bindings.unit = scope.unitId;
  if (params.credits) Object.assign(bindings, params.credits);
  return { sql, bindings };
}

export type FigureCounts = Record<StatsFigure, number>;

/** Each bucket's count of every figure. */
export async function countFigures(db: Executor, scope: Scope, params: FunnelParams): Promise<Map<number, FigureCounts>> {
  const { sql, bindings } = flagsCte(scope, params);
  const sums = Object.entries(figurePredicates)
    .map(([key, predicate]) => `sum(CASE WHEN ${predicate} THEN 1 ELSE 0 END) AS ${key}`)
    .join(',\n      ');
  const rows = (await db.raw(`${sql} SELECT bucket, ${sums} FROM flags GROUP BY bucket`, bindings)) as ({ bucket: number } & FigureCounts)[];
  return new Map(rows.map(({ bucket, ...counts }) => [bucket, counts as FigureCounts]));
}

export interface FlagRow {
  id: number;
  name: string;
  id_number: string;
  unit_id: number;
  rank: string | null;
  exempt: number;
  /** An approved exemption the admin found to be an evasion: it does not count. */
  evaded: number;
  credits_ok: number;
  booked: number;
  r_passed: number;
  r_failed: number;
  r_absent: number;
  r_pending: number;
  m_booked: number;
  m_passed: number;
}

/** The people behind one figure, in unit then roster order; `limit` null for all of them. */
export async function peopleOf(
  db: Executor,
  scope: Scope,
  params: FunnelParams,
  figure: StatsFigure,
  page: { offset: number; limit: number | null },
): Promise<{ total: number; rows: FlagRow[] }> {
  const { sql, bindings } = flagsCte(scope, params);
  // The flag names are not columns of staff, so the predicate reads them from f unqualified.
  const where = `WHERE ${figurePredicates[figure]}`;
  const total = Number(((await db.raw(`${sql} SELECT count(*) AS n FROM flags ${where}`, bindings)) as { n: number }[])[0]?.n ?? 0);
  const limit = page.limit === null ? '' : `LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}`;
  const rows = (await db.raw(
    `${sql} SELECT s.id, s.name, s.id_number, s.unit_id, s.rank, f.exempt, f.evaded, f.credits_ok, f.booked, f.r_passed, f.r_failed, f.r_absent, f.r_pending, f.m_booked, f.m_passed
     FROM flags f JOIN staff s ON s.id = f.id ${where}
     ORDER BY s.unit_id, s.id ${limit}`,
    bindings,
  )) as FlagRow[];
  return { total, rows };
}
