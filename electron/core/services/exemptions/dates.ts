import { deskError } from '../../../../shared/errors';
import { isCalendarDate } from '../../../../shared/rules/retirement';

/** The dates of an application: real calendar dates, none after today, and the steps in order. */
export interface ApplicationDates {
  appliedOn: string | null;
  reviewedOn: string | null;
  decidedOn: string | null;
  platformSetOn: string | null;
  revokedOn?: string | null;
}

const FIELDS: readonly (keyof ApplicationDates)[] = ['appliedOn', 'reviewedOn', 'decidedOn', 'platformSetOn', 'revokedOn'];

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
  for (const key of FIELDS) {
    const v = d[key];
    if (v == null) continue;
    if (!isCalendarDate(v)) throw deskError('EXEMPTION_DATE_INVALID.notADate', { field: key, value: v });
    if (v > today) throw deskError('EXEMPTION_DATE_INVALID.future', { field: key, value: v, today });
  }
  for (const [a, b] of ORDER) {
    const first = d[a];
    const second = d[b];
    if (first && second && second < first) {
      throw deskError('EXEMPTION_DATE_INVALID.backwards', { field: b, value: second, earlierField: a, earlier: first });
    }
  }
}
