import type { RosterField } from './rosterColumns';

/**
 * The roster's columns in exports and the template, in order. Sex and birth
 * date are shown for reading; the importer derives them from the ID number
 * and ignores those two columns.
 */
export interface LayoutColumn {
  header: string;
  key: RosterField | 'sex' | 'birthDate';
  width: number;
  /** Text format, so IDs and phone numbers stay text when typed into the sheet. */
  text?: boolean;
  note?: string;
}

export const rosterLayout: LayoutColumn[] = [
  { header: '姓名', key: 'name', width: 10, note: '必填' },
  { header: '身份证号', key: 'idNumber', width: 21, text: true, note: '必填，18 位；本列为文本格式，请勿改为数字' },
  { header: '性别', key: 'sex', width: 6, note: '由身份证号得出，导入时不读取' },
  { header: '出生日期', key: 'birthDate', width: 12, note: '由身份证号得出，导入时不读取' },
  { header: '单位', key: 'unit', width: 30, note: '必填：单位名称（唯一时）或从一级单位起的路径，如 汨罗市司法局/公证处' },
  { header: '手机号码', key: 'phone', width: 14, text: true },
  { header: '登录账号', key: 'account', width: 14, text: true, note: '如法网登录账号，通常为手机号' },
  { header: '职级', key: 'rank', width: 14, note: '从下拉列表选择' },
  { header: '职务', key: 'post', width: 14 },
  { header: '在职状态', key: 'status', width: 10, note: '在职 / 退休 / 离职 / 调离' },
  { header: '备注', key: 'notes', width: 24 },
];
