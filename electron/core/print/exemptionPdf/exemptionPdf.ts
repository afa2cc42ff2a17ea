import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontkit } from '../fontkit';
import { glyphGuard, type GlyphGuard } from '../glyphs';
import { placeEvidence, type ImageCache } from './evidencePages';
import { insertIndex, layoutIndex } from './indexTable';
import { A4, GREY, INK, MARGIN, centered, drawWrapped, hline } from './layout';
import { drawRecordPage } from './recordPage';
import type { ArchiveProblem, BuiltArchive, ExemptionPdfInput } from './types';
import { fieldLabels } from '../../../../shared/words/labels';

/**
 * The printed archive (打印存档) as one PDF: a cover page, the index, then
 * each person's record page followed by that person's evidence. Chinese is
 * set in the bundled CJK font, subset to the characters used. Every page
 * carries its number and, on evidence pages, whose evidence it is.
 */
export async function buildExemptionPdf(original: ExemptionPdfInput, fontBytes: Uint8Array, now: Date): Promise<BuiltArchive> {
  // Every text as it will be drawn: a character the font lacks shows as □, never as nothing.
  const guard = glyphGuard(fontBytes);
  const input = markedInput(original, guard);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const title = `${input.year} 年度学法考法免考人员存档`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(input.scope);
  doc.setCreator('学法考法管理台');
  doc.setProducer('学法考法管理台');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  drawCover(doc, font, input, title);
  const labels = new Map<PDFPage, string>();
  const recordStart: number[] = [];
  const problems: ArchiveProblem[] = [];
  const images: ImageCache = new Map();
  for (const [i, p] of input.people.entries()) {
    recordStart.push(doc.getPageCount());
    labels.set(drawRecordPage(doc, font, p, i), `${p.name} · 免考记录`);
    for (const [j, e] of p.evidence.entries()) {
      const what = `${p.name} · 证明材料 ${j + 1}/${p.evidence.length}`;
      const placed = await placeEvidence(doc, font, e, `${what}：${e.name}`, images);
      placed.pages.forEach((page, k) => labels.set(page, placed.pages.length > 1 ? `${what}（第 ${k + 1}/${placed.pages.length} 页）` : what));
      if (placed.problem) problems.push({ name: p.name, evidence: e.name, message: placed.problem });
    }
  }
  const layout = layoutIndex(font, input.people);
  insertIndex(doc, font, input.people, layout, 1, (i) => recordStart[i]! + layout.length + 1);

  const pages = doc.getPages();
  pages.forEach((page, k) => {
    const label = labels.get(page);
    const footer = `第 ${k + 1} 页 / 共 ${pages.length} 页`;
    const y = Math.min(18, page.getHeight() / 40);
    centered(page, font, footer, y, 8, GREY);
    if (label) page.drawText(label, { x: Math.min(MARGIN, page.getWidth() / 12), y, size: 8, font, color: GREY });
  });
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pages: pages.length, problems, glyphWarning: guard.warning() };
}

/** The input with every text passed through the glyph guard (evidence bytes untouched). */
function markedInput(input: ExemptionPdfInput, guard: GlyphGuard): ExemptionPdfInput {
  const m = (t: string) => guard.mark(t);
  const mn = (t: string | null) => (t === null ? null : guard.mark(t));
  return {
    ...input,
    scope: m(input.scope),
    printedBy: m(input.printedBy),
    people: input.people.map((p) => ({
      ...p,
      name: m(p.name),
      idMasked: m(p.idMasked),
      unitPath: m(p.unitPath),
      ground: m(p.ground),
      status: m(p.status),
      reviewer: mn(p.reviewer),
      notes: mn(p.notes),
      flags: p.flags.map(m),
      evidence: p.evidence.map((e) => ({ ...e, name: m(e.name), problem: mn(e.problem) })),
    })),
  };
}

function drawCover(doc: PDFDocument, font: PDFFont, input: ExemptionPdfInput, title: string): void {
  const page = doc.addPage(A4);
  const width = page.getWidth() - MARGIN * 2;
  const evidence = input.people.reduce((n, p) => n + p.evidence.length, 0);
  centered(page, font, title, page.getHeight() - 230, 22);
  centered(page, font, '（备查）', page.getHeight() - 262, 14, GREY);
  let y = page.getHeight() - 340;
  const facts: [string, string][] = [
    [fieldLabels.unit, input.scope],
    ['年度', `${input.year} 年`],
    ['免考人数', `${input.people.length} 人`],
    ['证明材料', `${evidence} 份`],
    ['打印日期', input.printedOn],
    ['打印人', input.printedBy],
  ];
  for (const [label, value] of facts) {
    page.drawText(label, { x: MARGIN + 80, y, size: 13, font, color: GREY });
    const below = drawWrapped(page, font, value, MARGIN + 170, y + 13 * 1.35 - 1, 13, width - 200);
    y = Math.min(below, y - 13 * 1.35) - 12;
  }
  y -= 20;
  hline(page, MARGIN + 60, MARGIN + width - 60, y);
  drawWrapped(
    page,
    font,
    '本存档收录所选单位本年度已批准的免考申请：目录、每人的免考记录及其后附的证明材料。身份证号已部分隐藏；证明材料按保存时的校验码核对，缺失或被改动的材料在对应位置注明。',
    MARGIN + 60,
    y - 6,
    10.5,
    width - 120,
    INK,
  );
}
