import type { CellValue } from 'exceljs';
import { CheckedWorkbookReader } from './checkedWorkbookReader';
import { SpreadsheetFileError } from './fileErrors';
import { HEADER_SEARCH_ROWS, headerCells } from './readRoster';
import { listSheets, type SheetInfo } from './sheetNames';
import { openCheckedXlsx, type XlsxLimits } from './zipGuard';

/** As many rows as the header search looks at: the header row is picked among them. */
export const SAMPLE_ROWS = HEADER_SEARCH_ROWS;
/** Columns shown per row; a roster's three required columns sit well within them. */
export const SAMPLE_COLUMNS = 60;

export interface SampleRow {
  /** The sheet's own row number. */
  row: number;
  /** Cell text as the header row would be read (index 0 is column A), trailing blanks dropped. */
  cells: string[];
}

export interface SheetSample {
  /** Every sheet in tab order, hidden ones marked. */
  sheets: SheetInfo[];
  /** The sheet read: the one asked for, or the first visible one. */
  sheet: string;
  /** The non-blank rows among the first SAMPLE_ROWS. */
  rows: SampleRow[];
  /** Some row had cells past SAMPLE_COLUMNS (not shown). */
  moreColumns: boolean;
}

/**
 * The first rows of one sheet as text, for an admin to point at the header
 * row when the desk cannot find it. Streaming, behind the same zip check and
 * with the same errors as the roster reader; reading stops at SAMPLE_ROWS.
 */
export async function readSheetSample(file: string, opts: { sheet?: string; limits?: XlsxLimits } = {}): Promise<SheetSample> {
  const checked = await openCheckedXlsx(file, opts.limits);
  const { name } = checked;
  try {
    const sheets = await listSheets(file);
    const target = opts.sheet ?? (sheets.find((s) => !s.hidden) ?? sheets[0])?.name;
    if (target === undefined) throw new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} 中没有工作表，无法读取。`);
    if (!sheets.some((s) => s.name === target)) throw new SpreadsheetFileError('HEADER_MISSING', file, `${name} 中没有名为“${target}”的工作表。`);
    const reader = new CheckedWorkbookReader(checked);
    for await (const ws of reader) {
      // A sheet passed over is never opened (CheckedWorkbookReader opens a sheet's part when it is read).
      if ((ws as unknown as { name: string }).name !== target) continue;
      return { sheets, sheet: target, ...(await firstRows(ws)) };
    }
    return { sheets, sheet: target, rows: [], moreColumns: false };
  } catch (e) {
    if (e instanceof SpreadsheetFileError) throw e;
    throw new SpreadsheetFileError('FILE_UNREADABLE', file, `${name} 的内容无法解析（${(e as Error).message}），请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`);
  } finally {
    // Reading stops early: the file is closed here, not left open until the process ends.
    checked.close();
  }
}

async function firstRows(ws: unknown): Promise<Pick<SheetSample, 'rows' | 'moreColumns'>> {
  const rows: SampleRow[] = [];
  let moreColumns = false;
  for await (const row of ws as AsyncIterable<{ number: number; values: CellValue[] }>) {
    if (row.number > SAMPLE_ROWS) break;
    const cells = headerCells(row.values);
    let width = cells.length;
    while (width > 0 && !cells[width - 1]!.trim()) width--;
    if (width === 0) continue;
    if (width > SAMPLE_COLUMNS) moreColumns = true;
    rows.push({ row: row.number, cells: cells.slice(0, Math.min(width, SAMPLE_COLUMNS)) });
  }
  return { rows, moreColumns };
}
