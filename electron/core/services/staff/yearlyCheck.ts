import { deskError } from '../../../../shared/errors';
import { isOverdueRetirement } from '../../../../shared/rules/retirement';
import { checkItemKeys, checkItemLabels, type CheckReport } from '../../../../shared/staff/schemas';
import type { CoreContext } from '../../context';
import { selectPersonExemptions } from '../../db/repositories/exemptions';
import { deleteChecks, insertChecks, missingStaffIds, selectCheck, selectStaffRow, unitTrail } from '../../db/repositories/staff';
import { staffHistory, unitHistory, type HistoryRow } from '../../db/repositories/staffHistory';
import { retirementFactsOf } from '../../db/repositories/retirement';
import { transfersInPeriod } from '../../db/repositories/transfers';
import { recordAction } from '../audit/actions';
import { localDate } from '../settings/desk';
import { exemptionChangeLines } from '../exemptions/yearChanges';
import { deskToday, retirementOnOf } from '../retirement/retirement';

/** The yearly check (核对): marks per person and year, and the six items an admin verifies. */

type ItemKey = (typeof checkItemKeys)[number];
type Item = CheckReport['items'][number];

/** At most this many ids are written into the audit row of a check; the count is always there. */
const AUDIT_IDS_MAX = 50;

/**
 * Marks people as checked (or not) for a year. Someone already checked keeps
 * the first mark's time and checker. One audit row for the whole batch.
 */
export async function markChecked(ctx: CoreContext, ids: number[], year: number, checked: boolean): Promise<{ changed: number }> {
  const unique = [...new Set(ids)];
  return ctx.db.transaction(async (trx) => {
    const missing = await missingStaffIds(trx, unique);
    if (missing.length > 0) {
      throw deskError('STAFF_NOT_FOUND.someOf', { ids: missing });
    }
    const at = ctx.clock.now().toISOString();
    const changed = checked ? await insertChecks(trx, unique, year, at, ctx.actor) : await deleteChecks(trx, unique, year);
    if (changed > 0) {
      const single = unique.length === 1 ? unique[0]! : null;
      await recordAction(trx, ctx, {
        action: 'staff.check',
        entity: 'staff',
        entityId: single,
        staffId: single,
        before: null,
        after: { year, checked, count: unique.length, changed, ...(unique.length <= AUDIT_IDS_MAX ? { ids: unique } : {}) },
      });
    }
    return { changed };
  });
}

/** The local calendar year as ISO instants: [from, to). Audit rows carry UTC ISO times. */
function yearRange(year: number): { from: string; to: string } {
  return { from: new Date(year, 0, 1).toISOString(), to: new Date(year + 1, 0, 1).toISOString() };
}

type Fields = Record<string, unknown>;

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shown(v: unknown): string {
  return v === null || v === undefined || v === '' ? '（空）' : String(v);
}

/** Audit actions that change a person's record: the staff form, the Excel import, and transfers (调入 and its undo). */
const RECORD_CHANGES = new Set(['staff.update', 'staff.transfer', 'transfer.in', 'transfer.undo', 'staff.retire']);

const FORM_CHANGES = new Set(['staff.update']);

/** 'old → new' when `key` is in both sides and differs, else null. */
function fieldChange(before: Fields, after: Fields, key: string, label: (side: Fields) => unknown = (side) => side[key]): string | null {
  if (!(key in before) || !(key in after) || (before[key] ?? null) === (after[key] ?? null)) return null;
  return `${shown(label(before))} → ${shown(label(after))}`;
}

/** What each change of a person's record in the year changed, as `describe` puts it (null: nothing it looks at). */
function changesOf(rows: HistoryRow[], describe: (before: Fields, after: Fields) => string | null, actions = RECORD_CHANGES): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (!actions.has(r.action) || !isFields(r.before) || !isFields(r.after)) continue;
    const d = describe(r.before, r.after);
    if (d !== null) out.push(d);
  }
  return out;
}

function item(key: ItemKey, details: string[]): Item {
  return { key, label: checkItemLabels[key], changed: details.length > 0, detail: details.length > 0 ? details.join('；') : null };
}

/**
 * 在职状态变化 lines about retirement: agreed delays recorded in the year, and
 * 到龄未退 when the person is still 在职 past their retirement date as of the
 * planning date (or the year's last day, for an earlier year).
 */
async function retirementLines(ctx: CoreContext, id: number, year: number, history: HistoryRow[]): Promise<string[]> {
  const lines = history.flatMap((r) =>
    r.action === 'staff.delayRetirement' && isFields(r.after) ? [`弹性延迟退休，约定退休日期 ${shown(r.after.agreedRetirementDate)}`] : [],
  );
  const today = await deskToday(ctx);
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
  const [facts] = await retirementFactsOf(ctx.db, [id]);
  const on = facts ? retirementOnOf(facts) : null;
  if (facts && on !== null && isOverdueRetirement(facts.status, on, asOf)) {
    lines.push(`到龄未退：${facts.agreed_date ? '约定' : '法定'}退休日期 ${on} 已到，仍为在职（截至 ${asOf}），请设为退休或登记弹性延迟退休`);
  }
  return lines;
}

/**
 * The six verification items for one person and year, read from the audit
 * log of that year (local calendar year); the exemption item from the
 * person's applications for that year, whenever they were decided.
 */
export async function checkReport(ctx: CoreContext, id: number, year: number): Promise<CheckReport> {
  const db = ctx.db;
  const row = await selectStaffRow(db, id);
  if (!row) throw deskError('STAFF_NOT_FOUND.byId', { id });
  const { from, to } = yearRange(year);
  const history = await staffHistory(db, id, from, to);
  const unit = await unitTrail(db, row.unit_id);
  const mark = await selectCheck(db, id, year);

  // Transfers (调入 on the 人员异动 screen and unit changes of an Excel import) are read from their
  // own table by effective date, undone ones left out; a unit corrected in the staff form is in the log.
  const transfers = (await transfersInPeriod(db, id, `${year}-01-01`, `${year}-12-31`)).map(
    (t) => `${t.from_path}${t.from_outside ? '（外单位）' : ''} → ${t.to_path}（${t.effective_on} 生效）`,
  );
  const corrections = changesOf(history, (b, a) => fieldChange(b, a, 'unitId', (side) => side.unitPath), FORM_CHANGES);
  const unitChanges = [...corrections, ...transfers];

  const attributeDetails: string[] = [];
  if (!unit?.attribute) attributeDetails.push('所在单位未选择单位属性');
  for (const r of await unitHistory(db, row.unit_id, from, to)) {
    const d = isFields(r.before) && isFields(r.after) ? fieldChange(r.before, r.after, 'attribute') : null;
    if (d !== null) attributeDetails.push(`所在单位属性 ${d}`);
  }

  const statusChanges = [...changesOf(history, (b, a) => fieldChange(b, a, 'status')), ...(await retirementLines(ctx, id, year, history))];
  const accountChanges = changesOf(history, (b, a) => fieldChange(b, a, 'account'));
  const created = history.filter((r) => r.action === 'staff.create').map((r) => `${localDate(new Date(r.at))} 新增到名册`);

  const items: Record<ItemKey, Item> = {
    unitChange: item('unitChange', unitChanges),
    unitAttribute: item('unitAttribute', attributeDetails),
    statusChange: item('statusChange', statusChanges),
    exemptionChange: item('exemptionChange', exemptionChangeLines(await selectPersonExemptions(db, id, year))),
    accountChange: item('accountChange', accountChanges),
    newPerson: item('newPerson', created),
  };
  return {
    staffId: id,
    year,
    checkedAt: mark?.checked_at ?? null,
    checkedBy: mark?.checked_by ?? null,
    items: checkItemKeys.map((k) => items[k]),
  };
}
