import type { ImportPreview, ImportReport } from '../../../../shared/excel/schemas';
import { FIRST_CREATED_KEPT, type ImportPlan, type ImportReport as CoreReport } from '../../excel/importTypes';
import type { RosterSheet } from '../../excel/readRoster';

/** How many rows of each list the screen gets (a plan keeps as many of its new people); the counts are always complete. */
export const DETAIL_ROWS = FIRST_CREATED_KEPT;
export const MAX_ERRORS = 5000;

/** The core's report with its error list capped (a broken file can have an error on every row). */
export function cappedReport(report: CoreReport): ImportReport {
  return { ...report, errors: report.errors.slice(0, MAX_ERRORS), errorTotal: report.errors.length };
}

/** Turns a dry run into what the 导入 screen shows: counts, the header row's columns, and the first rows of each list. */
export function previewOf(fileName: string, sheet: RosterSheet, plan: ImportPlan, report: CoreReport, sheets: string[]): ImportPreview {
  const fieldAt = new Map(sheet.columns.map((c) => [c.column, c.field]));
  const columns = sheet.headers.flatMap((text, i) => {
    const header = text.trim();
    return header ? [{ header, field: fieldAt.get(i + 1) ?? null, column: i + 1 }] : [];
  });
  const capped = cappedReport(report);
  return {
    fileName,
    report: capped,
    sheets: sheets.includes(sheet.sheet) ? sheets : [sheet.sheet, ...sheets],
    columns,
    stoppedAtRow: plan.stoppedAtRow ?? null,
    details: {
      created: plan.firstCreated.slice(0, DETAIL_ROWS),
      updated: plan.updated.slice(0, DETAIL_ROWS).map((u) => ({ row: u.row, idNumber: u.idNumber, name: u.name, changes: u.changes })),
      transfers: plan.updated
        .filter((u) => u.transfer)
        .slice(0, DETAIL_ROWS)
        .map((u) => ({ row: u.row, idNumber: u.idNumber, name: u.name, fromPath: u.transfer!.fromPath, toPath: u.transfer!.toPath })),
      unitsToCreate: plan.unitsToCreate.slice(0, 1000),
      unknownUnits: plan.unknownUnits.slice(0, 1000),
      absent: plan.absent.slice(0, DETAIL_ROWS),
      errors: capped.errors,
      namesNormalized: plan.namesNormalized.slice(0, DETAIL_ROWS),
      footer: plan.footer.slice(0, DETAIL_ROWS),
    },
  };
}
