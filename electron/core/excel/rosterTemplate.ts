import ExcelJS from 'exceljs';
import { staffStatuses } from '../../../shared/staff/schemas';
import { rosterLayout } from './rosterLayout';
import { writeAtomically } from './writeAtomically';
import { fieldLabels } from '../../../shared/words/labels';

const TEMPLATE_ROWS = 5000;

/** Spreadsheet column letter for a 1-based index (1 → A, 27 → AA). */
function letter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * A blank roster template: the import's columns, the ID and phone columns
 * pre-formatted as text, drop-downs for 在职状态 and 职级, and a sheet of
 * instructions.
 */
export async function writeRosterTemplate(file: string, ranks: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '学法考法管理台';
  const ws = wb.addWorksheet('学员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = rosterLayout.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  ws.getRow(1).font = { bold: true };
  rosterLayout.forEach((c, i) => {
    if (c.note) ws.getCell(1, i + 1).note = c.note;
  });

  const lists = wb.addWorksheet('下拉选项', { state: 'hidden' });
  ranks.forEach((r, i) => (lists.getCell(i + 1, 1).value = r));

  const col = (key: string) => letter(rosterLayout.findIndex((c) => c.key === key) + 1);
  // exceljs writes a range-keyed validation as one sqref; its typings omit the collection.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${col('status')}2:${col('status')}${TEMPLATE_ROWS}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${staffStatuses.join(',')}"`],
    showErrorMessage: true,
    errorTitle: fieldLabels.status,
    error: '请从列表中选择：在职、退休、离职、调离',
  });
  if (ranks.length > 0) {
    validations.add(`${col('rank')}2:${col('rank')}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`下拉选项!$A$1:$A$${ranks.length}`],
      showErrorMessage: true,
      errorTitle: fieldLabels.rank,
      error: '请从列表中选择职级（列表在“设置 → 职级列表”中维护）',
    });
  }

  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  [
    '学员名册导入模板（学法考法管理台）',
    '',
    '1. 必填列：姓名、身份证号、单位。表头可以在第一行，也可以在标题行之下。',
    '2. 身份证号列已设为文本格式。请不要改成“常规”或“数值”：Excel 只保留 15 位有效数字，18 位身份证号的后几位会永久丢失，这样的行会被拒绝导入。',
    '3. 单位：写单位名称（名称唯一时），或从一级单位起的完整路径，如：汨罗市司法局/公证处（也可用 ＞ 分隔）。',
    '4. 性别、出生日期由身份证号自动得出，导入时不读取这两列。',
    '5. 在职状态和职级请从下拉列表选择。',
    '6. 导入时先试运行，列出新增、变更、单位调动和所有错误（含行号和列名），确认后再一次性写入；写入前自动备份。',
    '7. 名册中有而文件中没有的人员只会被列出，不会被删除。',
  ].forEach((line, i) => {
    help.getCell(i + 1, 1).value = line;
    help.getCell(i + 1, 1).alignment = { wrapText: true };
  });
  help.getRow(1).font = { bold: true, size: 14 };

  await writeAtomically(file, (temp) => wb.xlsx.writeFile(temp));
}
