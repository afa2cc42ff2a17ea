import path from 'node:path';
import type { Desk } from '../core/desk';
import { exportRoster } from '../core/excel/exportRoster';
import { SpreadsheetFileError } from '../core/excel/fileErrors';
import { importRoster } from '../core/services/excel/importRoster';
import { failureReport, type ImportReport } from '../core/excel/importTypes';
import { writeRosterTemplate } from '../core/excel/rosterTemplate';
import { isDeskError } from '../../shared/errors';
import { SHEET_ROW_MAX } from '../../shared/excel/schemas';
import { diskFull, isDiskFull } from '../core/db/diskFull';
import type { CliIo } from './io';

export interface ExcelFlags {
  json?: boolean;
  sheet?: string;
  'header-row'?: string;
  'dry-run'?: boolean;
  'create-units'?: boolean;
  'skip-invalid'?: boolean;
  unit?: string;
}

/**
 * `xuefa import <file.xlsx>`: exit 0 applied (or a clean dry run), 1 errors
 * kept it from applying, 2 the file could not be read at all.
 */
export async function importCommand(desk: Desk, file: string | undefined, flags: ExcelFlags, io: CliIo): Promise<number> {
  if (!file) {
    io.err('请给出要导入的文件，例如：xuefa import 名册.xlsx --dry-run');
    return 2;
  }
  const headerRow = flags['header-row'] === undefined ? undefined : Number(flags['header-row']);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= SHEET_ROW_MAX)) {
    io.err(`--header-row 应是表头所在的行号（1 到 ${SHEET_ROW_MAX} 之间的整数），例如：xuefa import 名册.xlsx --header-row 3`);
    return 2;
  }
  try {
    const { report, plan, backup } = await importRoster(desk.ctx, file, {
      sheet: flags.sheet,
      headerRow,
      dryRun: flags['dry-run'],
      createUnits: flags['create-units'],
      skipInvalid: flags['skip-invalid'],
    });
    if (flags.json) io.out(JSON.stringify(report));
    else io.out(describe(report, path.basename(file), flags['dry-run'] ?? false));
    for (const e of report.errors.slice(0, flags.json ? 0 : 200)) io.err(e.message);
    if (!flags.json && report.errors.length > 200) io.err(`……另有 ${report.errors.length - 200} 处错误，请用 --json 查看全部。`);
    if (!flags.json && plan.absent.length > 0) io.err(`名册中有 ${plan.absent.length} 人不在文件中（只列出，不会删除）。`);
    if (plan.stoppedAtRow !== undefined) io.err(`第 ${plan.stoppedAtRow} 行起只有空白格式，没有继续读取。`);
    if (backup) io.err(`写入前已备份到：${backup}`);
    if (report.applied) return 0;
    return report.errors.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof SpreadsheetFileError) {
      if (flags.json) io.out(JSON.stringify(failureReport(e.code, e.message)));
      io.err(e.message);
      return 2;
    }
    if (isDiskFull(e)) {
      const full = diskFull();
      if (flags.json) io.out(JSON.stringify({ ok: false, error: { code: full.code, message: full.message } }));
      io.err(full.message);
      return 1;
    }
    throw e;
  }
}

/** `xuefa export roster <out.xlsx> [--unit <path>]` */
export async function exportCommand(desk: Desk, what: string | undefined, file: string | undefined, flags: ExcelFlags, io: CliIo): Promise<number> {
  if (what === 'template' && file) {
    const ranks = (await desk.ctx.db('ranks').orderBy('sort_order').pluck('name')) as string[];
    await writeRosterTemplate(file, ranks);
    io.out(flags.json ? JSON.stringify({ file }) : `已生成导入模板：${file}`);
    return 0;
  }
  if (what !== 'roster' || !file) {
    io.err('用法：xuefa export roster <输出文件.xlsx> [--unit <单位路径>]，或 xuefa export template <输出文件.xlsx>');
    return 2;
  }
  try {
    const { rows } = await exportRoster(desk.ctx, file, { unitPath: flags.unit });
    io.out(flags.json ? JSON.stringify({ file, rows }) : `已导出 ${rows} 人到 ${file}`);
    return 0;
  } catch (e) {
    if (e instanceof SpreadsheetFileError || isDeskError(e)) {
      if (flags.json) io.out(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }));
      io.err(e.message);
      return e instanceof SpreadsheetFileError ? 2 : 1;
    }
    throw e;
  }
}

/** 2, or 1–2 for a two-row header. */
function headerRows(r: Pick<ImportReport, 'headerRow' | 'headerFrom'>): string {
  return r.headerFrom < r.headerRow ? `${r.headerFrom}–${r.headerRow}` : String(r.headerRow);
}

function describe(r: ImportReport, file: string, dryRun: boolean): string {
  const verb = r.applied ? '已导入' : dryRun ? '试运行（未写入）' : '未导入';
  return [
    `${verb}：${file}，工作表“${r.sheet}”，表头在第 ${headerRows(r)} 行，数据 ${r.rows} 行`,
    `新增 ${r.created} 人，变更 ${r.updated} 人（其中单位调动 ${r.transfers} 人），无变化 ${r.unchanged} 人，新建单位 ${r.unitsCreated} 个`,
    `文件中没有的在册人员 ${r.absent} 人（不会删除）；错误 ${r.errors.length} 处`,
    r.namesNormalized > 0 ? `姓名已规范 ${r.namesNormalized} 人（去掉姓名中的空格和换行，统一间隔号）` : '',
    r.footerRows > 0 ? `表尾 ${r.footerRows} 行（合计、填表人、说明等），未导入` : '',
    !r.applied && r.errors.length > 0 && !dryRun ? '因有错误，没有写入任何数据。改正后重新导入，或加 --skip-invalid 只导入正确的行。' : '',
  ]
    .filter(Boolean)
    .join('\n');
}
