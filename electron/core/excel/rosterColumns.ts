/**
 * The roster's columns and the header words admins' files use for them.
 * HR exports, platform exports and hand-made sheets name the same column
 * differently; all of these are recognised.
 */
import { rosterFieldLabels, rosterFields, type RosterField } from '../../../shared/excel/schemas';

// One definition of the fields, shared with the contract and the 导入 screen.
export { rosterFields, type RosterField };

/** The header each field is exported under (the template's words). */
export const fieldHeaders = rosterFieldLabels;

export const requiredFields: RosterField[] = ['name', 'idNumber', 'unit'];

const synonyms: Record<RosterField, string[]> = {
  name: ['姓名', '名字', '学员姓名', '人员姓名', '干部姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '证件号码', '证件号', '身份证'],
  unit: ['单位', '单位名称', '所在单位', '工作单位', '所属单位', '单位全称'],
  phone: ['手机号', '手机号码', '联系电话', '手机', '电话', '联系方式', '移动电话'],
  // 帐号 is the older spelling many sheets still use.
  account: ['登录账号', '登录帐号', '平台账号', '平台帐号', '账号', '帐号', '登录名', '用户名', '登录用户名', '学法账号', '学法帐号', '如法网账号', '如法网帐号'],
  rank: ['职级', '职级层次'],
  post: ['职务', '现任职务'],
  status: ['在职状态', '人员状态', '状态'],
  notes: ['备注', '说明'],
};

/** Header text without decoration: spaces, line breaks, required marks, bracketed hints. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[:：]$/, '');
}

const lookup = new Map<string, RosterField>();
for (const field of rosterFields) for (const word of synonyms[field]) lookup.set(word, field);

export function fieldForHeader(text: string): RosterField | null {
  return lookup.get(normalizeHeader(text)) ?? null;
}

export interface ColumnMatch {
  field: RosterField;
  /** 1-based column index in the sheet. */
  column: number;
  /** The header text as it stands in the file (error messages quote it). */
  header: string;
}

/**
 * Matches one row's cells to roster fields; the first column wins when two
 * headers mean the same field. `overrides` (header text → field or null to
 * ignore) are the admin's own choices, remembered from an earlier import.
 */
export function matchColumns(headers: string[], overrides: Record<string, RosterField | null> = {}): ColumnMatch[] {
  const out: ColumnMatch[] = [];
  const taken = new Set<RosterField>();
  headers.forEach((header, i) => {
    const key = normalizeHeader(header);
    if (!key) return;
    // Own keys only: a header named __proto__ or constructor is a header, not a way into Object.prototype.
    const field = Object.hasOwn(overrides, key) ? overrides[key] : fieldForHeader(header);
    if (!field || taken.has(field)) return;
    taken.add(field);
    out.push({ field, column: i + 1, header: header.trim() });
  });
  return out;
}

export function missingRequired(columns: ColumnMatch[]): RosterField[] {
  return requiredFields.filter((f) => !columns.some((c) => c.field === f));
}
