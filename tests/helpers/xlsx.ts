import path from 'node:path';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../../shared/rules/idNumber';

/** Writes a one-sheet workbook of the given rows (first row usually the headers). */
export async function writeSheet(dir: string, name: string, rows: ExcelJS.CellValue[][], sheet = '名册'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A valid 18-character ID number for a birth date and sequence (odd = male). */
export function validId(birth: string, seq: number, area = '430681'): string {
  const first17 = `${area}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
