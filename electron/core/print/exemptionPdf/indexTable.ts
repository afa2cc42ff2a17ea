import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { A4_LANDSCAPE, GREY, INK, MARGIN, centered, hline, wrapText } from './layout';
import type { ArchivePerson } from './types';
import { fieldLabels, exemptionDateLabels } from '../../../../shared/words/labels';

/**
 * The index (免考人员目录): one row a person on landscape pages, the header
 * repeated on each, with the page where the person's record starts.
 */
interface Column {
  title: string;
  width: number;
  value(p: ArchivePerson, i: number, page: number): string;
}
const COLUMNS: Column[] = [
  { title: '序号', width: 26, value: (_p, i) => String(i + 1) },
  { title: fieldLabels.name, width: 56, value: (p) => p.name },
  { title: fieldLabels.idNumber, width: 100, value: (p) => p.idMasked },
  { title: fieldLabels.unit, width: 136, value: (p) => p.unitPath },
  { title: '免考情形', width: 62, value: (p) => p.ground },
  { title: '申请日期', width: 50, value: (p) => p.appliedOn ?? '—' },
  { title: '审核人', width: 50, value: (p) => p.reviewer ?? '—' },
  { title: exemptionDateLabels.reviewedOn, width: 50, value: (p) => p.reviewedOn ?? '—' },
  { title: '批准日期', width: 50, value: (p) => p.decidedOn ?? '—' },
  { title: exemptionDateLabels.platformSetOn, width: 52, value: (p) => p.platformSetOn ?? '—' },
  { title: '证明材料', width: 36, value: (p) => `${p.evidence.length} 份` },
  { title: '页码', width: 26, value: (_p, _i, page) => String(page) },
];
const SIZE = 8;
const LINE = SIZE * 1.35;
const PAD = 3;
const LEFT = MARGIN - 12;
const TABLE_WIDTH = COLUMNS.reduce((s, c) => s + c.width + PAD * 2, 0);
const FIRST_ROW_TOP = A4_LANDSCAPE[1] - MARGIN - 32;

function cellsOf(p: ArchivePerson, i: number, page: number): string[] {
  return COLUMNS.map((c) => c.value(p, i, page));
}

function rowHeight(font: PDFFont, cells: string[]): number {
  const lines = Math.max(...cells.map((text, i) => wrapText(font, text, SIZE, COLUMNS[i]!.width).length));
  return lines * LINE + PAD * 2;
}

/** Which people go on which index page (page numbers take at most 4 digits, so the layout does not depend on them). */
export function layoutIndex(font: PDFFont, people: ArchivePerson[]): number[][] {
  const headerHeight = rowHeight(font, COLUMNS.map((c) => c.title));
  const pages: number[][] = [[]];
  let y = FIRST_ROW_TOP - headerHeight;
  people.forEach((p, i) => {
    const h = rowHeight(font, cellsOf(p, i, 9999));
    if (y - h < MARGIN + 20 && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      y = FIRST_ROW_TOP - headerHeight;
    }
    pages[pages.length - 1]!.push(i);
    y -= h;
  });
  return pages;
}

/** Inserts the index pages at `at`; `recordPage(i)` is the 1-based page of person i's record. */
export function insertIndex(doc: PDFDocument, font: PDFFont, people: ArchivePerson[], layout: number[][], at: number, recordPage: (i: number) => number): PDFPage[] {
  return layout.map((rows, k) => {
    const page = doc.insertPage(at + k, A4_LANDSCAPE);
    centered(page, font, k === 0 ? '免考人员目录' : '免考人员目录（续）', page.getHeight() - MARGIN - 14, 15);
    let y = drawRow(page, font, COLUMNS.map((c) => c.title), FIRST_ROW_TOP, true);
    if (people.length === 0) page.drawText('所选单位本年度没有已批准的免考人员。', { x: LEFT, y: y - 20, size: 11, font, color: INK });
    for (const i of rows) y = drawRow(page, font, cellsOf(people[i]!, i, recordPage(i)), y, false);
    hline(page, LEFT, LEFT + TABLE_WIDTH, y);
    return page;
  });
}

function drawRow(page: PDFPage, font: PDFFont, cells: string[], top: number, header: boolean): number {
  const height = rowHeight(font, cells);
  if (header) page.drawRectangle({ x: LEFT, y: top - height, width: TABLE_WIDTH, height, color: GREY, opacity: 0.15 });
  hline(page, LEFT, LEFT + TABLE_WIDTH, top);
  let x = LEFT;
  cells.forEach((text, i) => {
    let y = top - PAD;
    for (const line of wrapText(font, text, SIZE, COLUMNS[i]!.width)) {
      y -= LINE;
      if (line) page.drawText(line, { x: x + PAD, y: y + 2, size: SIZE, font, color: INK });
    }
    x += COLUMNS[i]!.width + PAD * 2;
  });
  return top - height;
}
