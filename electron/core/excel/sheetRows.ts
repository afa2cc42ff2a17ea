import { createRequire } from 'node:module';
import type { CellValue } from 'exceljs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** exceljs's own rules: which number formats show a date, and the date a serial number stands for. */
const { isDateFmt, excelToDate } = createRequire(import.meta.url)('exceljs/lib/utils/utils.js') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean): Date;
};

/** One <row> of a sheet: its number as Excel shows it, and its cells' values by column (index 1 is column A). */
export interface SheetRow {
  number: number;
  values: CellValue[];
}

/** What a sheet's cells refer to in the rest of the workbook, as exceljs's workbook reader has read it. */
export interface SheetContext {
  /** The shared strings, in order (text, or rich text). */
  sharedStrings?: CellValue[];
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
  /** The workbook's properties: whether its dates count from 1904. */
  properties?: { model?: { date1904?: boolean } };
  /**
   * The workbook asks to be recalculated when opened (calcPr fullCalcOnLoad):
   * the results stored with its formulas may be placeholders (XlsxWriter stores
   * 0 for every one), so no formula's stored result is data.
   */
  formulaResultsStale?: boolean;
}

/** The widest sheet Excel makes (XFD). A reference beyond it is not a cell. */
const MAX_COLUMN = 16_384;
const CELL_REF = /^([A-Z]{1,3})\d+$/;

interface Text {
  text: string;
}

/** A <c> being read: its attributes, and the text of its formula and value. */
interface OpenCell {
  column: number;
  style: number;
  type: string | undefined;
  formula: Text | null;
  value: Text | null;
  inline: boolean;
  phonetic: boolean;
}

/**
 * A worksheet's rows straight from its XML: the values of each row's cells,
 * nothing else. exceljs's own streaming worksheet reader builds a whole cell
 * model for every cell (an address checked and encoded, a style object, a
 * typed value wrapper) only for the roster reader to take its value back out;
 * at 100,000 rows that was more of the import's time than parsing the XML.
 * The XML is parsed by saxes, as in exceljs; what a cell's value is follows
 * exceljs's worksheet reader (with this project's patch to it): shared and
 * inline strings (rich runs joined, phonetic readings left out), numbers,
 * dates by the cell's number format, booleans, errors, and formulas with
 * their cached result in its own type. Two things differ, both towards what
 * the cell shows: text is not entity-decoded a second time (a cell reading
 * "&lt;" stays so), and a formula whose result is 0, false or empty keeps it
 * (exceljs drops a falsy result, which read as "no result").
 */
export class SheetRows implements AsyncIterable<SheetRow> {
  /** The tab's name and state, set from the workbook by the reader that hands the sheet out. */
  name: string;
  state?: string;
  id: string;

  constructor(
    private readonly workbook: SheetContext,
    /** The sheet part's bytes (read lazily, closed when reading stops). */
    readonly iterator: AsyncIterable<Buffer>,
    sheetNo: string,
  ) {
    this.id = sheetNo;
    this.name = `Sheet${sheetNo}`;
  }

  /** See SheetContext.formulaResultsStale. */
  get formulaResultsStale(): boolean {
    return this.workbook.formulaResultsStale === true;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SheetRow> {
    for await (const rows of this.batches()) yield* rows;
  }

  /** The rows, a chunk of the part at a time (every row completed by that chunk). */
  async *batches(): AsyncGenerator<SheetRow[]> {
    const { sharedStrings, styles, properties } = this.workbook;
    const date1904 = Boolean(properties?.model?.date1904);
    const dateStyles = new Map<number, boolean>();
    // Style 0 (or none) is the default, never a date; exceljs looks no further either.
    const isDate = (style: number) => {
      if (!style) return false;
      let known = dateStyles.get(style);
      if (known === undefined) dateStyles.set(style, (known = isDateFmt(styles.getStyleModel(style)?.numFmt)));
      return known;
    };
    const number = (c: OpenCell, text: string) => (isDate(c.style) ? excelToDate(parseFloat(text), date1904) : parseFloat(text));

    let done: SheetRow[] = [];
    let inRows = false;
    let row: SheetRow | null = null;
    let lastRow = 0;
    let lastColumn = 0;
    let c: OpenCell | null = null;
    let current: Text | null = null;
    // What is wrong with the sheet, said where it is, in the words the admin's message is in.
    const broken = (what: string) => new Error(`工作表“${this.name}”${what}`);
    const parser = new SaxesParser();
    let error: Error | null = null;
    // Where the first error was met: the row and cell open at that moment.
    let errorAt = '';
    parser.on('error', (e) => {
      if (error) return;
      error = e;
      errorAt = row ? `第 ${row.number} 行${c ? `（单元格 ${columnLetters(c.column)}${row.number}）` : ''}` : `第 ${lastRow} 行之后`;
    });
    parser.on('text', (text) => {
      if (current) current.text += text;
    });
    parser.on('opentag', (node: SaxesTagPlain) => {
      switch (node.name) {
        case 'sheetData':
          inRows = true;
          break;
        case 'row':
          if (inRows) {
            const number = rowNumberOf(node.attributes.r, lastRow);
            if (number === null) throw broken(`有一行的行号“${String(node.attributes.r).slice(0, 20)}”不是数字`);
            row = { number: (lastRow = number), values: [] };
            lastColumn = 0;
          }
          break;
        case 'c':
          if (row) {
            const { r, s } = node.attributes;
            const column = columnOf(r, lastColumn);
            if (column === null) throw broken(`第 ${lastRow} 行${r === undefined ? '有单元格在最后一列（XFD）之后' : `的单元格位置“${r.slice(0, 20)}”不存在（最后一列是 XFD）`}`);
            c = { column: (lastColumn = column), style: s === undefined ? 0 : parseInt(s, 10), type: node.attributes.t, formula: null, value: null, inline: false, phonetic: false };
          }
          break;
        case 'f':
          if (c) current = c.formula = { text: '' };
          break;
        case 'v':
          if (c) current = c.value = { text: '' };
          break;
        case 'is':
          if (c) {
            current = c.value = { text: '' };
            c.inline = true;
          }
          break;
        case 't':
          // The runs of a rich inline string are one text; a phonetic reading (<rPh>) is not part of it.
          if (c) current = c.inline ? (c.phonetic ? null : c.value) : (c.value = { text: '' });
          break;
        case 'rPh':
          if (c) {
            c.phonetic = true;
            current = null;
          }
          break;
        default:
          break;
      }
    });
    parser.on('closetag', (node) => {
      switch (node.name) {
        case 'sheetData':
          inRows = false;
          break;
        case 'f':
        case 'v':
        case 't':
          current = null;
          break;
        case 'rPh':
          if (c) c.phonetic = false;
          break;
        case 'c':
          if (row && c) {
            const value = cellValue(c, sharedStrings, number);
            if (value !== undefined && value !== null) row.values[c.column] = value;
          }
          c = null;
          current = null;
          break;
        case 'row':
          if (row) done.push(row);
          row = null;
          break;
        default:
          break;
      }
    });

    // One decoder across chunks: a character split between two chunks stays whole.
    const decoder = new TextDecoder('utf-8');
    // XML 1.0 forbids NUL, most controls, U+FFFE and U+FFFF, raw or as &#…; references: said where it is.
    const unreadable = (e: Error): Error => {
      if (!/disallowed character|malformed character entity/.test(e.message)) return e;
      return broken(`${errorAt}含有无法读取的字符（不可见的控制字符或无效字符），请在文件中删除该字符后再导入`);
    };
    const take = function* (text: string) {
      parser.write(text);
      if (error) throw unreadable(error);
      if (done.length > 0) {
        yield done;
        done = [];
      }
    };
    for await (const chunk of this.iterator) yield* take(decoder.decode(chunk, { stream: true }));
    yield* take(decoder.decode());
    parser.close();
    if (error) throw broken(`${lastRow ? `在第 ${lastRow} 行之后` : ''}中断，文件不完整`);
  }
}

/** A row's number as Excel shows it (a row without one follows the one before it); null when it is no row number. */
function rowNumberOf(r: string | undefined, previous: number): number | null {
  if (r === undefined) return previous + 1;
  return /^\d{1,7}$/.test(r) && Number(r) >= 1 ? Number(r) : null;
}

/** The column of a cell reference (A1 → 1; a cell without one follows the one before it); null past XFD or when it is no reference. */
/** A column's letters as Excel shows them: 1 → A, 28 → AB. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnOf(ref: string | undefined, previous: number): number | null {
  let column = previous + 1;
  if (ref !== undefined) {
    const letters = CELL_REF.exec(ref)?.[1] ?? '';
    column = 0;
    for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  }
  return column >= 1 && column <= MAX_COLUMN ? column : null;
}

/** A cell's value as exceljs gives it, from its type attribute and text; undefined when it holds none. */
function cellValue(c: OpenCell, sharedStrings: CellValue[] | undefined, number: (c: OpenCell, text: string) => number | Date): CellValue | undefined {
  if (c.formula) {
    const value: { formula: string; result?: CellValue } = { formula: c.formula.text };
    if (c.value) value.result = typed(c, c.value.text, number);
    return value as CellValue;
  }
  if (!c.value) return undefined;
  if (c.type === 's') return sharedStrings?.[parseInt(c.value.text, 10)];
  return typed(c, c.value.text, number);
}

function typed(c: OpenCell, text: string, number: (c: OpenCell, text: string) => number | Date): CellValue {
  switch (c.type) {
    case 'inlineStr':
    case 'str':
      return text;
    case 'e':
      return { error: text } as CellValue;
    case 'b':
      return parseInt(text, 10) !== 0;
    default:
      return number(c, text);
  }
}
