import path from 'node:path';
import ExcelJS from 'exceljs';

/** Writes a one-sheet workbook of the given rows (first row usually the headers). */
export async function writeSheet(dir: string, name: string, rows: ExcelJS.CellValue[][], sheet = '名册'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
