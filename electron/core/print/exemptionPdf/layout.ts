import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** Page sizes and drawing helpers of the printed archive (points; origin at the bottom left). */
export const A4: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
export const MARGIN = 48;
export const INK = rgb(0.1, 0.1, 0.12);
export const GREY = rgb(0.45, 0.45, 0.5);
export const RED = rgb(0.7, 0.1, 0.1);
export const RULE = rgb(0.6, 0.6, 0.65);

/** Characters the font cannot draw (controls, invisible marks) are left out; tabs become spaces. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be drawn
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '');
}

/** Advance widths per font and character at size 1: laying out a line once per added character is quadratic. */
const widths = new WeakMap<PDFFont, Map<string, number>>();

/** The width of text at a size, from cached per-character widths (CJK text has no kerning to lose). */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let w = 0;
  for (const ch of text) {
    let c = cache.get(ch);
    if (c === undefined) cache.set(ch, (c = font.widthOfTextAtSize(ch, 1)));
    w += c;
  }
  return w * size;
}

/** Breaks text into lines no wider than maxWidth: at any character (Chinese has no spaces), and at line breaks. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split(/\r?\n/)) {
    let line = '';
    let width = 0;
    for (const ch of paragraph) {
      const w = textWidth(font, ch, size);
      if (line && width + w > maxWidth) {
        lines.push(line);
        line = ch;
        width = w;
      } else {
        line += ch;
        width += w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Draws wrapped lines from a top y downwards; returns the y below the last line. */
export function drawWrapped(page: PDFPage, font: PDFFont, text: string, x: number, top: number, size: number, maxWidth: number, color = INK): number {
  let y = top;
  for (const line of wrapText(font, text, size, maxWidth)) {
    y -= size * 1.35;
    if (line) page.drawText(line, { x, y, size, font, color });
  }
  return y;
}

export function centered(page: PDFPage, font: PDFFont, text: string, y: number, size: number, color = INK): void {
  const width = textWidth(font, text, size);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color });
}

export function hline(page: PDFPage, x1: number, x2: number, y: number, thickness = 0.6): void {
  page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: RULE });
}
