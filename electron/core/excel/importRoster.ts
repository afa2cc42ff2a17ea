import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { CoreContext } from '../context';
import { backupInto } from '../db/backup';
import { applyChanges } from './applyChanges';
import { loadImportContext } from './importContext';
import { createPlanner, type ImportPlanner, type PlanSheet } from './importPlan';
import { NewStaffWriter } from './newStaffWriter';
import type { ImportPlan, ImportReport, PlannedPerson, RecordMoves } from './importTypes';
import { readRoster, type ReadOptions } from './readRoster';

export interface ImportOptions extends Pick<ReadOptions, 'sheet' | 'headerRow' | 'overrides' | 'limits' | 'maxRows'> {
  dryRun?: boolean;
  createUnits?: boolean;
  /** Apply the valid rows even when others have errors (the errors are still reported). */
  skipInvalid?: boolean;
  /** The file's name as the admin knows it, for the audit rows (an upload is stored under a random id). */
  sourceName?: string;
}

/** An import under way: its backup, its open transaction, the writer of its new people. */
interface Writing {
  backup: string;
  trx: Knex.Transaction;
  writer: NewStaffWriter;
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
 * A dry run only reads and plans. A real import writes the new people as
 * the rows are read (see NewStaffWriter), inside a transaction that is
 * rolled back, and its backup removed, when the plan turns out blocked or
 * empty or anything fails. `recordMoves` records the unit changes as the
 * rest of the desk sees them; the desk's own wiring is importRoster in
 * services/excel/importRoster.ts.
 */
export async function runRosterImport(ctx: CoreContext, file: string, opts: ImportOptions, recordMoves: RecordMoves): Promise<ImportOutcome> {
  const known = await loadImportContext(ctx.db);
  const planOpts = { createUnits: opts.createUnits ?? false };
  if (opts.dryRun) {
    const plan = await readAndPlan(file, opts, (sheet) => createPlanner(sheet, known, planOpts));
    return { report: reportOf(plan, false), plan, backup: null };
  }

  const fileName = opts.sourceName ?? path.basename(file);
  const at = ctx.clock.now();
  let writing: Writing | null = null;
  // Begun at the first new person (or at the end, for changes only), so a
  // file that cannot be read or changes nothing costs no backup.
  const begin = async () => {
    const backup = await backupInto(ctx.db, ctx.paths.backupsDir, 'before-import', at);
    try {
      const trx = await ctx.db.transaction();
      writing = { backup, trx, writer: await NewStaffWriter.open(trx, { at: at.toISOString(), actor: ctx.actor, source: fileName }) };
    } catch (e) {
      fs.rmSync(backup, { force: true });
      throw e;
    }
  };
  const abandon = async () => {
    if (!writing) return;
    const { trx, writer, backup } = writing;
    writing = null;
    await writer.settled();
    if (!trx.isCompleted()) await trx.rollback();
    fs.rmSync(backup, { force: true });
  };

  try {
    const plan = await readAndPlan(
      file,
      opts,
      (sheet) => createPlanner(sheet, known, planOpts),
      (person) => {
        if (!writing) return begin().then(() => writing!.writer.add(person));
        return writing.writer.add(person);
      },
    );
    const blocked = plan.errors.length > 0 && !opts.skipInvalid;
    const hasWork = plan.created + plan.updated.length + plan.unitsToCreate.length > 0;
    if (blocked || !hasWork) {
      await abandon();
      return { report: reportOf(plan, !blocked), plan, backup: null };
    }
    if (!writing) await begin();
    const { trx, writer, backup } = writing as unknown as Writing;
    writer.addUnits(plan.unitsToCreate);
    await applyChanges(trx, ctx, plan, await writer.finish(), fileName, at.toISOString(), recordMoves);
    await trx.commit();
    writing = null;
    return { report: reportOf(plan, true), plan, backup };
  } catch (e) {
    await abandon().catch(() => undefined);
    throw e;
  }
}

/**
 * Reads the file and plans each row as it comes, without keeping the rows;
 * `onNew` gets each person the file adds, as soon as the row is read.
 */
async function readAndPlan(
  file: string,
  opts: ImportOptions,
  plannerFor: (sheet: PlanSheet) => ImportPlanner,
  onNew?: (person: PlannedPerson) => Promise<void> | undefined,
): Promise<ImportPlan> {
  let planner: ImportPlanner | null = null;
  const sheet = await readRoster(file, {
    ...opts,
    sink: {
      header: (h) => void (planner = plannerFor(h)),
      row: (r) => {
        const person = planner!.add(r);
        return person && onNew ? onNew(person) : undefined;
      },
    },
  });
  return ((planner as ImportPlanner | null) ?? plannerFor(sheet)).finish(sheet.stoppedAtRow, sheet);
}

export function reportOf(plan: ImportPlan, applied: boolean): ImportReport {
  return {
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    headerFrom: plan.headerFrom,
    rows: plan.rows,
    created: plan.created,
    updated: plan.updated.length,
    unchanged: plan.unchanged,
    transfers: plan.updated.filter((u) => u.transfer).length,
    unitsCreated: plan.unitsToCreate.length,
    absent: plan.absent.length,
    namesNormalized: plan.namesNormalizedTotal,
    footerRows: plan.footerTotal,
    applied,
    errors: plan.errors,
  };
}
