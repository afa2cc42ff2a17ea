import ExcelJS from 'exceljs';
import { neutralizeFormula } from './safeText';
import { writeAtomically } from './writeAtomically';

/**
 * The 报考 screen's printable tables as Excel: a title row, lines under it,
 * then the table with a bold, frozen header. ID numbers are text cells;
 * text that looks like a formula is neutralised.
 */
export interface SheetTable {
  sheet: string;
  title: string;
  lines: string[];
  columns: { header: string; width: number; text?: boolean }[];
  rows: (string | number)[][];
  footer?: string;
}

export async function writeTableXlsx(file: string, t: SheetTable): Promise<void> {
  await writeAtomically(file, async (temp) => {
    const wb = new ExcelJS.Workbook();
    wb.creator = '学法考法管理台';
    const ws = wb.addWorksheet(t.sheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.columns = t.columns.map((c) => ({ width: c.width, style: c.text ? { numFmt: '@' } : {} }));
    const title = ws.addRow([t.title]);
    title.font = { bold: true, size: 14 };
    ws.mergeCells(title.number, 1, title.number, t.columns.length);
    title.alignment = { horizontal: 'center' };
    for (const line of t.lines) ws.addRow([line]);
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: header.number }];
    ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
    for (const r of t.rows) {
      const row = ws.addRow(r.map((v) => (typeof v === 'string' ? neutralizeFormula(v) : v)));
      row.eachCell((cell) => {
        cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      });
    }
    if (t.footer) {
      ws.addRow([]);
      ws.addRow([t.footer]);
    }
    await wb.xlsx.writeFile(temp);
  });
}
