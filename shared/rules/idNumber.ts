/**
 * Resident ID numbers (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female), 1 check character.
 * Pure string arithmetic; no clock, no Date.
 */

import { say, type DetailsOf, type ErrorKey, type Said } from '../words/errors';

export type Sex = '男' | '女';

export type IdNumberProblemCode = 'ID_MISSING' | 'ID_FORMAT' | 'ID_CHECKSUM';

export type ParsedIdNumber =
  | {
      ok: true;
      /** 18 characters, normalised (a 15-digit input is converted). */
      idNumber: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: Sex;
      /** True when the input was a 15-digit (pre-1999) number. */
      converted: boolean;
    }
  | { ok: false; code: IdNumberProblemCode; message: Said };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const FULL_WIDTH_ZERO = 0xff10;

/** Full-width digits ０-９ to 0-9. */
function halfWidthDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_ZERO + 0x30));
}

/** An ID number already in its normal form (most cells of a roster): nothing to replace. */
const NORMAL_18 = /^\d{17}[\dX]$/;

/** Trim, drop all whitespace (U+3000 included), full-width digits and Ｘ/ｘ/x to half-width X. */
export function normalizeIdNumber(raw: string): string {
  if (NORMAL_18.test(raw)) return raw;
  return halfWidthDigits(raw.replace(/[\s\u3000\ufeff]+/g, '')).replace(/[xＸｘ]/g, 'X');
}

/** The check character for the first 17 digits of an 18-character ID number. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`idCheckChar needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 0x30) * WEIGHTS[i]!;
  return CHECK_CHARS.charAt(sum % 11);
}

/** A 15-digit (pre-1999) ID number as 18 characters: '19' after the area code, then the check character. */
export function convert15to18(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError(`convert15to18 needs 15 digits, got "${id15}"`);
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckChar(first17);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YYYYMMDD → YYYY-MM-DD when it is a real calendar date in 1900 or later, else null. */
function birthDateOf(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function fail<K extends ErrorKey & (IdNumberProblemCode | `${IdNumberProblemCode}.${string}`)>(key: K, ...details: DetailsOf<K>): ParsedIdNumber {
  return { ok: false, code: key.split('.')[0] as IdNumberProblemCode, message: say(key, ...details) };
}

/**
 * Normalises and checks an ID number; returns the 18-character form with the
 * birth date and sex it encodes, or a coded reason with a Chinese message.
 */
export function parseIdNumber(raw: string): ParsedIdNumber {
  const id = normalizeIdNumber(raw);
  if (id.length === 0) return fail('ID_MISSING');

  // The Excel trap: an 18-digit number kept as a number loses its last digits for good.
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(id)) {
    return fail('ID_FORMAT.scientific', { id });
  }

  let id18: string;
  let converted: boolean;
  if (id.length === 15) {
    if (!/^\d{15}$/.test(id)) return fail('ID_FORMAT.digits15');
    converted = true;
    id18 = `${id.slice(0, 6)}19${id.slice(6)}`; // check character appended after the date check
  } else if (id.length === 18) {
    if (!NORMAL_18.test(id)) return fail('ID_FORMAT.shape18');
    converted = false;
    id18 = id;
  } else {
    return fail('ID_FORMAT.length', { length: id.length });
  }

  const datePart = id18.slice(6, 14);
  const birthDate = birthDateOf(datePart);
  if (birthDate === null) {
    const shown = `${datePart.slice(0, 4)}-${datePart.slice(4, 6)}-${datePart.slice(6, 8)}`;
    return fail('ID_FORMAT.birthDate', { shown, tooEarly: Number(datePart.slice(0, 4)) < 1900 });
  }

  const first17 = id18.slice(0, 17);
  const expected = idCheckChar(first17);
  if (converted) {
    id18 = first17 + expected;
  } else if (id18.charAt(17) !== expected) {
    return fail('ID_CHECKSUM.expected', { expected });
  }

  const sex: Sex = Number(id18.charAt(16)) % 2 === 1 ? '男' : '女';
  return { ok: true, idNumber: id18, birthDate, sex, converted };
}

/** '430681********1234': first 6 and last 4 characters shown, the rest masked. */
export function maskIdNumber(id: string): string {
  const s = normalizeIdNumber(id);
  if (s.length <= 10) return '*'.repeat(s.length);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}
