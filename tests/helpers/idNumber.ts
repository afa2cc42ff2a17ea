import { idCheckChar } from '../../shared/rules/idNumber';

/**
 * A valid 18-character ID number: area code, birth date (YYYYMMDD or
 * YYYY-MM-DD), a 3-digit sequence (odd: man, even: woman) and its check character.
 */
export function idNumber(birth: string, seq: number, area = '430681'): string {
  const first17 = `${area}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
