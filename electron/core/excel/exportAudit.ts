import { changeLine } from '../../../shared/rules/auditChanges';
import type { AuditRow } from '../../../shared/audit/schemas';
import { neutralizeFormula } from './safeText';
import { writeWorkbookStream } from './workbookStream';
import { writeAtomically } from './writeAtomically';
import { fieldLabels } from '../../../shared/words/labels';

/** The 操作记录 sheet's columns. */
export const auditColumns = [
  { header: '时间', width: 20 },
  { header: '操作人', width: 12 },
  { header: '类别', width: 18 },
  { header: '对象', width: 30 },
  { header: fieldLabels.unit, width: 36 },
  { header: '改动内容', width: 70 },
] as const;

/** Local time as the admin reads it: 2024-09-02 09:00:00. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * Writes the audit entries `pages` yields (newest first) to an xlsx: one row
 * an entry, each change on its own line in the last cell, text cells
 * neutralised against formula injection, header frozen. Streams, writes
 * atomically. Returns the row count.
 */
export async function exportAudit(file: string, title: string, pages: () => AsyncGenerator<AuditRow[]>): Promise<{ rows: number }> {
  let count = 0;
  await writeAtomically(file, (temp) => writeWorkbookStream(temp, async ({ wb, check }) => {
    wb.creator = '学法考法管理台';
    const ws = wb.addWorksheet('操作记录', { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = auditColumns.map((c) => ({ width: c.width, style: { numFmt: '@' } }));
    const head = ws.addRow([neutralizeFormula(title)]);
    head.font = { bold: true };
    head.commit();
    const header = ws.addRow(auditColumns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for await (const rows of pages()) {
      check();
      for (const r of rows) {
        const cells = [localTime(r.at), r.actor, r.actionLabel, r.subject, r.unitPath ?? '', r.changes.map(changeLine).join('\n')];
        const row = ws.addRow(cells.map(neutralizeFormula));
        row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
        row.commit();
        count++;
      }
    }
    ws.commit();
  }));
  return { rows: count };
}
