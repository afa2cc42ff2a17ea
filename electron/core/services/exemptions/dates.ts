import { DeskError } from '../../../../shared/errors';
import { isCalendarDate } from '../../../../shared/rules/retirement';

/** The dates of an application: real calendar dates, none after today, and the steps in order. */
export interface ApplicationDates {
  appliedOn: string | null;
  reviewedOn: string | null;
  decidedOn: string | null;
  platformSetOn: string | null;
  revokedOn?: string | null;
}

const LABELS: Record<keyof ApplicationDates, string> = {
  appliedOn: '书面申请日期',
  reviewedOn: '审核日期',
  decidedOn: '批准（决定）日期',
  platformSetOn: '平台设置日期',
  revokedOn: '撤销日期',
};

/** Pairs that must not run backwards: [earlier, later]. */
const ORDER: [keyof ApplicationDates, keyof ApplicationDates][] = [
  ['appliedOn', 'reviewedOn'],
  ['appliedOn', 'decidedOn'],
  ['reviewedOn', 'decidedOn'],
  ['appliedOn', 'platformSetOn'],
  ['appliedOn', 'revokedOn'],
  ['decidedOn', 'revokedOn'],
];

export function checkDates(d: ApplicationDates, today: string): void {
  for (const key of Object.keys(LABELS) as (keyof ApplicationDates)[]) {
    const v = d[key];
    if (v == null) continue;
    if (!isCalendarDate(v)) throw new DeskError('EXEMPTION_DATE_INVALID', `${LABELS[key]}“${v}”不是有效日期，请按 YYYY-MM-DD 填写。`);
    if (v > today) throw new DeskError('EXEMPTION_DATE_INVALID', `${LABELS[key]} ${v} 晚于今天（${today}），请核对后重新填写。`);
  }
  for (const [a, b] of ORDER) {
    const first = d[a];
    const second = d[b];
    if (first && second && second < first) {
      throw new DeskError('EXEMPTION_DATE_INVALID', `${LABELS[b]} ${second} 早于${LABELS[a]} ${first}，请核对后重新填写。`);
    }
  }
}
