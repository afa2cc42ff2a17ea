import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Writes an .xlsx the way LibreOffice Calc 7.x saves one ("Excel 2007-365"),
 * byte structure included, without exceljs: a roster an admin typed or
 * re-saved in LibreOffice, for the importer's tests. LibreOffice cannot be
 * installed where the tests run, so its output is rebuilt here from its
 * source and from files it wrote, as follows.
 *
 * The zip container (LibreOffice/core, package/source/zipapi/ZipOutputStream.cxx,
 * ZipOutputStream::setEntry / writeLOC / writeDataDescriptor / writeCEN /
 * writeEND; package/source/zippackage/ZipPackageStream.cxx, saveChild;
 * package/source/zipapi/ThreadedDeflater.cxx):
 * - every part is deflated (zlib default level) as a raw stream with general
 *   purpose flags 0x0808 (UTF-8 names + data descriptor); the local header
 *   carries zero CRC and sizes, the data is followed by a data descriptor
 *   (signature 0x08074b50, CRC, compressed size, size); version 20 in the
 *   local header and as "made by" and "needed" in the central directory,
 *   external attributes 0, no extra fields, no comments;
 * - a part larger than 100,000 bytes (up to 1,000,000) is deflated in a
 *   background thread and written by ZipOutputStream::finish(), after
 *   [Content_Types].xml, the last one scheduled first (m_aEntries.back());
 * - a part larger than 1,000,000 bytes goes through ThreadedDeflater: 128 KiB
 *   blocks, each deflated with the previous 32 KiB as its dictionary and
 *   ended with Z_SYNC_FLUSH, the last with Z_FINISH, concatenated;
 * - [Content_Types].xml is written after every other part
 *   (ZipPackage::writeTempFile: WriteContentTypes after saveContents), its
 *   Override list in the order the parts were saved.
 *
 * The order of the other parts is that of LibreOffice's package folders
 * (ZipPackageFolder::saveContents walks an unordered_map), so it is taken from
 * files LibreOffice wrote, not derived:
 * - 'lo7': `accounts.xlsx` of the Hack The Box machine EscapeTwo, saved by
 *   LibreOffice 7.x, as `unzip` lists it in hacieda/escape-two.htb README.md
 *   (commit 0178f6087d81f9a891a266b40b62ec3e63b0f6ba): the first entry
 *   (unreadable there, the only part missing from the list: the workbook's
 *   relationships), xl/workbook.xml, xl/theme/theme1.xml, xl/styles.xml,
 *   xl/worksheets/sheet1.xml, xl/sharedStrings.xml, _rels/.rels,
 *   docProps/core.xml, docProps/app.xml, [Content_Types].xml. Shared strings
 *   come after the sheets.
 * - 'lo6': a workbook saved by LibreOffice 6.4.3.2 whose parts are copied
 *   verbatim in naimaier/tridium-eliwell-plc-webpage xls/template/templates.js
 *   (commit f632913781f419bd562459ef89e6a97cfd293a8c); its [Content_Types].xml
 *   lists the parts in the order they were saved (WriteContentTypes walks the
 *   saving list): _rels/.rels, xl/workbook.xml, xl/worksheets/sheet1.xml,
 *   xl/sharedStrings.xml, xl/styles.xml, xl/_rels/workbook.xml.rels,
 *   docProps/core.xml, docProps/app.xml, [Content_Types].xml. LibreOffice 6.4
 *   wrote no theme (relationships rId1 styles, then the sheets).
 *
 * The parts (sc/source/filter/excel: xetable.cxx XclExpRow::SaveXml,
 * XclExpNumberCell / XclExpFormulaCell / XclExpBlankCell ::SaveXml;
 * xestring.cxx XclExpString::WriteXml; xestream.cxx WriteFontData,
 * GetFormulaTypeAndValue; excrecds.cxx ExcBundlesheet8::SaveXml;
 * sax/source/tools/fastserializer.cxx write(double)), checked against the
 * XML of the same EscapeTwo file (its sharedStrings.xml is printed in the
 * README above, its sheet1.xml by grep in another public write-up) and of the
 * 6.4 workbook (styles.xml, workbook.xml, relationships, content types):
 * - every row carries r, customFormat, ht, hidden, customHeight,
 *   outlineLevel, collapsed (and s when the row itself is formatted);
 * - every cell carries r, s and t: t="s" for text (always the shared string
 *   table, `<t xml:space="preserve">`), t="n" for numbers written with 17
 *   significant digits and a three-digit exponent past 10^17 (an 18-digit ID
 *   typed into a General cell becomes `1.1010519491231002E+017`), dates as
 *   serial numbers with a date format, formula cells as
 *   `<f aca="false">…</f><v>…</v>` with t="str", "n", "e" (`#N/A`), or
 *   t="inlineStr" with `<is><t>` when the result has no type, blank
 *   formatted cells as `<c r s/>`;
 * - rich text is a shared string of runs, the first without `<rPr>`, the
 *   others with b, sz, rFont, family;
 * - sheets are listed with state="visible" or state="hidden", relationships
 *   rId1 styles, rId2 theme (7.x: the EscapeTwo workbook's only sheet is
 *   rId3), then the sheets, then the shared strings;
 *   workbook.xml with fileVersion appName="Calc", workbookPr date1904="false"
 *   and the loext extension; no x14ac namespace anywhere;
 * - XML declarations `standalone="yes"` followed by a line break for the
 *   parts, plain `<?xml version="1.0" encoding="UTF-8"?>` for the package's
 *   relationships and content types, whose closing tag follows a line break.
 * Not modelled: the theme's content (only a colour scheme is written; no
 * reader of rosters looks inside it), docProps/custom.xml (written only when
 * the document has custom properties), and which of several sheets LibreOffice
 * writes first when they are all small (the folder's hash order).
 */

export type LoStyle = 'default' | 'title' | 'header' | 'body' | 'date' | 'text';

export type LoCell =
  | null
  | undefined
  | string
  | number
  | boolean
  | { text: string; style?: LoStyle }
  | { runs: { text: string; bold?: boolean }[]; style?: LoStyle }
  | { number: number; style?: LoStyle }
  /** A date typed into a date-formatted cell: stored as its serial number. */
  | { date: string; style?: LoStyle }
  | { formula: string; str: string; style?: LoStyle }
  | { formula: string; number: number; style?: LoStyle }
  | { formula: string; error: string; style?: LoStyle }
  /** A formula whose result LibreOffice could not type (GetFormulaTypeAndValue's default). */
  | { formula: string; inlineStr: string; style?: LoStyle }
  | { blank: LoStyle };

export interface LoRow {
  cells: LoCell[];
  /** Points; LibreOffice's default row is 12.8. */
  height?: number;
  /** Formatting of the whole row (customFormat="true"), as on rows formatted but left empty. */
  style?: LoStyle;
}

export interface LoSheet {
  name: string;
  hidden?: boolean;
  /** Row i is sheet row i + 1; null leaves the row out of the file (never touched in Calc). */
  rows: (LoRow | LoCell[] | null)[];
  merges?: string[];
  /** Column widths in characters, from column A. */
  widths?: number[];
}

export type LoPartOrder = 'lo7' | 'lo6';

export interface LoOptions {
  order?: LoPartOrder;
  /** docProps/app.xml Application. */
  application?: string;
  /** The sheet shown when the file was saved (0-based). */
  activeTab?: number;
}

export interface LoEntry {
  name: string;
  data: Buffer;
  /** How LibreOffice deflates a part of this size. */
  deflate: 'inline' | 'background' | 'threaded';
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const PART_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const APPLICATION_7 = 'LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1';
const APPLICATION_6 = 'LibreOffice/6.4.3.2$MacOSX_X86_64 LibreOffice_project/747b5d0ebf89f41c860ec2a39efd7cb15b54f2d8';

/** cellXfs index of each style in styles.xml below. */
const XF: Record<LoStyle, number> = { default: 0, title: 1, header: 2, body: 3, date: 4, text: 5 };

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A1-style column letters of a 0-based column. */
export function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A double as FastSaxSerializer::write(double) writes it: rtl_math_StringFormat_G
 * with at most 17 significant digits, the shortest that give the double back
 * (sal/rtl/math.cxx), 'E' with a sign and at least three exponent digits when
 * the exponent is below -4 or 17 and above.
 */
export function libreOfficeNumber(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`LibreOffice writes no ${v} into <v>`);
  if (v === 0) return '0';
  const [mantissa, exponent] = v.toExponential().split('e') as [string, string];
  const exp = Number(exponent);
  if (exp < -4 || exp >= 17) return `${mantissa}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
  return String(v);
}

/** Days since 1899-12-30, LibreOffice's (and Excel's 1900) day zero. */
export function serialOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  add(xml: string): number {
    this.count++;
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

const plainSi = (text: string) => `<t xml:space="preserve">${esc(text)}</t>`;

function richSi(runs: { text: string; bold?: boolean }[]): string {
  // lcl_WriteRun: a run without a font of its own has no <rPr>.
  return runs
    .map((r) =>
      r.bold
        ? `<r><rPr><b val="true"/><sz val="10"/><rFont val="Arial"/><family val="2"/></rPr><t xml:space="preserve">${esc(r.text)}</t></r>`
        : `<r><t xml:space="preserve">${esc(r.text)}</t></r>`,
    )
    .join('');
}

function cellXml(ref: string, cell: LoCell, sst: SharedStrings, rowStyle: LoStyle | undefined): string {
  if (cell === null || cell === undefined) return '';
  const s = (style: LoStyle | undefined) => XF[style ?? rowStyle ?? 'default'];
  if (typeof cell === 'string') return `<c r="${ref}" s="${s(undefined)}" t="s"><v>${sst.add(plainSi(cell))}</v></c>`;
  if (typeof cell === 'number') return `<c r="${ref}" s="${s(undefined)}" t="n"><v>${libreOfficeNumber(cell)}</v></c>`;
  // Boolean cells are numbers with a boolean format in Calc; written t="b".
  if (typeof cell === 'boolean') return `<c r="${ref}" s="${s(undefined)}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ('blank' in cell) return `<c r="${ref}" s="${XF[cell.blank]}"/>`;
  if ('runs' in cell) return `<c r="${ref}" s="${s(cell.style)}" t="s"><v>${sst.add(richSi(cell.runs))}</v></c>`;
  if ('text' in cell) return `<c r="${ref}" s="${s(cell.style)}" t="s"><v>${sst.add(plainSi(cell.text))}</v></c>`;
  if ('date' in cell) return `<c r="${ref}" s="${s(cell.style ?? 'date')}" t="n"><v>${serialOf(cell.date)}</v></c>`;
  if ('formula' in cell) {
    const f = `<f aca="false">${esc(cell.formula)}</f>`;
    if ('str' in cell) return `<c r="${ref}" s="${s(cell.style)}" t="str">${f}<v>${esc(cell.str)}</v></c>`;
    if ('error' in cell) return `<c r="${ref}" s="${s(cell.style)}" t="e">${f}<v>${esc(cell.error)}</v></c>`;
    if ('inlineStr' in cell) return `<c r="${ref}" s="${s(cell.style)}" t="inlineStr">${f}<is><t>${esc(cell.inlineStr)}</t></is></c>`;
    return `<c r="${ref}" s="${s(cell.style)}" t="n">${f}<v>${libreOfficeNumber(cell.number)}</v></c>`;
  }
  return `<c r="${ref}" s="${s(cell.style)}" t="n"><v>${libreOfficeNumber(cell.number)}</v></c>`;
}

function rowXml(r: number, row: LoRow, sst: SharedStrings): string {
  const styled = row.style !== undefined;
  const custom = row.height !== undefined;
  const attrs =
    `r="${r}"` +
    (styled ? ` s="${XF[row.style!]}"` : '') +
    ` customFormat="${styled}" ht="${libreOfficeNumber(row.height ?? 12.8)}" hidden="false" customHeight="${custom}" outlineLevel="0" collapsed="false"`;
  const cells = row.cells.map((c, i) => cellXml(`${columnName(i)}${r}`, c, sst, row.style)).join('');
  return `<row ${attrs}>${cells}</row>`;
}

function sheetXml(sheet: LoSheet, tab: number, activeTab: number, sst: SharedStrings): string {
  const rows: string[] = [];
  let lastRow = 1;
  let lastCol = 1;
  sheet.rows.forEach((raw, i) => {
    if (!raw) return;
    const row: LoRow = Array.isArray(raw) ? { cells: raw } : raw;
    rows.push(rowXml(i + 1, row, sst));
    lastRow = i + 1;
    lastCol = Math.max(lastCol, row.cells.length);
  });
  const cols = (sheet.widths ?? [])
    .map((w, i) => `<col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="${i + 1}" min="${i + 1}" style="0" width="${libreOfficeNumber(w)}"/>`)
    .join('');
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return (
    PART_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:${columnName(lastCol - 1)}${lastRow}"/>` +
    `<sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="${tab === activeTab}" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>${merges}` +
    `<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/>` +
    `<pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/>` +
    `<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" orientation="portrait" blackAndWhite="false" draft="false" cellComments="none" firstPageNumber="1" useFirstPageNumber="true" horizontalDpi="300" verticalDpi="300" copies="1"/>` +
    `<headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;A</oddHeader><oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12Page &amp;P</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}

const STYLES =
  PART_HEAD +
  `<styleSheet xmlns="${MAIN_NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="@"/><numFmt numFmtId="166" formatCode="YYYY\\-MM\\-DD"/></numFmts>` +
  `<fonts count="6"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><b val="true"/><sz val="14"/><name val="Arial"/><family val="2"/></font><font><b val="true"/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="2"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border><border diagonalUp="false" diagonalDown="false"><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
  `<cellStyleXfs count="20"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf>` +
  [1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((f) => `<xf numFmtId="0" fontId="${f}" fillId="0" borderId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"></xf>`).join('') +
  [43, 41, 44, 42, 9].map((n) => `<xf numFmtId="${n}" fontId="1" fillId="0" borderId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"></xf>`).join('') +
  `</cellStyleXfs><cellXfs count="6">` +
  xf(164, 0, 0, 'general', false, false) +
  xf(164, 4, 0, 'center', false, true) +
  xf(164, 5, 1, 'center', true, true) +
  xf(164, 0, 1, 'general', false, false) +
  xf(166, 0, 1, 'general', false, false) +
  xf(165, 0, 1, 'general', false, false) +
  `</cellXfs><cellStyles count="6"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Comma" xfId="15" builtinId="3"/><cellStyle name="Comma [0]" xfId="16" builtinId="6"/><cellStyle name="Currency" xfId="17" builtinId="4"/><cellStyle name="Currency [0]" xfId="18" builtinId="7"/><cellStyle name="Percent" xfId="19" builtinId="5"/></cellStyles></styleSheet>`;

function xf(numFmt: number, font: number, border: number, horizontal: string, wrap: boolean, aligned: boolean): string {
  return (
    `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}" xfId="0" applyFont="${font !== 0}" applyBorder="${border !== 0}" applyAlignment="${aligned}" applyProtection="false">` +
    `<alignment horizontal="${horizontal}" vertical="${aligned ? 'center' : 'bottom'}" textRotation="0" wrapText="${wrap}" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf>`
  );
}

const THEME =
  PART_HEAD +
  `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}" name="LibreOffice"><a:themeElements><a:clrScheme name="LibreOffice">` +
  [
    ['dk1', '000000'],
    ['lt1', 'FFFFFF'],
    ['dk2', '000000'],
    ['lt2', 'FFFFFF'],
    ['accent1', '18A303'],
    ['accent2', '0369A3'],
    ['accent3', 'A33E03'],
    ['accent4', '8E03A3'],
    ['accent5', 'C99C00'],
    ['accent6', 'C9211E'],
    ['hlink', '000080'],
    ['folHlink', '800000'],
  ]
    .map(([n, c]) => `<a:${n}><a:srgbClr val="${c}"/></a:${n}>`)
    .join('') +
  `</a:clrScheme></a:themeElements></a:theme>`;

/** The parts of a LibreOffice 7.x workbook, in the order LibreOffice saves them (before the zip's own rules). */
export function libreOfficeParts(sheets: LoSheet[], opts: LoOptions = {}): { name: string; xml: string }[] {
  const sst = new SharedStrings();
  const activeTab = opts.activeTab ?? 0;
  const lo7 = (opts.order ?? 'lo7') === 'lo7';
  const firstSheetRel = lo7 ? 3 : 2;
  const sheetParts = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, xml: sheetXml(s, i, activeTab, sst) }));
  const hasStrings = sst.list.length > 0;
  const sheetRel = (i: number) => `rId${i + firstSheetRel}`;
  const workbook =
    PART_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>` +
    `<bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" state="${s.hidden ? 'hidden' : 'visible'}" r:id="${sheetRel(i)}"/>`).join('')}</sheets>` +
    `<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/><extLst><ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}"><loext:extCalcPr stringRefSyntax="CalcA1"/></ext></extLst></workbook>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const workbookRels =
    PKG_HEAD +
    `<Relationships xmlns="${PKG_REL_NS}">` +
    rel('rId1', `${REL_NS}/styles`, 'styles.xml') +
    (lo7 ? rel('rId2', `${REL_NS}/theme`, 'theme/theme1.xml') : '') +
    sheets.map((_, i) => rel(sheetRel(i), `${REL_NS}/worksheet`, `worksheets/sheet${i + 1}.xml`)).join('') +
    (hasStrings ? rel(sheetRel(sheets.length), `${REL_NS}/sharedStrings`, 'sharedStrings.xml') : '') +
    `\n</Relationships>`;
  const rootRels =
    PKG_HEAD +
    `<Relationships xmlns="${PKG_REL_NS}">` +
    rel('rId1', `${REL_NS}/officeDocument`, 'xl/workbook.xml') +
    rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml') +
    rel('rId3', `${REL_NS}/extended-properties`, 'docProps/app.xml') +
    `\n</Relationships>`;
  const core =
    PART_HEAD +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">2024-08-19T08:41:07Z</dcterms:created><dc:creator></dc:creator><dc:description></dc:description><dc:language>zh-CN</dc:language><cp:lastModifiedBy></cp:lastModifiedBy>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">2024-08-20T10:02:31Z</dcterms:modified><cp:revision>3</cp:revision><dc:subject></dc:subject><dc:title></dc:title></cp:coreProperties>`;
  const app =
    PART_HEAD +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>14</TotalTime><Application>${esc(opts.application ?? (lo7 ? APPLICATION_7 : APPLICATION_6))}</Application>${lo7 ? '<AppVersion>15.0000</AppVersion>' : ''}</Properties>`;
  const sharedStrings = hasStrings
    ? PART_HEAD + `<sst xmlns="${MAIN_NS}" count="${sst.count}" uniqueCount="${sst.list.length}">${sst.list.map((si) => `<si>${si}</si>`).join('')}</sst>`
    : null;

  const byName = new Map<string, string>([
    ['xl/_rels/workbook.xml.rels', workbookRels],
    ['xl/workbook.xml', workbook],
    ['xl/styles.xml', STYLES],
    ['_rels/.rels', rootRels],
    ['docProps/core.xml', core],
    ['docProps/app.xml', app],
  ]);
  if (lo7) byName.set('xl/theme/theme1.xml', THEME);
  for (const p of sheetParts) byName.set(p.name, p.xml);
  if (sharedStrings) byName.set('xl/sharedStrings.xml', sharedStrings);

  const sheetNames = sheetParts.map((p) => p.name);
  const order = lo7
    ? ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/theme/theme1.xml', 'xl/styles.xml', ...sheetNames, 'xl/sharedStrings.xml', '_rels/.rels', 'docProps/core.xml', 'docProps/app.xml']
    : ['_rels/.rels', 'xl/workbook.xml', ...sheetNames, 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', 'docProps/core.xml', 'docProps/app.xml'];
  const parts = order.filter((n) => byName.has(n)).map((n) => ({ name: n, xml: byName.get(n)! }));
  parts.push({ name: '[Content_Types].xml', xml: contentTypes(parts.map((p) => p.name)) });
  return parts;
}

const CONTENT_TYPE: [RegExp, string][] = [
  [/\.rels$/, 'application/vnd.openxmlformats-package.relationships+xml'],
  [/^xl\/workbook\.xml$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
  [/^xl\/worksheets\/sheet\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'],
  [/^xl\/sharedStrings\.xml$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'],
  [/^xl\/styles\.xml$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
  [/^xl\/theme\/theme\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
];

function contentTypes(names: string[]): string {
  const overrides = names.map((n) => `<Override PartName="/${n}" ContentType="${CONTENT_TYPE.find(([re]) => re.test(n))![1]}"/>`).join('');
  return (
    PKG_HEAD +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>` +
    overrides +
    `\n</Types>`
  );
}

const BACKGROUND_MIN = 100_000;
const THREADED_MIN = 1_000_000;
const BLOCK = 128 * 1024;
const WINDOW = 32 * 1024;
/** 2024-08-20 10:02:30 as a DOS date and time (ZipOutputStream::getCurrentDosTime). */
const DOS_TIME = ((2024 - 1980) * 512 + 8 * 32 + 20) * 65536 + (10 * 2048 + 2 * 32 + 15);

/** ThreadedDeflater: 128 KiB blocks, each primed with the previous 32 KiB, sync-flushed, concatenated. */
function threadedDeflate(data: Buffer): Buffer {
  const out: Buffer[] = [];
  for (let start = 0; start < data.length; start += BLOCK) {
    const end = Math.min(start + BLOCK, data.length);
    const last = end === data.length;
    const opts: zlib.ZlibOptions = { level: 6, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (start > 0) opts.dictionary = data.subarray(start - WINDOW, start);
    out.push(zlib.deflateRawSync(data.subarray(start, end), opts));
  }
  return Buffer.concat(out);
}

/** The entries in the order ZipOutputStream writes them, with how each is deflated. */
export function libreOfficeEntries(sheets: LoSheet[], opts: LoOptions = {}): LoEntry[] {
  const written: LoEntry[] = [];
  const background: LoEntry[] = [];
  for (const p of libreOfficeParts(sheets, opts)) {
    const data = Buffer.from(p.xml, 'utf8');
    if (data.length > THREADED_MIN) written.push({ name: p.name, data, deflate: 'threaded' });
    else if (data.length > BACKGROUND_MIN) background.push({ name: p.name, data, deflate: 'background' });
    else written.push({ name: p.name, data, deflate: 'inline' });
  }
  // finish(): the scheduled entries, from the back.
  return [...written, ...background.reverse()];
}

/** The workbook's bytes. */
export function libreOfficeXlsx(sheets: LoSheet[], opts: LoOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const e of libreOfficeEntries(sheets, opts)) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = e.deflate === 'threaded' ? threadedDeflate(e.data) : zlib.deflateRawSync(e.data, { level: 6 });
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(DOS_TIME, 10);
    // CRC and both sizes stay 0: they follow in the data descriptor.
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(packed.length, 8);
    descriptor.writeUInt32LE(e.data.length, 12);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0808, 8);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(DOS_TIME, 12);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(packed.length, 20);
    cen.writeUInt32LE(e.data.length, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed, descriptor);
    central.push(cen, name);
    offset += local.length + name.length + packed.length + descriptor.length;
    count++;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

export function writeLibreOfficeXlsx(file: string, sheets: LoSheet[], opts: LoOptions = {}): string {
  fs.writeFileSync(file, libreOfficeXlsx(sheets, opts));
  return file;
}
