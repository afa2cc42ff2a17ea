import ExcelJS from 'exceljs';
import { rosterLayout } from '../../electron/core/excel/rosterLayout';

/** exceljs alone: stream-read every row of a workbook, touching each value. */
export async function exceljsStreamRead(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
  for await (const ws of reader) {
    for await (const row of ws) cells += (row.values as unknown[]).length;
  }
  return cells;
}

/** exceljs alone: stream-write the same rows in the same columns. */
export async function exceljsStreamWrite(file: string, rows: string[][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('学员名册');
  ws.columns = rosterLayout.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}
