/** Mainland mobile phone numbers. */
import { say, type Said } from '../words/errors';

const MOBILE = /^1[3-9]\d{9}$/;

/** Trim, full-width digits to half-width, drop spaces (U+3000 included) and hyphens. */
export function normalizePhone(raw: string): string {
  if (MOBILE.test(raw)) return raw;
  return raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\s\u3000\ufeff\-－]+/g, '');
}

/** Why a mobile number cannot be used, or null when it is empty or a valid mainland mobile. */
export function phoneProblem(raw: string): Said | null {
  const phone = normalizePhone(raw);
  if (phone.length === 0 || MOBILE.test(phone)) return null;
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(phone)) return say('PHONE_FORMAT.scientific');
  if (!/^\d+$/.test(phone)) return say('PHONE_FORMAT.digitsOnly');
  if (phone.length !== 11) return say('PHONE_FORMAT.length', { length: phone.length });
  if (!phone.startsWith('1')) return say('PHONE_FORMAT.startsWith1');
  return say('PHONE_FORMAT.secondDigit');
}
