import { normalizeIdNumber, parseIdNumber } from '../../../../shared/rules/idNumber';
import type { StaffPage, StaffSearch } from '../../../../shared/staff/schemas';
import type { CoreContext, Executor } from '../../context';
import { toStaff, unitTrails } from '../../db/repositories/staff';
import { deskToday, overdueIds } from '../retirement/retirement';
import {
  countMatching,
  countNumberOnly,
  isOneNameChar,
  nameCandidateCount,
  NARROW_MAX,
  numberRangeSize,
  selectMatching,
  unitStaffCount,
  type Driver,
  type StaffFilter,
  type StaffPageRow,
  type TextMatch,
} from '../../db/repositories/staffSearch';

export const DEFAULT_PAGE_SIZE = 100;

/**
 * What the search box's text means. Digits (spaces, hyphens and full-width
 * digits allowed, maybe a final X) are the start of an ID number, a phone or
 * an account; a 15-digit old ID also finds its 18-digit form. Anything else
 * is part of a name, or the start of an account.
 */
export function textMatch(raw: string | undefined): TextMatch | null {
  const text = (raw ?? '').trim();
  if (text.length === 0) return null;
  const compact = normalizeIdNumber(text).replace(/[-－]/g, '');
  if (/^\d+X?$/.test(compact)) {
    const id = compact.length === 15 ? parseIdNumber(compact) : null;
    return {
      kind: 'number',
      idPrefix: compact,
      phonePrefix: /^\d+$/.test(compact) ? compact : null,
      accountPrefix: compact,
      idExact: id?.ok ? id.idNumber : null,
    };
  }
  // Login accounts are phone numbers or plain ASCII names: text with Chinese in it cannot start one.
  return { kind: 'text', nameContains: text, accountPrefix: /^[\x21-\x7e]+$/.test(text) ? text : null };
}

/** Above this many index entries, a typed number is counted by one pass over the table. */
const BROAD_NUMBER = 20_000;

/** With both a unit and a name: whichever covers fewer people leads the query (see Driver). */
async function chooseDriver(db: Executor, filter: StaffFilter): Promise<Driver> {
  if (filter.text?.kind !== 'text' || filter.text.accountPrefix !== null || filter.unitId === null || filter.movedOut) return 'any';
  const byName = await nameCandidateCount(db, filter.text.nameContains, Number.MAX_SAFE_INTEGER);
  const byUnit = await unitStaffCount(db, filter, byName + 1);
  return byUnit <= byName ? 'unit' : 'name';
}

/** Counts the matches and reads one page, choosing for each step the plan that stays fast at 100,000 people. */
async function findPage(db: Executor, filter: StaffFilter, offset: number, limit: number): Promise<{ total: number; rows: StaffPageRow[] }> {
  const driver = await chooseDriver(db, filter);
  const text = filter.text;
  const onlyText = filter.unitId === null && filter.status === null && filter.rank === null && filter.checked === null && filter.onlyIds === null;
  let total: number;
  if (text && onlyText && isOneNameChar(text)) {
    total = await nameCandidateCount(db, text.nameContains, Number.MAX_SAFE_INTEGER);
  } else if (text?.kind === 'number' && onlyText) {
    total = await countNumberOnly(db, text);
  } else {
    const broadNumber = filter.text?.kind === 'number' && (await numberRangeSize(db, filter.text, BROAD_NUMBER)) >= BROAD_NUMBER;
    total = await countMatching(db, filter, broadNumber ? 'scan' : 'indexed', driver);
  }
  if (total <= offset) return { total, rows: [] };
  return { total, rows: await selectMatching(db, filter, total > NARROW_MAX ? 'scan' : 'indexed', driver, offset, limit) };
}

/**
 * The roster search. Pages come in the order people were entered (staff.id):
 * stable across pages and fast at 100,000 people, where sorting every match
 * by unit or name on each keystroke is not. With unitId, sub-units are
 * included unless includeSubunits is false.
 */
export async function searchStaff(ctx: CoreContext, q: StaffSearch): Promise<StaffPage> {
  const filter: StaffFilter = {
    text: textMatch(q.query),
    unitId: q.unitId ?? null,
    includeSubunits: q.includeSubunits ?? true,
    movedOut: q.unitId !== undefined && (q.movedOut ?? false),
    status: q.status ?? null,
    rank: q.rank === undefined || q.rank.trim() === '' ? null : q.rank.trim(),
    year: q.year,
    checked: q.checked ?? null,
    onlyIds: null,
  };
  const offset = q.offset ?? 0;
  const limit = q.limit ?? DEFAULT_PAGE_SIZE;
  // Read in one transaction so the total and the page agree.
  return ctx.db.transaction(async (trx) => {
    if (q.overdueRetirement) filter.onlyIds = await overdueIds(trx, await deskToday(ctx, trx));
    const { total, rows } = await findPage(trx, filter, offset, limit);
    const units = await unitTrails(
      trx,
      rows.map((r) => r.unit_id),
    );
    return {
      total,
      offset,
      rows: rows.map(({ checked, ...row }) => toStaff(row, units.get(row.unit_id)!, checked === 1)),
    };
  });
}
