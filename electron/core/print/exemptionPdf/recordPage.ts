import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { A4, GREY, INK, MARGIN, RED, drawWrapped, hline } from './layout';
import type { ArchivePerson } from './types';
import { fieldLabels, exemptionDateLabels } from '../../../../shared/words/labels';

/** One person's record page (免考记录): the application's steps, the evidence list and the checks. */
const LABEL_WIDTH = 110;
const SIZE = 10.5;

const KIND_LABEL = { pdf: 'PDF', jpeg: 'JPG 图片', png: 'PNG 图片' } as const;

export function drawRecordPage(doc: PDFDocument, font: PDFFont, p: ArchivePerson, index: number): PDFPage {
  const page = doc.addPage(A4);
  const width = page.getWidth() - MARGIN * 2;
  let y = page.getHeight() - MARGIN;
  page.drawText(`免考记录 · ${index + 1}. ${p.name}`, { x: MARGIN, y: y - 18, size: 17, font, color: INK });
  y -= 30;
  hline(page, MARGIN, MARGIN + width, y, 1);

  const rows: [string, string][] = [
    [fieldLabels.name, p.name],
    [fieldLabels.idNumber, p.idMasked],
    [fieldLabels.unit, p.unitPath],
    ['免考情形', p.ground],
    ...(p.retirementDate ? ([['法定退休日期', p.retirementDate]] as [string, string][]) : []),
    [exemptionDateLabels.appliedOn, p.appliedOn ?? '未登记'],
    ['人事部门审核人', p.reviewer ?? '未登记'],
    [exemptionDateLabels.reviewedOn, p.reviewedOn ?? '未登记'],
    ['批准日期', p.decidedOn ?? '未登记'],
    ['平台设置免考日期', p.platformSetOn ?? '未登记'],
    ['状态', p.status],
    [fieldLabels.notes, p.notes?.trim() || '无'],
  ];
  for (const [label, value] of rows) {
    const top = y;
    page.drawText(label, { x: MARGIN, y: y - SIZE * 1.35, size: SIZE, font, color: GREY });
    y = drawWrapped(page, font, value, MARGIN + LABEL_WIDTH, y, SIZE, width - LABEL_WIDTH) - 6;
    hline(page, MARGIN, MARGIN + width, Math.min(y, top - SIZE * 1.35 - 6) + 1, 0.3);
  }

  y -= 26;
  page.drawText(`证明材料（${p.evidence.length} 份，附于本页之后）`, { x: MARGIN, y, size: 12, font, color: INK });
  y -= 4;
  if (p.evidence.length === 0) y = drawWrapped(page, font, '无', MARGIN + 12, y, SIZE, width - 12);
  p.evidence.forEach((e, i) => {
    const line = `${i + 1}. ${e.name}（${KIND_LABEL[e.kind]}，${e.addedAt.slice(0, 10)} 添加，校验码 ${e.sha256.slice(0, 12)}）${e.problem ? ` —— ${e.problem}` : ''}`;
    y = drawWrapped(page, font, line, MARGIN + 12, y, SIZE, width - 12, e.problem ? RED : INK);
  });

  if (p.flags.length > 0) {
    y -= 26;
    page.drawText('核查提示', { x: MARGIN, y, size: 12, font, color: RED });
    y -= 4;
    for (const f of p.flags) y = drawWrapped(page, font, `· ${f}`, MARGIN + 12, y, SIZE, width - 12, RED);
  }

  const signY = Math.min(y - 40, MARGIN + 60);
  page.drawText('经办人（单位管理员）签字：____________________    日期：______________', { x: MARGIN, y: Math.max(signY, MARGIN + 20), size: SIZE, font, color: INK });
  return page;
}
