import path from 'node:path';
import type { CoreContext } from '../context';
import { backupInto } from '../db/backup';
import { applyImport } from './applyImport';
import { loadImportContext } from './importContext';
import { planImport } from './importPlan';
import type { ImportPlan, ImportReport } from './importTypes';
import { readRoster, type ReadOptions } from './readRoster';

export interface ImportOptions extends Pick<ReadOptions, 'sheet' | 'headerRow' | 'overrides' | 'limits' | 'maxRows'> {
  dryRun?: boolean;
  createUnits?: boolean;
  /** Apply the valid rows even when others have errors (the errors are still reported). */
  skipInvalid?: boolean;
  /** The file's name as the admin knows it, for the audit rows (an upload is stored under a random id). */
  sourceName?: string;
}

export interface ImportOutcome {
  report: ImportReport;
  plan: ImportPlan;
  /** The backup taken before writing, when anything was written. */
  backup: string | null;
}

/**
 * Import a roster workbook: read (streaming) → match columns → validate and
 * compare every row → apply in one transaction after an online backup.
 * Without skipInvalid, any row error keeps everything from being applied.
 */
export async function importRoster(ctx: CoreContext, file: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const sheet = await readRoster(file, opts);
  const plan = planImport(sheet, await loadImportContext(ctx.db), { createUnits: opts.createUnits ?? false });
  const blocked = plan.errors.length > 0 && !opts.skipInvalid;
  const hasWork = plan.created.length + plan.updated.length + plan.unitsToCreate.length > 0;
  let backup: string | null = null;
  let applied = false;
  if (!opts.dryRun && !blocked) {
    if (hasWork) {
      backup = await backupInto(ctx.db, ctx.paths.backupsDir, 'before-import', ctx.clock.now());
      await applyImport(ctx, plan, opts.sourceName ?? path.basename(file));
    }
    applied = true;
  }
  return { report: reportOf(plan, applied), plan, backup };
}

export function reportOf(plan: ImportPlan, applied: boolean): ImportReport {
  return {
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    rows: plan.rows,
    created: plan.created.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    transfers: plan.updated.filter((u) => u.transfer).length,
    unitsCreated: plan.unitsToCreate.length,
    absent: plan.absent.length,
    applied,
    errors: plan.errors,
  };
}
