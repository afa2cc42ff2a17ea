import { PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { A4, A4_LANDSCAPE, GREY, INK, MARGIN, RED, centered, drawWrapped } from './layout';
import type { ArchiveEvidence } from './types';

/**
 * A person's evidence after the record page: an image is placed on a page of
 * its own (portrait or landscape, whichever fits it better) under a caption;
 * a PDF's pages are appended as they are. Evidence that cannot be placed gets
 * a page saying so, and the reason is returned.
 */
export interface PlacedEvidence {
  pages: PDFPage[];
  problem: string | null;
}

/** Images already embedded in this document, by content hash: the same scan is stored in the PDF once. */
export type ImageCache = Map<string, PDFImage>;

export async function placeEvidence(doc: PDFDocument, font: PDFFont, e: ArchiveEvidence, caption: string, images: ImageCache): Promise<PlacedEvidence> {
  if (e.bytes === null) return { pages: [missingPage(doc, font, caption, e.problem ?? '文件缺失')], problem: e.problem ?? '文件缺失' };
  try {
    if (e.kind === 'pdf') return { pages: await appendPdf(doc, e.bytes), problem: null };
    let image = images.get(e.sha256);
    if (!image) {
      image = e.kind === 'jpeg' ? await doc.embedJpg(e.bytes) : await doc.embedPng(e.bytes);
      images.set(e.sha256, image);
    }
    return { pages: [imagePage(doc, font, image, caption)], problem: null };
  } catch {
    const problem = '文件内容无法读取（可能已损坏），未能放入存档';
    return { pages: [missingPage(doc, font, caption, problem)], problem };
  }
}

async function appendPdf(doc: PDFDocument, bytes: Uint8Array): Promise<PDFPage[]> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const copied = await doc.copyPages(source, source.getPageIndices());
  return copied.map((p) => doc.addPage(p));
}

function imagePage(doc: PDFDocument, font: PDFFont, image: PDFImage, caption: string): PDFPage {
  const landscape = image.width > image.height * 1.1;
  const page = doc.addPage(landscape ? A4_LANDSCAPE : A4);
  const top = page.getHeight() - MARGIN;
  const below = drawWrapped(page, font, caption, MARGIN, top, 9, page.getWidth() - MARGIN * 2, GREY);
  const boxW = page.getWidth() - MARGIN * 2;
  const boxH = below - 8 - (MARGIN + 10);
  const scale = Math.min(boxW / image.width, boxH / image.height, 1.5);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: MARGIN + (boxW - w) / 2, y: below - 8 - h, width: w, height: h });
  return page;
}

function missingPage(doc: PDFDocument, font: PDFFont, caption: string, problem: string): PDFPage {
  const page = doc.addPage(A4);
  const width = page.getWidth() - MARGIN * 2;
  drawWrapped(page, font, caption, MARGIN, page.getHeight() - MARGIN, 9, width, GREY);
  centered(page, font, '证明材料缺失', page.getHeight() / 2 + 40, 22, RED);
  drawWrapped(page, font, problem, MARGIN + 40, page.getHeight() / 2, 12, width - 80, INK);
  drawWrapped(page, font, '请从原件重新扫描，在“免考管理”中替换该材料后重新打印存档。', MARGIN + 40, page.getHeight() / 2 - 50, 11, width - 80, INK);
  return page;
}
