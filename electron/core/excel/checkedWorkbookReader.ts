import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type yauzl from 'yauzl';
import { SpreadsheetFileError } from './fileErrors';
import { SheetRows, type SheetContext } from './sheetRows';
import { openCheckedXlsx, readPart, type CheckedXlsx, type XlsxLimits } from './zipGuard';

/** exceljs's streaming reader, as far as this file takes part in it (its parts' parsers are kept as they are). */
interface ReaderInternals extends SheetContext {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId?: string; id?: number | string; name?: string; state?: string }[] };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
}

/**
 * How every reader reads a workbook: shared strings and styles kept (a cell's
 * text and whether its number is a date), each sheet handed out to be read
 * as rows; a hyperlink's cell is read as its text, the link itself is not.
 */
const READ_OPTIONS: ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1] = {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
  entries: 'emit',
};

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The workbook's calcPr asks for every formula to be recalculated when the file is opened. */
const RECALC_ON_LOAD = /<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']/;

/** Carries an error of the caller's own (not the file's) through readCheckedWorkbook as it is. */
export class CallerError extends Error {
  constructor(readonly error: unknown) {
    super('caller failed');
  }
}

/**
 * How every reader reads a workbook: the zip checked (openCheckedXlsx), then
 * its sheets handed to `read` in tab order, and the file closed whatever
 * happens. What goes wrong in parsing becomes the admin's "cannot be read,
 * save it again" message (FILE_UNREADABLE); a SpreadsheetFileError (a
 * refusal of the reader's own) comes out as it is, and so does the error a
 * CallerError carries.
 */
export async function readCheckedWorkbook<T>(
  file: string,
  limits: XlsxLimits | undefined,
  read: (sheets: AsyncIterable<SheetRows>, checked: CheckedXlsx) => Promise<T>,
): Promise<T> {
  const checked = await openCheckedXlsx(file, limits);
  try {
    return await read(new CheckedWorkbookReader(checked) as unknown as AsyncIterable<SheetRows>, checked);
  } catch (e) {
    if (e instanceof CallerError) throw e.error;
    if (e instanceof SpreadsheetFileError) throw e;
    throw SpreadsheetFileError.of(file, 'FILE_UNREADABLE.unparsable', { name: checked.name, why: (e as Error).message });
  } finally {
    checked.close();
  }
}

/**
 * exceljs's streaming workbook reader, fed from a zip that openCheckedXlsx
 * has checked, instead of unzipping the file again by itself. Each part is
 * inflated once, held to the size it declares (readPart), and only the parts
 * a reader needs are inflated at all. Reading the zip by its directory
 * rather than front to back also lets the parts come in the order they are
 * needed whatever order a program wrote them in: relationships, workbook,
 * shared strings and styles first, then the sheets in tab order, so no sheet
 * is ever parked in a temporary file to wait for the shared strings, and a
 * sheet passed over is never inflated. The workbook's own parts are parsed
 * by exceljs; a sheet's rows by SheetRows, which gives the values exceljs
 * would without building its cell model. Closing the zip stays with the
 * caller.
 */
class CheckedWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(private readonly checked: CheckedXlsx) {
    super(checked.file, READ_OPTIONS);
  }

  // exceljs's WorkbookReader iterates this.parse(); this is the one part of it replaced.
  async *parse(): AsyncGenerator<unknown> {
    const self = this as unknown as ReaderInternals;
    const parts = new Map<string, yauzl.Entry>();
    for (const e of this.checked.entries) if (!parts.has(e.fileName)) parts.set(e.fileName, e);
    const open = (path: string) => readPart(this.checked, parts.get(path)!);

    if (parts.has('xl/_rels/workbook.xml.rels')) await self._parseRels(await open('xl/_rels/workbook.xml.rels'));
    if (parts.has('xl/workbook.xml')) {
      // Held whole (a workbook part is a few kilobytes, and readPart holds it to its declared size) to look at calcPr first.
      const chunks: Buffer[] = [];
      for await (const chunk of await open('xl/workbook.xml')) chunks.push(chunk as Buffer);
      const xml = Buffer.concat(chunks);
      self.formulaResultsStale = RECALC_ON_LOAD.test(xml.toString('utf8'));
      await self._parseWorkbook(Readable.from([xml]));
    }
    if (parts.has('xl/sharedStrings.xml')) yield* self._parseSharedStrings(await open('xl/sharedStrings.xml'));
    if (parts.has('xl/styles.xml')) await self._parseStyles(await open('xl/styles.xml'));

    const targets = sheetTargets(self);
    for (const sheetNo of sheetsInTabOrder(self, targets, parts)) {
      const sheet = new SheetRows(self, lazyPart(this.checked, parts.get(`xl/worksheets/sheet${sheetNo}.xml`)!), sheetNo);
      yield { eventType: 'worksheet', value: named(self, targets, sheet) };
    }
  }
}

/** The sheet with its tab's name, id and state, as exceljs names the sheets it hands out. */
function named(reader: ReaderInternals, targets: Map<string, string>, sheet: SheetRows): SheetRows {
  const tab = (reader.model?.sheets ?? []).find((t) => targets.get(t.rId ?? '') === `worksheets/sheet${sheet.id}.xml`);
  if (tab) {
    if (tab.id !== undefined) sheet.id = String(tab.id);
    if (tab.name !== undefined) sheet.name = tab.name;
    if (tab.state !== undefined) sheet.state = tab.state;
  }
  return sheet;
}

/** The sheet parts' numbers: the workbook's tabs in order, then any sheet part no tab names, in zip order. */
function sheetsInTabOrder(reader: ReaderInternals, targets: Map<string, string>, parts: Map<string, yauzl.Entry>): string[] {
  const present = [...parts.keys()].flatMap((p) => SHEET_PART.exec(p)?.[1] ?? []);
  const ordered: string[] = [];
  for (const tab of reader.model?.sheets ?? []) {
    const no = /^worksheets\/sheet(\d+)\.xml$/.exec(targets.get(tab.rId ?? '') ?? '')?.[1];
    if (no !== undefined && present.includes(no) && !ordered.includes(no)) ordered.push(no);
  }
  return [...ordered, ...present.filter((no) => !ordered.includes(no))];
}

/** The workbook's relationships: id → target part, relative to xl/. */
function sheetTargets(reader: ReaderInternals): Map<string, string> {
  return new Map((reader.workbookRels ?? []).map((r) => [r.Id, String(r.Target).replace(/^\/?(xl\/)?/, '')]));
}

/** A part opened only when first read: a sheet handed out and passed over costs nothing. */
function lazyPart(checked: CheckedXlsx, entry: yauzl.Entry): AsyncIterable<Buffer> {
  return {
    async *[Symbol.asyncIterator]() {
      const part = await readPart(checked, entry);
      try {
        for await (const chunk of part) yield chunk as Buffer;
      } finally {
        part.destroy();
      }
    },
  };
}
