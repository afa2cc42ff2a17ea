import path from 'node:path';
import type { CellValue } from 'exceljs';
import { cellError, cellText, idCellText } from './cellText';
import { CallerError, readCheckedWorkbook } from './checkedWorkbookReader';
import { SpreadsheetFileError } from './fileErrors';
import { fieldHeaders, matchColumns, missingRequired, type ColumnMatch, type RosterField } from './rosterColumns';
import { ownString } from './ownString';
import { restoreNeutralized } from './safeText';
import { firstInTabOrder } from './tabOrder';
import type { SheetRows } from './sheetRows';
import type { XlsxLimits } from './zipGuard';

/** How far down a sheet the header row may sit (title rows and banners above it are normal). */
export const HEADER_SEARCH_ROWS = 30;

/** A header is a few words; one far longer is cut so it cannot ride along in every row's message. */
const HEADER_TEXT_MAX = 200;

/**
 * A sheet formatted down to row 1,048,576 holds that many empty styled rows.
 * After this many blank rows in a row the rest is taken to be such styling
 * and is not read (the sheet's data has ended).
 */
export const BLANK_RUN_LIMIT = 10_000;

/**
 * The most data rows one import reads (three times the largest roster the
 * desk is sized for). Past it the file is refused before it can fill memory.
 */
export const MAX_ROSTER_ROWS = 300_000;

export interface RosterRow {
  /** The sheet's own row number, as Excel shows it. */
  row: number;
  cells: Partial<Record<RosterField, string>>;
  /** Set when the ID cell is a number that lost digits (shown as in Excel). */
  idPrecisionLost?: string;
  /** Cells that show an error instead of a value (see cellError): field → what the cell shows. Their text is empty. */
  cellErrors?: Partial<Record<RosterField, string>>;
}

export interface RosterSheet {
  file: string;
  sheet: string;
  headerRow: number;
  /**
   * The header's first row: headerRow itself, or the row above it when the
   * header takes two rows (姓名 merged down over both, field names under a
   * group heading such as 基本信息).
   */
  headerFrom: number;
  /** Every cell of the header row as text (index 0 is column A), matched or not. */
  headers: string[];
  columns: ColumnMatch[];
  rows: RosterRow[];
  /** Set when reading stopped at this row after BLANK_RUN_LIMIT blank rows (formatting only below). */
  stoppedAtRow?: number;
  /** Rows below the data that are not people (合计, 填表人, a note): never read as rows (the first FOOTER_ROWS_KEPT). */
  footer: FooterRow[];
  /** How many footer rows there were in all. */
  footerTotal: number;
}

/** A line of the sheet's footer (表尾), with its non-blank cells' text. */
export interface FooterRow {
  row: number;
  text: string;
}

/** How many footer rows a read keeps (a sheet with thousands of notes below it is still read). */
export const FOOTER_ROWS_KEPT = 200;

export interface ReadOptions {
  /** Read this sheet (by its tab name); otherwise the first visible sheet with the roster's headers. */
  sheet?: string;
  /**
   * Take this row (the sheet's row number) as the header instead of searching
   * for one: the admin picked it. Without `sheet`, the first visible sheet.
   */
  headerRow?: number;
  /** The admin's own header → field choices. */
  overrides?: Record<string, RosterField | null>;
  limits?: XlsxLimits;
  /** At most this many data rows (MAX_ROSTER_ROWS); tests set a small one. */
  maxRows?: number;
  /** Takes the rows as they are read instead of keeping them (`rows` is then left empty). */
  sink?: RowSink;
}

/**
 * Where rows go as they are read: `header` once the header row is found,
 * then `row` for every non-blank row. When `row` returns a promise, reading
 * waits for it. What the sink throws comes out of readRoster unchanged.
 */
export interface RowSink {
  header(h: Pick<RosterSheet, 'sheet' | 'headerRow' | 'headerFrom' | 'columns'>): void;
  row(r: RosterRow): void | Promise<void>;
}

/**
 * Streams a roster workbook: finds the sheet (the first visible tab with the
 * headers, in tab order) and its header row, then reads every non-blank row
 * below it. Rows keep their sheet row numbers so every message can say where
 * to look.
 */
export async function readRoster(file: string, opts: ReadOptions = {}): Promise<RosterSheet> {
  const name = path.basename(file);
  const looked: string[] = [];
  const picked = await readCheckedWorkbook(file, opts.limits, (sheets) => {
    const max = opts.maxRows ?? MAX_ROSTER_ROWS;
    return firstInTabOrder(
      sheets,
      (sheetName, state) => (opts.sheet !== undefined ? sheetName === opts.sheet : state !== 'hidden' && state !== 'veryHidden'),
      // With a given header row only the first sheet is read (the one asked for, or the first
      // visible tab): it either has that header or is refused.
      (ws, sheetName) => {
        looked.push(sheetName);
        const header: HeaderRule =
          opts.headerRow === undefined
            ? { kind: 'search' }
            : { kind: 'given', row: opts.headerRow, refuse: (missing) => headerRefused(file, name, sheetName, opts.headerRow!, missing) };
        return readSheet(ws, sheetName, header, { ...opts, maxRows: max }, () => tooManyRows(file, name, max));
      },
    );
  });
  if (picked) return { file, sheet: picked.sheet, ...picked.found };
  const wanted = (['name', 'idNumber', 'unit'] as const).map((f) => fieldHeaders[f]);
  if (opts.sheet !== undefined && looked.length === 0) {
    throw SpreadsheetFileError.of(file, 'HEADER_MISSING.noSuchSheet', { name, sheet: opts.sheet });
  }
  throw SpreadsheetFileError.of(file, 'HEADER_MISSING.roster', { name, looked, rows: HEADER_SEARCH_ROWS, wanted });
}

/** Every cell of a row as header text (index 0 is column A), the way the header row is read. */
export function headerCells(values: CellValue[]): string[] {
  const headers: string[] = [];
  for (let i = 1; i < values.length; i++) headers[i - 1] = cellText(values[i]).slice(0, HEADER_TEXT_MAX);
  return Array.from(headers, (h) => h ?? '');
}

/** Search the first rows for the header, or take the row the admin picked (`refuse` says what it lacks). */
type HeaderRule = { kind: 'search' } | { kind: 'given'; row: number; refuse(missing: RosterField[] | 'blank'): SpreadsheetFileError };

/** Why the picked header row cannot be the header: it is blank, or it lacks these required columns. */
function headerRefused(file: string, name: string, sheet: string, row: number, missing: RosterField[] | 'blank'): SpreadsheetFileError {
  if (missing === 'blank') return SpreadsheetFileError.of(file, 'HEADER_MISSING.blankRow', { name, sheet, row });
  return SpreadsheetFileError.of(file, 'HEADER_MISSING.lacking', { name, sheet, row, missing: missing.map((f) => fieldHeaders[f]) });
}

function tooManyRows(file: string, name: string, max: number): SpreadsheetFileError {
  return SpreadsheetFileError.of(file, 'FILE_TOO_LARGE.rows', { name, max });
}

async function readSheet(
  ws: SheetRows,
  sheetName: string,
  header: HeaderRule,
  { overrides, maxRows = MAX_ROSTER_ROWS, sink }: ReadOptions,
  tooMany: () => SpreadsheetFileError,
): Promise<Omit<RosterSheet, 'file' | 'sheet'> | null> {
  let columns: ColumnMatch[] | null = null;
  const footer = new FooterWatch();
  let headerRow = 0;
  let headerFrom = 0;
  let headerTexts: string[] = [];
  // The row just read while looking for the header: the upper half of a two-row header.
  let above: { number: number; texts: string[] } | null = null;
  const rows: RosterRow[] = [];
  let count = 0;
  let lastDataRow = 0;
  for await (const row of ws) {
    const { values } = row;
    if (!columns) {
      if (header.kind === 'given') {
        if (row.number < header.row) {
          above = { number: row.number, texts: headerCells(values) };
          continue;
        }
        // The streaming reader skips blank rows: a later row means the picked one is blank.
        if (row.number > header.row) throw header.refuse('blank');
      } else if (row.number > HEADER_SEARCH_ROWS) return null;
      const own = headerCells(values);
      const found = headerOf(own, above?.number === row.number - 1 ? above : null, overrides);
      if (found.missing.length > 0 && header.kind === 'given') throw header.refuse(own.every((t) => !t.trim()) ? 'blank' : found.missing);
      if (found.missing.length === 0) {
        columns = found.match;
        headerRow = row.number;
        headerFrom = found.from ?? row.number;
        headerTexts = found.texts;
        sink?.header({ sheet: sheetName, headerRow, headerFrom, columns });
      }
      above = { number: row.number, texts: own };
      continue;
    }
    const parsed = toRosterRow(row.number, values, columns, ws.formulaResultsStale);
    if (parsed && footer.takes(row.number, values, parsed, Math.max(lastDataRow, headerRow))) {
      lastDataRow = row.number;
    } else if (parsed) {
      if (++count > maxRows) throw tooMany();
      if (!sink) rows.push(parsed);
      else {
        try {
          const taken = sink.row(parsed);
          if (taken) await taken;
        } catch (e) {
          throw new CallerError(e);
        }
      }
      lastDataRow = row.number;
    } else if (row.number - Math.max(lastDataRow, headerRow) > BLANK_RUN_LIMIT) {
      return { headerRow, headerFrom, headers: headerTexts, columns, rows, stoppedAtRow: row.number, ...footer.found() };
    }
  }
  if (!columns && header.kind === 'given') throw header.refuse('blank');
  return columns ? { headerRow, headerFrom, headers: headerTexts, columns, rows, ...footer.found() } : null;
}

/**
 * A row as the header: by itself, or, when it lacks a required column and the
 * row just above it was read, stacked on that row. Stacked, each column is
 * read by the lower row's text, or the upper row's where the lower is blank:
 * a cell merged down over both rows (姓名) has its text in the upper row only,
 * and field names under a group heading (基本信息 over 身份证号 and 单位) are
 * in the lower row.
 */
function headerOf(
  own: string[],
  above: { number: number; texts: string[] } | null,
  overrides: ReadOptions['overrides'],
): { match: ColumnMatch[]; missing: RosterField[]; texts: string[]; from: number | null } {
  const match = matchColumns(own, overrides);
  const missing = missingRequired(match);
  if (missing.length === 0 || !above) return { match, missing, texts: own, from: null };
  const texts = Array.from({ length: Math.max(own.length, above.texts.length) }, (_, i) => (own[i]?.trim() ? own[i]! : (above.texts[i] ?? '')));
  const stacked = matchColumns(texts, overrides);
  const stackedMissing = missingRequired(stacked);
  // Taken only when it is the header the row alone is not; otherwise the row's own refusal stands.
  return stackedMissing.length === 0 ? { match: stacked, missing: [], texts, from: above.number } : { match, missing, texts: own, from: null };
}

function toRosterRow(rowNumber: number, values: CellValue[], columns: ColumnMatch[], formulaResultsStale: boolean): RosterRow | null {
  const cells: RosterRow['cells'] = {};
  let blank = true;
  let idPrecisionLost: string | undefined;
  let cellErrors: RosterRow['cellErrors'];
  for (const c of columns) {
    const raw = values[c.column];
    const shown = cellError(raw, formulaResultsStale);
    if (shown !== null) {
      (cellErrors ??= {})[c.field] = ownString(shown);
      cells[c.field] = '';
      blank = false;
      continue;
    }
    let text: string;
    if (c.field === 'idNumber') {
      const id = idCellText(raw);
      if ('precisionLost' in id) {
        idPrecisionLost = id.precisionLost;
        text = id.precisionLost;
      } else text = id.text;
    } else text = cellText(raw);
    text = ownString(restoreNeutralized(text.trim()));
    if (text) blank = false;
    cells[c.field] = text;
  }
  if (blank) return null;
  return {
    row: rowNumber,
    cells,
    ...(idPrecisionLost === undefined ? {} : { idPrecisionLost }),
    ...(cellErrors === undefined ? {} : { cellErrors }),
  };
}

/** Words that open an HR footer line: totals, who filled the sheet in, a date, a phone number. */
const FOOTER_WORDS = /^\s*(合\s*计|总\s*计|小\s*计)|填\s*表\s*人|制\s*表\s*人|审\s*核\s*人|填\s*报\s*人|负\s*责\s*人|联\s*系\s*电\s*话|填\s*表\s*日\s*期|制\s*表\s*日\s*期|填\s*报\s*日\s*期|单\s*位\s*[（(]\s*盖\s*章/;
/** A note under a table: 注：…, 说明：…, 备注：… */
const NOTE_START = /^\s*(注|说\s*明|备\s*注)\s*[:：\d１-９.、]/;
/** A lone cell in the 姓名 column that could be a person's name (short, no punctuation): a person with the rest missing, not a note. */
function looksLikeName(parsed: RosterRow, cell: string): boolean {
  return parsed.cells.name === cell && cell.length <= 6 && !/[\p{P}\d]/u.test(cell);
}
/** Something an ID number could be (15 or 18 characters of digits, the last maybe X): a row with one is a person, never footer. */
const ID_LIKE = /\d{15}|\d{17}[\dXx]/;

/**
 * Tells the footer below a roster's data from the data: a line with 合计,
 * 填表人, 联系电话 and the like, or a note (注：…, or a lone cell) after
 * blank rows. From the first footer line on, a row without an ID number is
 * footer too; a row with one is always a person.
 */
class FooterWatch {
  private rows: FooterRow[] = [];
  private total = 0;
  private started = false;

  takes(rowNumber: number, values: CellValue[], parsed: RosterRow, previousRow: number): boolean {
    if (ID_LIKE.test(parsed.cells.idNumber ?? '')) return false;
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) {
      const text = cellError(values[i]) === null ? cellText(values[i]).trim() : '';
      if (text) cells.push(ownString(text));
    }
    const afterGap = rowNumber > previousRow + 1;
    const footer =
      this.started ||
      cells.some((c) => FOOTER_WORDS.test(c)) ||
      (afterGap && ((cells.length === 1 && !looksLikeName(parsed, cells[0]!)) || NOTE_START.test(cells[0] ?? '')));
    if (!footer) return false;
    this.started = true;
    if (this.total++ < FOOTER_ROWS_KEPT) this.rows.push({ row: rowNumber, text: cells.join('  ').slice(0, HEADER_TEXT_MAX) });
    return true;
  }

  found(): Pick<RosterSheet, 'footer' | 'footerTotal'> {
    return { footer: this.rows, footerTotal: this.total };
  }
}
