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

/** Breaks text into lines no wider than maxWidth: at any character (Chinese has no spaces), and at line breaks. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split(/\r?\n/)) {
    let line = '';
    for (const ch of paragraph) {
      if (line && font.widthOfTextAtSize(line + ch, size) > maxWidth) {
        lines.push(line);
        line = ch;
      } else {
        line += ch;
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
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color });
}

export function hline(page: PDFPage, x1: number, x2: number, y: number, thickness = 0.6): void {
  page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: RULE });
}
