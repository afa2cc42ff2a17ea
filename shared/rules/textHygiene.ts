/**
 * Characters no text of the desk may hold: they cannot be written into an
 * xlsx (XML 1.0 forbids them, and Excel and WPS refuse the whole file), and
 * most of them are invisible. NUL and the other C0 controls except tab, line
 * feed and carriage return; the noncharacters U+FDD0–U+FDEF and the last two
 * code points of every plane (U+FFFE, U+FFFF, U+1FFFE…); surrogates standing
 * alone (half of a character, as a broken copy and paste leaves them).
 * Tab and line breaks are XML-valid and stay allowed (notes have several lines).
 */

import { fieldLabels } from '../words/labels';

const planeEnds = Array.from({ length: 17 }, (_, plane) => {
  const base = (plane * 0x10000).toString(16).toUpperCase().padStart(4, '0').replace(/0000$/, '');
  return `\\u{${base}FFFE}\\u{${base}FFFF}`;
}).join('');
// With the u flag a surrogate pair is one character, so [\uD800-\uDFFF] finds only halves standing alone.
const INVALID = new RegExp(`[\\u{0}-\\u{8}\\u{B}\\u{C}\\u{E}-\\u{1F}\\u{FDD0}-\\u{FDEF}${planeEnds}\\u{D800}-\\u{DFFF}]`, 'u');
const INVALID_ALL = new RegExp(INVALID.source, 'gu');

/** Where the first character a text may not hold is: its place counted in characters as the admin sees them (1-based), or null. */
export function invalidCharacterAt(text: string): number | null {
  const m = INVALID.exec(text);
  if (!m) return null;
  return Array.from(text.slice(0, m.index)).length + 1;
}

/** The text with every such character removed, or replaced (for names the desk only shows, such as a file's name). */
export function withoutInvalidCharacters(text: string, replacement = ''): string {
  return text.replace(INVALID_ALL, replacement);
}

/** How the admin is told about one: 第 3 个字符是…; the caller says what to do. */
export function invalidCharacterHint(position: number): string {
  return `第 ${position} 个字符是无法保存的字符（不可见的控制字符或无效字符，常见于从其他系统复制来的文字）`;
}

/** Chinese names of the argument fields that carry text, for messages. */
const fieldNames: Record<string, string> = {
  name: '名称',
  unitName: '单位名称',
  fromUnitName: '原单位名称',
  idNumber: fieldLabels.idNumber,
  phone: fieldLabels.phone,
  adminName: '管理员姓名',
  adminPhone: '管理员电话',
  adminAccount: '管理员账号',
  account: fieldLabels.account,
  rank: fieldLabels.rank,
  post: fieldLabels.post,
  status: fieldLabels.status,
  notes: fieldLabels.notes,
  note: fieldLabels.notes,
  reason: '原因',
  undoReason: '撤销原因',
  revokedReason: '撤销原因',
  removedNote: '删除说明',
  flagNote: '标记说明',
  counterpart: '对方单位',
  origin: '原单位',
  code: '编码',
  attribute: fieldLabels.unitAttribute,
  query: '查询文字',
  reviewer: '审核人',
  room: '考场',
  title: '标题',
  label: '名称',
  sheet: '工作表名称',
  fileName: '文件名',
  overrides: '列的选择',
  actions: '操作类别',
};

/**
 * The first text anywhere in `value` (strings, array items, object keys and
 * values) holding a character no text may hold, described in Chinese with
 * where it is; null when all text is clean.
 */
export function findInvalidText(value: unknown): string | null {
  const walk = (v: unknown, where: string[]): string | null => {
    if (typeof v === 'string') {
      const at = invalidCharacterAt(v);
      return at === null ? null : `${describePlace(where)}的${invalidCharacterHint(at)}`;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], [...where, `#${i + 1}`]);
        if (found) return found;
      }
      return null;
    }
    if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const keyAt = invalidCharacterAt(key);
        if (keyAt !== null) return `${describePlace([...where, key])}（名称）的${invalidCharacterHint(keyAt)}`;
        const found = walk(item, [...where, key]);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(value, []);
}

/** 备注, 第 2 项的名称, 列的选择: the nearest field with a Chinese name, and the item it is in. */
function describePlace(where: string[]): string {
  const last = (test: (p: string) => boolean) => [...where].reverse().find(test);
  const item = last((p) => p.startsWith('#'));
  const named = last((p) => Object.hasOwn(fieldNames, p));
  const field = named ? fieldNames[named]! : '填写的文字';
  return item ? `第 ${item.slice(1)} 项的${field}` : field;
}
