import { actionLabel } from '../../../../shared/rules/auditChanges';
import type { AuditFilter } from '../../../../shared/audit/schemas';
import type { CoreContext } from '../../context';
import { selectAudit } from '../../db/repositories/auditSearch';
import { unitTrail } from '../../db/repositories/staff';
import { exportAudit } from '../../excel/exportAudit';
import { SpreadsheetFileError } from '../../excel/fileErrors';
import { writeExport } from '../../files/outbox';
import { DeskError } from '../../../../shared/errors';
import { auditQuery, toAuditRows } from './auditLog';
import { localDate } from '../settings/desk';

const EXPORT_PAGE = 2000;

/** The filter in words, for the sheet's title row. */
async function filterText(ctx: CoreContext, f: AuditFilter): Promise<string> {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`${f.from ?? '最早'} 至 ${f.to ?? '今天'}`);
  if (f.actions?.length) parts.push(f.actions.map((a) => actionLabel(a)).join('、'));
  if (f.unitId) parts.push(`${(await unitTrail(ctx.db, f.unitId))?.path ?? ''}${f.includeSubunits === false ? '' : '（含下级单位）'}`);
  if (f.staffId) {
    const s = (await ctx.db('staff').where({ id: f.staffId }).first('name')) as { name: string } | undefined;
    if (s) parts.push(s.name);
  }
  return `操作记录（导出于 ${localDate(ctx.clock.now())}${parts.length ? `；${parts.join('；')}` : ''}）`;
}

/** Writes the filtered 操作记录 into the outbox for download; read in one transaction so the file is one moment's log. */
export async function exportAuditFile(ctx: CoreContext, f: AuditFilter): Promise<{ fileId: string; name: string; rows: number }> {
  const q = auditQuery(f);
  const title = await filterText(ctx, f);
  const name = `操作记录-${localDate(ctx.clock.now())}.xlsx`;
  return ctx.db.transaction(async (trx) => {
    async function* pages() {
      let beforeId: number | undefined;
      for (;;) {
        const rows = await selectAudit(trx, q, { offset: 0, limit: EXPORT_PAGE, beforeId });
        if (rows.length === 0) return;
        beforeId = rows[rows.length - 1]!.id;
        yield await toAuditRows(trx, rows);
      }
    }
    const { file, result } = await writeExport(ctx.paths.dataDir, name, async (target) => {
      try {
        return await exportAudit(target, title, pages);
      } catch (e) {
        if (e instanceof SpreadsheetFileError) throw new DeskError(e.code, e.message);
        throw e;
      }
    });
    return { fileId: file.fileId, name: file.name, rows: result.rows };
  });
}
