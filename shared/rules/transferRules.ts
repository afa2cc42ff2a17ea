import type { ExamRoute } from '../units/schemas';
import { routeLabels } from './examRoute';
import { say, type Said } from '../words/errors';
import type { TransferDateField } from '../words/labels';

/** Pure rules of 人员异动, shared by the 调入 form (instant feedback) and the core (enforcement). */

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1950 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Why an effective date cannot be used, or null. `today` is the desk's day
 * (YYYY-MM-DD): a date later in its year is fine (a move agreed ahead), the
 * next year is not. A person's transfers follow each other: a date before the
 * latest one still in force is refused.
 */
export function effectiveDateProblem(day: string, today: string, lastEffectiveOn: string | null, field: TransferDateField = 'effectiveOn'): Said | null {
  if (!isCalendarDay(day)) return say('TRANSFER_DATE_INVALID.notADate', { field, value: day, today });
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  if (day > yearEnd) return say('TRANSFER_DATE_INVALID.nextYear', { field, value: day, yearEnd });
  if (lastEffectiveOn !== null && day < lastEffectiveOn) return say('TRANSFER_DATE_INVALID.beforeLast', { field, value: day, last: lastEffectiveOn });
  return null;
}

export interface RouteOf {
  route: ExamRoute;
  counterpart: string | null;
}

/** 分类组考（省司法厅） or 分众组考. */
export function routeText(r: RouteOf): string {
  return r.route === 'category' && r.counterpart ? `${routeLabels.category}（${r.counterpart}）` : routeLabels[r.route];
}

/** Two units sit the same exam: same route, and for 分类 the same counterpart department. */
export function sameExam(a: RouteOf, b: RouteOf): boolean {
  return a.route === b.route && (a.route !== 'category' || (a.counterpart ?? '') === (b.counterpart ?? ''));
}

/** The note a flagged booking carries after a transfer changed the person's exam route. */
export function routeChangeNote(effectiveOn: string, toPath: string, from: RouteOf, to: RouteOf): string {
  return `${effectiveOn} 调入“${toPath}”，组考方式由${routeText(from)}变为${routeText(to)}；原报考场次可能不在新组考方式的考试时间内，请核对后改约或取消。`;
}
