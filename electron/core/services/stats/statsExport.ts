import ExcelJS from 'exceljs';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract';
import type { Funnel } from '../../../../shared/stats/methods';
import {
  passRateDefinition,
  sitRateDefinition,
  statsFigureDefinitions,
  statsFigureKeys,
  statsFigureLabels,
} from '../../../../shared/rules/statsFigures';
import type { CoreContext } from '../../context';
import { selectUnits } from '../../db/repositories/units';
import { neutralizeFormula } from '../../excel/safeText';
import { writeWorkbookStream } from '../../excel/workbookStream';
import { writeExport } from '../../files/outbox';
import { localDate } from '../settings/desk';
import { peopleOf } from './funnelQuery';
import { checkedScope, funnelParams, personOf, statsSummary } from './statsService';
import { fieldLabels } from '../../../../shared/words/labels';

/**
 * The 统计 table and the lists behind its figures as Excel files: text cells
 * neutralised, IDs as text. Every figure of the table is a number cell and
 * each rate a number (0.974) shown with a percent format (97.4%), so the file
 * sums and charts as it is; a figure that cannot be counted is left empty.
 */

const safe = (v: string) => neutralizeFormula(v);

/** One decimal place, as the 统计 screen shows rates. */
export const RATE_FORMAT = '0.0%';

export async function exportSummary(ctx: CoreContext, args: ParsedArgsOf<'stats.exportSummary'>): Promise<ResultOf<'stats.exportSummary'>> {
  const summary = await statsSummary(ctx, args);
  const scopeName = summary.unit?.name ?? '全部单位';
  const name = `${args.year}年度统计-${scopeName}-${localDate(ctx.clock.now())}.xlsx`;
  const { file } = await writeExport(ctx.paths.dataDir, name, async (target) => {
    const wb = new ExcelJS.Workbook();
    wb.creator = '学法考法管理台';
    const ws = wb.addWorksheet('统计', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    ws.columns = [
      { header: fieldLabels.unit, width: 28 },
      ...statsFigureKeys.map((k) => ({ header: statsFigureLabels[k], width: 10, style: { numFmt: '0' } })),
      { header: '参考率', width: 10, style: { numFmt: RATE_FORMAT } },
      { header: '通过率', width: 10, style: { numFmt: RATE_FORMAT } },
    ];
    ws.getRow(1).font = { bold: true };
    const line = (label: string, f: Funnel) => [safe(label), ...statsFigureKeys.map((k) => f[k] ?? null), f.sitRate, f.passRate];
    for (const row of summary.rows) ws.addRow(line(row.name, row.funnel));
    const totalRow = ws.addRow(line(`合计（${scopeName}）`, summary.total));
    totalRow.font = { bold: true };

    const defs = wb.addWorksheet('口径说明');
    defs.columns = [
      { header: '指标', width: 14 },
      { header: '口径', width: 80 },
    ];
    defs.getRow(1).font = { bold: true };
    defs.addRow(['年度', String(args.year)]);
    defs.addRow(['范围', safe(summary.unit ? `${summary.unit.path}（含下级单位）` : '全部单位')]);
    for (const k of statsFigureKeys) defs.addRow([statsFigureLabels[k], statsFigureDefinitions[k]]);
    defs.addRow(['参考率', sitRateDefinition]);
    defs.addRow(['通过率', passRateDefinition]);
    defs.addRow(['说明', '应参考为 0 时没有参考率、通过率，单元格留空。']);
    if (!summary.creditsRequired) defs.addRow(['说明', '该年度没有年度规则，学分达标无法统计，单元格留空。']);
    await wb.xlsx.writeFile(target);
  });
  return { fileId: file.fileId, name: file.name };
}

export async function exportPeople(ctx: CoreContext, args: ParsedArgsOf<'stats.exportPeople'>): Promise<ResultOf<'stats.exportPeople'>> {
  const units = await selectUnits(ctx.db, { includeArchived: true });
  const scope = await checkedScope(units, args);
  const params = await funnelParams(ctx, args.year);
  const unit = args.unitId === null ? null : units.find((u) => u.id === args.unitId)!;
  const label = statsFigureLabels[args.figure];
  const name = `${args.year}年度${label}名单-${unit?.name ?? '全部单位'}${args.ownOnly ? '本级' : ''}-${localDate(ctx.clock.now())}.xlsx`;
  const paths = new Map(units.map((u) => [u.id, u.path]));
  const { rows } = await peopleOf(ctx.db, scope, params, args.figure, { offset: 0, limit: null });
  const { file } = await writeExport(ctx.paths.dataDir, name, (target) => writeWorkbookStream(target, async ({ wb }) => {
    wb.creator = '学法考法管理台';
    const ws = wb.addWorksheet(label, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      { header: '序号', key: 'n', width: 8 },
      { header: fieldLabels.name, key: 'name', width: 12 },
      { header: fieldLabels.idNumber, key: 'idNumber', width: 22, style: { numFmt: '@' } },
      { header: fieldLabels.unit, key: 'unit', width: 36 },
      { header: fieldLabels.rank, key: 'rank', width: 14 },
      { header: '本年度情况', key: 'detail', width: 40 },
    ];
    ws.getRow(1).font = { bold: true };
    rows.forEach((r, i) => {
      const p = personOf(r, paths, params);
      ws.addRow([i + 1, safe(p.name), safe(p.idNumber), safe(p.unitPath), safe(p.rank ?? ''), safe(p.detail)]).commit();
    });
    ws.commit();
  }));
  return { fileId: file.fileId, name: file.name, rows: rows.length };
}
