import path from 'node:path';
import type { CellValue } from 'exceljs';
import { cellText, idCellText } from './cellText';
import { readCheckedWorkbook } from './checkedWorkbookReader';
import { SpreadsheetFileError } from './fileErrors';
import { BLANK_RUN_LIMIT, HEADER_SEARCH_ROWS } from './readRoster';
import { normalizeHeader } from './rosterColumns';
import { ownString } from './ownString';
import { restoreNeutralized } from './safeText';
import { firstInTabOrder } from './tabOrder';
import type { SheetRows } from './sheetRows';

/**
 * A streaming reader for the platform's own exports (credits, results):
 * the same safety gate, cell reading and header search as the roster
 * reader, with the columns given by the caller. An 'idNumber' column is read
 * with the Excel-trap check.
 */
export interface TableSpec<F extends string> {
  /** The header words of each field. */
  synonyms: Record<F, string[]>;
  /** Groups of fields: the header row must hold at least one field of every group. */
  required: F[][];
  /** What the file is, for messages: 学分文件, 考试结果文件. */
  what: string;
}

export interface TableColumn<F extends string> {
  field: F;
  column: number;
  header: string;
}

export interface TableRow<F extends string> {
  row: number;
  cells: Partial<Record<F, string>>;
  idPrecisionLost?: string;
}

export interface TableSheet<F extends string> {
  sheet: string;
  headerRow: number;
  columns: TableColumn<F>[];
  rows: TableRow<F>[];
  /** The text of each non-empty row above the header (the file's title rows, such as “数据截至 2024-08-31”). */
  titles: string[];
}

export function matchTableColumns<F extends string>(spec: TableSpec<F>, headers: string[]): TableColumn<F>[] {
  const lookup = new Map<string, F>();
  for (const field of Object.keys(spec.synonyms) as F[]) for (const w of spec.synonyms[field]) lookup.set(normalizeHeader(w), field);
  const out: TableColumn<F>[] = [];
  headers.forEach((h, i) => {
    const field = lookup.get(normalizeHeader(h));
    if (field && !out.some((c) => c.field === field)) out.push({ field, column: i + 1, header: h.trim() });
  });
  return out;
}

function complete<F extends string>(spec: TableSpec<F>, columns: TableColumn<F>[]): boolean {
  return spec.required.every((group) => group.some((f) => columns.some((c) => c.field === f)));
}

export async function readTable<F extends string>(file: string, spec: TableSpec<F>): Promise<TableSheet<F>> {
  const picked = await readCheckedWorkbook(file, undefined, (sheets) =>
    firstInTabOrder(
      sheets,
      (_, state) => state !== 'hidden' && state !== 'veryHidden',
      (ws) => readSheet(ws, spec),
    ),
  );
  if (picked) return { sheet: picked.sheet, ...picked.found };
  const name = path.basename(file);
  const wanted = spec.required.map((g) => g.map((f) => spec.synonyms[f][0] ?? ''));
  throw SpreadsheetFileError.of(file, 'HEADER_MISSING.table', { name, rows: HEADER_SEARCH_ROWS, what: spec.what, wanted });
}

async function readSheet<F extends string>(ws: SheetRows, spec: TableSpec<F>): Promise<Omit<TableSheet<F>, 'sheet'> | null> {
  let columns: TableColumn<F>[] | null = null;
  let headerRow = 0;
  let lastDataRow = 0;
  const rows: TableRow<F>[] = [];
  const titles: string[] = [];
  for await (const row of ws) {
    const values = row.values;
    if (!columns) {
      if (row.number > HEADER_SEARCH_ROWS) return null;
      const headers = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
      const match = matchTableColumns(spec, headers);
      if (complete(spec, match)) {
        columns = match;
        headerRow = row.number;
      } else {
        const text = headers.map((h) => h.trim()).filter(Boolean).join(' ');
        if (text) titles.push(ownString(text.slice(0, 500)));
      }
      continue;
    }
    const parsed = toRow(row.number, values, columns);
    if (parsed) {
      rows.push(parsed);
      lastDataRow = row.number;
    } else if (row.number - Math.max(lastDataRow, headerRow) > BLANK_RUN_LIMIT) break;
  }
  return columns ? { headerRow, columns, rows, titles } : null;
}

function toRow<F extends string>(rowNumber: number, values: CellValue[], columns: TableColumn<F>[]): TableRow<F> | null {
  const out: TableRow<F> = { row: rowNumber, cells: {} };
  let blank = true;
  for (const c of columns) {
    let text: string;
    if (c.field === 'idNumber') {
      const id = idCellText(values[c.column]);
      if ('precisionLost' in id) {
        out.idPrecisionLost = id.precisionLost;
        text = id.precisionLost;
      } else text = id.text;
    } else text = cellText(values[c.column]);
    text = ownString(restoreNeutralized(text.trim()));
    if (text) blank = false;
    out.cells[c.field] = text;
  }
  return blank ? null : out;
}
