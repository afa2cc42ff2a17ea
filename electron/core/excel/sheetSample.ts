import { readCheckedWorkbook } from './checkedWorkbookReader';
import { SpreadsheetFileError } from './fileErrors';
import { HEADER_SEARCH_ROWS, headerCells } from './readRoster';
import { listSheets, type SheetInfo } from './sheetNames';
import type { SheetRows } from './sheetRows';
import type { XlsxLimits } from './zipGuard';

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
  // Reading stops early: readCheckedWorkbook closes the file then, not when the process ends.
  return readCheckedWorkbook(file, opts.limits, async (sheets, { name }) => {
    const list = await listSheets(file);
    const target = opts.sheet ?? (list.find((s) => !s.hidden) ?? list[0])?.name;
    if (target === undefined) throw SpreadsheetFileError.of(file, 'FILE_UNREADABLE.noSheets', { name });
    if (!list.some((s) => s.name === target)) throw SpreadsheetFileError.of(file, 'HEADER_MISSING.noSuchSheet', { name, sheet: target });
    // A sheet passed over is never opened (its part is opened when it is read).
    for await (const ws of sheets) if (ws.name === target) return { sheets: list, sheet: target, ...(await firstRows(ws)) };
    return { sheets: list, sheet: target, rows: [], moreColumns: false };
  });
}

async function firstRows(ws: SheetRows): Promise<Pick<SheetSample, 'rows' | 'moreColumns'>> {
  const rows: SampleRow[] = [];
  let moreColumns = false;
  for await (const row of ws) {
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
