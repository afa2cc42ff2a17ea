import type { StaffStatus } from '../../../../shared/staff/schemas';
import type { Executor } from '../../context';
import type { StaffRow } from './staff';

/** What the roster search matches the typed text against, already normalised. */
export type TextMatch =
  /** Digits (maybe a final X): prefix of ID number, phone or account; `idExact` for a converted 15-digit ID. */
  | { kind: 'number'; idPrefix: string; phonePrefix: string | null; accountPrefix: string; idExact: string | null }
  /** Anything else: name contains the text, or (for plain ASCII text) the account starts with it. */
  | { kind: 'text'; nameContains: string; accountPrefix: string | null };

export interface StaffFilter {
  text: TextMatch | null;
  unitId: number | null;
  includeSubunits: boolean;
  /** With unitId: the people transferred out of the unit (a transfer in force), no longer in it. */
  movedOut: boolean;
  status: StaffStatus | null;
  rank: string | null;
  year: number;
  checked: boolean | null;
  /** Only these people (the 到龄未退 filter), or null for anyone. */
  onlyIds: number[] | null;
}

export type StaffPageRow = StaffRow & { checked: number };

/**
 * How a query is run. 'indexed' lets SQLite drive from an index (the unit
 * subtree, a prefix, the name characters) and sort the few matches; 'scan'
 * walks the table in id order, which is what a broad match needs: a page
 * stops after its last row instead of sorting tens of thousands, and a count
 * of a broad prefix avoids merging several large index ranges.
 */
export type Plan = 'indexed' | 'scan';

/**
 * Which condition leads an 'indexed' query when both a unit and a name are
 * given: SQLite cannot know whether the unit's subtree or the people under
 * the name's characters are fewer, so the service measures and says. The
 * other conditions are then only checked, never followed.
 */
export type Driver = 'unit' | 'name' | 'any';

/** Above this many matches a page is read by walking the table in id order. */
export const NARROW_MAX = 2000;

/** At most this many of the text's characters are looked up in staff_name_chars; LIKE checks the rest. */
const NAME_CHARS_LOOKED_UP = 4;

/** Above every character: `col >= p AND col < p + TOP` is "starts with p" and can use the column's index. */
const TOP = '\u{10FFFF}';

type Binding = string | number;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The distinct characters of the text as staff_name_chars stores them (ASCII letters lowercased, like LIKE). */
function nameChars(text: string): string[] {
  return [...new Set([...text.replace(/[A-Z]/g, (c) => c.toLowerCase())])].slice(0, NAME_CHARS_LOOKED_UP);
}

function prefix(column: string, p: string, bindings: Binding[]): string {
  bindings.push(p, p + TOP);
  return `(${column} >= ? AND ${column} < ?)`;
}

/** The people listed under every character of the text (a superset of those whose name contains it). */
function candidatesSql(chars: string[], bindings: Binding[]): string {
  bindings.push(...chars);
  return chars.map(() => 'SELECT staff_id FROM staff_name_chars WHERE ch = ?').join(' INTERSECT ');
}

/** Name contains the text: the people listed under all its characters, then LIKE on those few for order and adjacency. */
function nameContains(text: string, bindings: Binding[], lead: boolean): string {
  const chars = nameChars(text);
  const parts = [`${lead ? '' : '+'}s.id IN (${candidatesSql(chars, bindings)})`];
  // One character found under itself needs no LIKE; longer text must also appear in that order.
  if ([...text].length > 1 || chars.length === 0) {
    const escaped = escapeLike(text);
    // An ESCAPE clause makes LIKE markedly slower, so it is added only when the text needs it.
    parts.push(escaped === text ? 's.name LIKE ?' : `s.name LIKE ? ESCAPE '\\'`);
    bindings.push(`%${escaped}%`);
  }
  return parts.join(' AND ');
}

function textCondition(t: TextMatch, bindings: Binding[], driver: Driver): string {
  const any: string[] = [];
  if (t.kind === 'number') {
    any.push(prefix('s.id_number', t.idPrefix, bindings));
    if (t.idExact !== null) {
      any.push('s.id_number = ?');
      bindings.push(t.idExact);
    }
    if (t.phonePrefix !== null) any.push(prefix('s.phone', t.phonePrefix, bindings));
    any.push(prefix('s.account', t.accountPrefix, bindings));
  } else {
    any.push(`(${nameContains(t.nameContains, bindings, driver !== 'unit')})`);
    if (t.accountPrefix !== null) any.push(prefix('s.account', t.accountPrefix, bindings));
  }
  return `(${any.join(' OR ')})`;
}

interface Sql {
  cte: string;
  cteBindings: Binding[];
  where: string;
  whereBindings: Binding[];
}

const SUBTREE = `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) `;

function build(f: StaffFilter, driver: Driver): Sql {
  const cteBindings: Binding[] = [];
  const whereBindings: Binding[] = [];
  const where: string[] = [];
  let cte = '';
  // A unary + keeps SQLite from leading with a condition; it is then checked row by row.
  const unitLead = driver === 'name' ? '+' : '';
  if (f.unitId !== null && f.movedOut) {
    const units = f.includeSubunits ? '(SELECT id FROM sub)' : '(?)';
    if (f.includeSubunits) {
      cte = SUBTREE;
      cteBindings.push(f.unitId);
    } else {
      whereBindings.push(f.unitId, f.unitId);
    }
    where.push(`s.id IN (SELECT t.staff_id FROM transfers t WHERE t.undone_at IS NULL AND t.from_unit_id IN ${units}) AND +s.unit_id NOT IN ${units}`);
  } else if (f.unitId !== null) {
    if (f.includeSubunits) {
      cte = SUBTREE;
      cteBindings.push(f.unitId);
      where.push(`${unitLead}s.unit_id IN (SELECT id FROM sub)`);
    } else {
      where.push(`${unitLead}s.unit_id = ?`);
      whereBindings.push(f.unitId);
    }
  }
  if (f.text) where.push(textCondition(f.text, whereBindings, driver));
  // Status and rank lead only when nothing narrower is there (their covering index then counts fast).
  const plainLead = f.unitId === null && f.text === null ? '' : '+';
  if (f.status !== null) {
    where.push(`${plainLead}s.status = ?`);
    whereBindings.push(f.status);
  }
  if (f.rank !== null) {
    where.push(`${plainLead}s.rank = ?`);
    whereBindings.push(f.rank);
  }
  if (f.checked !== null) {
    where.push(`+s.id ${f.checked ? '' : 'NOT '}IN (SELECT staff_id FROM staff_checks WHERE year = ?)`);
    whereBindings.push(f.year);
  }
  if (f.onlyIds !== null) {
    where.push(`+s.id IN (SELECT value FROM json_each(?))`);
    whereBindings.push(JSON.stringify(f.onlyIds));
  }
  return { cte, cteBindings, where: where.length ? `WHERE ${where.join(' AND ')}` : '', whereBindings };
}

function from(plan: Plan): string {
  return plan === 'scan' ? 'staff s NOT INDEXED' : 'staff s';
}

/**
 * Roughly how many index entries a typed number's prefix ranges cover (ID
 * number, account, phone), each read up to `cap`. Past a few tens of
 * thousands, merging the ranges costs more than one pass over the table.
 */
export async function numberRangeSize(db: Executor, t: TextMatch, cap: number): Promise<number> {
  if (t.kind !== 'number') return 0;
  const probes: [string, string][] = [
    ['id_number', t.idPrefix],
    ['account', t.accountPrefix],
  ];
  if (t.phonePrefix !== null) probes.push(['phone', t.phonePrefix]);
  let size = 0;
  for (const [column, p] of probes) {
    const rows = (await db.raw(`SELECT count(*) AS n FROM (SELECT 1 FROM staff WHERE ${column} >= ? AND ${column} < ? LIMIT ?)`, [
      p,
      p + TOP,
      cap,
    ])) as { n: number }[];
    size += Number(rows[0]?.n ?? 0);
    if (size >= cap) break;
  }
  return size;
}

/** How many people match the filter. */
export async function countMatching(db: Executor, f: StaffFilter, plan: Plan, driver: Driver): Promise<number> {
  const q = build(f, driver);
  const rows = (await db.raw(`${q.cte}SELECT count(*) AS n FROM ${from(plan)} ${q.where}`, [...q.cteBindings, ...q.whereBindings])) as {
    n: number;
  }[];
  return Number(rows[0]?.n ?? 0);
}

/** One page of matching people in the order they were entered (staff.id), with the year's check mark. */
export async function selectMatching(
  db: Executor,
  f: StaffFilter,
  plan: Plan,
  driver: Driver,
  offset: number,
  limit: number,
): Promise<StaffPageRow[]> {
  const q = build(f, driver);
  return (await db.raw(
    `${q.cte}SELECT s.*, EXISTS (SELECT 1 FROM staff_checks c WHERE c.staff_id = s.id AND c.year = ?) AS checked
       FROM ${from(plan)} ${q.where} ORDER BY s.id LIMIT ? OFFSET ?`,
    [...q.cteBindings, f.year, ...q.whereBindings, limit, offset],
  )) as StaffPageRow[];
}

/** How many people are listed under all the text's characters, read up to `cap`. */
export async function nameCandidateCount(db: Executor, text: string, cap: number): Promise<number> {
  const bindings: Binding[] = [];
  const sql = candidatesSql(nameChars(text), bindings);
  const rows = (await db.raw(`SELECT count(*) AS n FROM (${sql} LIMIT ?)`, [...bindings, cap])) as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}

/** How many people the unit filter alone covers, read up to `cap`. */
export async function unitStaffCount(db: Executor, f: StaffFilter, cap: number): Promise<number> {
  if (f.unitId === null) return 0;
  const rows = (await db.raw(
    f.includeSubunits
      ? `${SUBTREE}SELECT count(*) AS n FROM (SELECT 1 FROM staff WHERE unit_id IN (SELECT id FROM sub) LIMIT ?)`
      : `SELECT count(*) AS n FROM (SELECT 1 FROM staff WHERE unit_id = ? LIMIT ?)`,
    [f.unitId, cap],
  )) as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}

/**
 * Whether the text is a name search for one character, whose count the
 * index itself holds: the people listed under it (kept exact by triggers).
 */
export function isOneNameChar(t: TextMatch): t is TextMatch & { kind: 'text' } {
  return t.kind === 'text' && t.accountPrefix === null && [...t.nameContains].length === 1;
}

const ID_RANGE = '(id_number >= ? AND id_number < ?)';
const PHONE_RANGE = '(phone >= ? AND phone < ?)';
const ACCOUNT_RANGE = '(account >= ? AND account < ?)';

/** "Not in the range", with no phone or account counting as not in it (NOT NULL would be NULL). */
function outside(range: string): string {
  return `NOT coalesce(${range}, 0)`;
}

/**
 * How many people a typed number matches when nothing else is filtered:
 * |ID range| + |phone range, not yet counted| + |account range, not yet
 * counted| (+ the converted 15-digit ID). Each term is read inside one
 * covering index (see the staff_indexes migration), so this is exact and
 * takes a few milliseconds even when the prefix covers the whole county.
 */
export async function countNumberOnly(db: Executor, t: TextMatch & { kind: 'number' }): Promise<number> {
  const id: Binding[] = [t.idPrefix, t.idPrefix + TOP];
  const phone: Binding[] = t.phonePrefix === null ? [] : [t.phonePrefix, t.phonePrefix + TOP];
  const account: Binding[] = [t.accountPrefix, t.accountPrefix + TOP];
  const notPhone = t.phonePrefix === null ? '' : ` AND ${outside(PHONE_RANGE)}`;
  const terms: [string, Binding[]][] = [[ID_RANGE, id]];
  if (t.phonePrefix !== null) terms.push([`${PHONE_RANGE} AND ${outside(ID_RANGE)}`, [...phone, ...id]]);
  terms.push([`${ACCOUNT_RANGE} AND ${outside(ID_RANGE)}${notPhone}`, [...account, ...id, ...phone]]);
  if (t.idExact !== null) {
    terms.push([`id_number = ? AND ${outside(ID_RANGE)}${notPhone} AND ${outside(ACCOUNT_RANGE)}`, [t.idExact, ...id, ...phone, ...account]]);
  }
  let total = 0;
  for (const [where, bindings] of terms) {
    total += Number(((await db.raw(`SELECT count(*) AS n FROM staff WHERE ${where}`, bindings)) as { n: number }[])[0]?.n ?? 0);
  }
  return total;
}

/** A name's characters past this position are not listed in staff_name_chars (names are at most 100 long). */
const NAME_CHARS_LISTED = 100;

/**
 * Lists every person under each character of the name, as the
 * staff_name_chars triggers do row by row, for a bulk load that ran without
 * them. Same rule as the triggers: distinct characters, ASCII lowercased.
 */
export async function rebuildNameChars(db: Executor): Promise<void> {
  await db.raw(`DELETE FROM staff_name_chars`);
  await db.raw(
    `WITH RECURSIVE pos(n) AS (
       SELECT 1 UNION ALL SELECT n + 1 FROM pos WHERE n < min(?, (SELECT max(length(name)) FROM staff))
     )
     INSERT INTO staff_name_chars (ch, staff_id)
     SELECT DISTINCT lower(substr(s.name, pos.n, 1)) AS ch, s.id FROM staff s JOIN pos ON pos.n <= length(s.name)
     ORDER BY ch, s.id`,
    [NAME_CHARS_LISTED],
  );
}
