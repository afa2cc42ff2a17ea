/** Mainland mobile phone numbers. */

const MOBILE = /^1[3-9]\d{9}$/;

/** Trim, full-width digits to half-width, drop spaces (U+3000 included) and hyphens. */
export function normalizePhone(raw: string): string {
  if (MOBILE.test(raw)) return raw;
  return raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\s\u3000\ufeff\-－]+/g, '');
}

/** Why a mobile number cannot be used, or null when it is empty or a valid mainland mobile. */
export function phoneProblem(raw: string): string | null {
  const phone = normalizePhone(raw);
  if (phone.length === 0 || MOBILE.test(phone)) return null;
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(phone)) {
    return '手机号码被 Excel 存成了科学计数法，部分数字已丢失；请把该列设为文本格式后重新填写';
  }
  if (!/^\d+$/.test(phone)) return '手机号码只能包含数字';
  if (phone.length !== 11) return `手机号码应为 11 位数字，以 1 开头（当前为 ${phone.length} 位）`;
  if (!phone.startsWith('1')) return '手机号码应为 11 位数字，以 1 开头';
  return '手机号码第 2 位应为 3–9，请核对';
}
