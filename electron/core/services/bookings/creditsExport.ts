import { DeskError } from '../../../../shared/errors';
import type { CoreContext } from '../../context';
import { selectUnitRow } from '../../db/repositories/units';
import { writeTableXlsx } from '../../excel/bookingSheets';
import { SpreadsheetFileError } from '../../excel/fileErrors';
import { writeExport } from '../../files/outbox';
import { localDate } from '../settings/desk';
import { listCredits } from './lists';
import { requirePolicy } from './years';
import { fieldLabels } from '../../../../shared/words/labels';

const GAP = '\u3000';

/**
 * 学分未修满名单: who must still complete the year's credits (在职, rank
 * taking part, not exempt), unit by unit, with how much each figure is
 * short, as Excel for the units to chase up.
 */
export async function exportShortCredits(ctx: CoreContext, args: { year: number; unitId?: number }): Promise<{ fileId: string; name: string; rows: number; glyphWarning: null }> {
  const policy = await requirePolicy(ctx.db, args.year);
  let unitName: string | null = null;
  if (args.unitId !== undefined) {
    const unit = await selectUnitRow(ctx.db, args.unitId);
    if (!unit) throw new DeskError('UNIT_NOT_FOUND');
    unitName = unit.name;
  }
  const list = await listCredits(ctx, { year: args.year, unitId: args.unitId, onlyShort: true, limit: 20_000 });
  const rows = [...list.rows].sort((a, b) => (a.unitPath < b.unitPath ? -1 : a.unitPath > b.unitPath ? 1 : 0));
  const perUnit = new Map<string, number>();
  for (const r of rows) perUnit.set(r.unitPath, (perUnit.get(r.unitPath) ?? 0) + 1);
  const need = policy.credits;
  const lines = [
    `单位：${unitName ?? '全部单位'}（含下级单位）${GAP}要求：公共必修 ${need.compulsory} 学分、选修 ${need.elective} 学分${GAP}未修满 ${rows.length} 人`,
    `各单位未修满人数：${[...perUnit].map(([u, n]) => `${u} ${n} 人`).join('；') || '无'}`,
  ];
  const { file } = await writeExport(ctx.paths.dataDir, `学分未修满名单-${args.year}${unitName ? `-${unitName}` : ''}.xlsx`, async (target) => {
    try {
      await writeTableXlsx(target, {
        sheet: '学分未修满',
        title: `${args.year} 年学法学分未修满人员名单`,
        lines,
        columns: [
          { header: '序号', width: 6 },
          { header: fieldLabels.unit, width: 30 },
          { header: fieldLabels.name, width: 10 },
          { header: fieldLabels.idNumber, width: 22, text: true },
          { header: '公共必修', width: 10 },
          { header: '选修', width: 8 },
          { header: '必修还差', width: 10 },
          { header: '选修还差', width: 10 },
          { header: '数据截至', width: 12 },
        ],
        rows: rows.map((r, i) => {
          const c = r.credits;
          return [
            i + 1,
            r.unitPath,
            r.name,
            r.idNumber,
            c ? c.compulsory : '未导入',
            c ? c.elective : '未导入',
            Math.max(0, need.compulsory - (c?.compulsory ?? 0)),
            Math.max(0, need.elective - (c?.elective ?? 0)),
            c ? c.asOf : '',
          ];
        }),
        footer: `导出日期：${localDate(ctx.clock.now())}`,
      });
    } catch (e) {
      if (e instanceof SpreadsheetFileError) throw new DeskError(e.code === 'FILE_TOO_LARGE' ? 'FILE_TOO_LARGE' : 'FILE_NOT_SAVED', e.message);
      throw e;
    }
  });
  return { fileId: file.fileId, name: file.name, rows: rows.length, glyphWarning: null };
}
