import type { ReasonCode } from '../../../../shared/rules/eligibility';
import { reasonLabels } from '../../../../shared/rules/eligibility';
import { maskIdNumber } from '../../../../shared/rules/idNumber';

/** Small text helpers of the 报考 screen. */

export const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** '2024-10-28' → '10月28日 周一' */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${m}月${d}日 ${weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** '2024-10-28T08:30' → '2024-10-28 08:30' */
export function sessionLabel(at: string): string {
  return at.replace('T', ' ');
}

export function reasonsText(reasons: readonly ReasonCode[]): string {
  return reasons.map((r) => reasonLabels[r]).join('；');
}

export const maskedId = maskIdNumber;

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
