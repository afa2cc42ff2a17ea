import { rosterFieldLabels, type RosterField } from '../../../../shared/excel/schemas';

/** 1 → A, 27 → AA: the column letters Excel shows. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export const requiredFields: RosterField[] = ['name', 'idNumber', 'unit'];

export function fieldLabel(field: RosterField): string {
  return rosterFieldLabels[field];
}

/** A value in a change list: blank shown as （空）. */
export function shown(value: string | null): string {
  return value === null || value === '' ? '（空）' : value;
}
