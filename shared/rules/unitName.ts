import type { ErrorCode } from '../errors';

export const UNIT_NAME_MAX = 100;

/** Trims a unit name; inner spaces are kept as typed. */
export function normalizeUnitName(raw: string): string {
  return raw.replace(/\u3000/g, ' ').trim();
}

/** Why a unit name cannot be used, or null when it can. */
export function unitNameProblem(raw: string): ErrorCode | null {
  const name = normalizeUnitName(raw);
  if (name.length === 0) return 'UNIT_NAME_EMPTY';
  if (name.length > UNIT_NAME_MAX) return 'UNIT_NAME_TOO_LONG';
  return null;
}
