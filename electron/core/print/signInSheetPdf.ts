import fs from 'node:fs';
import { loadCjkFont } from './fontPath';
import { fontkit } from './fontkit';
import { glyphGuard } from './glyphs';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * Printable tables for the 报考 screen: the sign-in sheet (签到表) of a
 * session and the booking list of a unit. A4 portrait, the CJK font
 * embedded as a subset, the column headers repeated on every page, page
 * numbers at the foot.
 */

export interface PdfColumn {
  header: string;
  /** Share of the printable width. */
  width: number;
}

export interface TablePdf {
  title: string;
  /** Lines under the title (session, room, counts). */
  lines: string[];
  columns: PdfColumn[];
  rows: string[][];
  /** Line at the end (a signature line). */
  footer?: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const ROW_HEIGHT = 24;
const SIZE = 10;

/**
 * Writes the table; returns the warning when some text had characters the
 * font lacks (drawn as □, never left out), or null.
 */
export async function writeTablePdf(file: string, table: TablePdf): Promise<{ glyphWarning: string | null }> {
  const fontBytes = await loadCjkFont();
  const guard = glyphGuard(fontBytes);
  const m = (text: string) => guard.mark(text);
  const t: TablePdf = {
    title: m(table.title),
    lines: table.lines.map(m),
    columns: table.columns.map((c) => ({ ...c, header: m(c.header) })),
    rows: table.rows.map((r) => r.map(m)),
    footer: table.footer === undefined ? undefined : m(table.footer),
  };
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(t.title);
  doc.setCreator('学法考法管理台');
  // The same font and fixed subsetting as the printed exemption archive.
  const font = await doc.embedFont(fontBytes, { subset: true });
  const usable = A4[0] - 2 * MARGIN;
  const totalShare = t.columns.reduce((n, c) => n + c.width, 0);
  const widths = t.columns.map((c) => (c.width / totalShare) * usable);

  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = (first: boolean) => {
    page = doc.addPage(A4);
    pages.push(page);
    y = A4[1] - MARGIN;
    if (first) {
      const w = font.widthOfTextAtSize(t.title, 16);
      page.drawText(t.title, { x: (A4[0] - w) / 2, y: y - 16, size: 16, font });
      y -= 30;
      for (const line of t.lines) {
        page.drawText(line, { x: MARGIN, y: y - SIZE, size: SIZE, font });
        y -= 18;
      }
      y -= 4;
    }
    drawRow(page, font, t.columns.map((c) => c.header), widths, y, true);
    y -= ROW_HEIGHT;
  };
  newPage(true);
  for (const row of t.rows) {
    if (y - ROW_HEIGHT < MARGIN + 20) newPage(false);
    drawRow(page, font, row, widths, y, false);
    y -= ROW_HEIGHT;
  }
  if (t.footer) {
    if (y - 30 < MARGIN + 20) newPage(false);
    page.drawText(t.footer, { x: MARGIN, y: y - 24, size: SIZE, font });
  }
  pages.forEach((p, i) => {
    const text = `第 ${i + 1} 页 / 共 ${pages.length} 页`;
    p.drawText(text, { x: (A4[0] - font.widthOfTextAtSize(text, 9)) / 2, y: MARGIN / 2, size: 9, font, color: rgb(0.3, 0.3, 0.3) });
  });
  fs.writeFileSync(file, await doc.save());
  return { glyphWarning: guard.warning() };
}

function drawRow(page: PDFPage, font: PDFFont, cells: string[], widths: number[], top: number, header: boolean): void {
  let x = MARGIN;
  cells.forEach((text, i) => {
    const w = widths[i]!;
    page.drawRectangle({ x, y: top - ROW_HEIGHT, width: w, height: ROW_HEIGHT, borderWidth: 0.6, borderColor: rgb(0, 0, 0), color: header ? rgb(0.92, 0.92, 0.92) : undefined });
    page.drawText(fit(font, text, w - 8), { x: x + 4, y: top - ROW_HEIGHT + 8, size: SIZE, font });
    x += w;
  });
}

/** Text cut with … to fit a cell. */
function fit(font: PDFFont, text: string, width: number): string {
  if (font.widthOfTextAtSize(text, SIZE) <= width) return text;
  let s = text;
  while (s.length > 0 && font.widthOfTextAtSize(`${s}…`, SIZE) > width) s = s.slice(0, -1);
  return `${s}…`;
}
