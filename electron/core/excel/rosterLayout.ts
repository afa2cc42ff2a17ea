import type { RosterField } from './rosterColumns';
import { fieldLabels } from '../../../shared/words/labels';

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
  { header: fieldLabels.name, key: 'name', width: 10, note: '必填' },
  { header: fieldLabels.idNumber, key: 'idNumber', width: 21, text: true, note: '必填，18 位；本列为文本格式，请勿改为数字' },
  { header: fieldLabels.sex, key: 'sex', width: 6, note: '由身份证号得出，导入时不读取' },
  { header: fieldLabels.birthDate, key: 'birthDate', width: 12, note: '由身份证号得出，导入时不读取' },
  { header: fieldLabels.unit, key: 'unit', width: 30, note: '必填：单位名称（唯一时）或从一级单位起的路径，如 汨罗市司法局/公证处' },
  { header: fieldLabels.phone, key: 'phone', width: 14, text: true },
  { header: fieldLabels.account, key: 'account', width: 14, text: true, note: '如法网登录账号，通常为手机号' },
  { header: fieldLabels.rank, key: 'rank', width: 14, note: '从下拉列表选择' },
  { header: fieldLabels.post, key: 'post', width: 14 },
  { header: fieldLabels.status, key: 'status', width: 10, note: '在职 / 退休 / 离职 / 调离' },
  { header: fieldLabels.notes, key: 'notes', width: 24 },
];
