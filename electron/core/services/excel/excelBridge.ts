import path from 'node:path';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract';
import { DeskError } from '../../../../shared/errors';
import type { ImportApplyResult, ImportPreview, ImportSheetSample } from '../../../../shared/excel/schemas';
import type { CoreContext } from '../../context';
import { insertAudit } from '../../db/repositories/audit';
import { selectImportMappings, upsertImportMappings, type ColumnChoices } from '../../db/repositories/importMappings';
import { selectUnit } from '../../db/repositories/units';
import { exportRoster } from '../../excel/exportRoster';
import { SpreadsheetFileError } from '../../excel/fileErrors';
import { loadImportContext } from '../../excel/importContext';
import { planImport } from '../../excel/importPlan';
import { reportOf } from '../../excel/importRoster';
import { importRoster } from './importRoster';
import { readRoster } from '../../excel/readRoster';
import { normalizeHeader } from '../../excel/rosterColumns';
import { writeRosterTemplate } from '../../excel/rosterTemplate';
import { listSheets } from '../../excel/sheetNames';
import { readSheetSample } from '../../excel/sheetSample';
import type { StoredEntry } from '../../files/fileStore';
import { inboxFile } from '../../files/inbox';
import { writeExport } from '../../files/outbox';
import { localDate } from '../settings/desk';
import { cappedReport, previewOf } from './importPreview';
import { sampleOf } from './importSample';

/**
 * The 导入导出 screen's bridge to the Excel core: previews and applies an
 * uploaded roster (the core's reader, planner and importer, unchanged) and
 * writes exports into the outbox for download.
 */

type ImportArgs = ParsedArgsOf<'import.apply'>;

export async function previewImport(ctx: CoreContext, args: ParsedArgsOf<'import.preview'>): Promise<ImportPreview> {
  const entry = await inboxFile(ctx.paths.dataDir, args.fileId);
  const choices = await columnChoices(ctx, args.overrides);
  const sheet = await explained(entry, () => readRoster(entry.path, { sheet: args.sheet, headerRow: args.headerRow, overrides: choices.merged }));
  await choices.remember();
  const plan = planImport(sheet, await loadImportContext(ctx.db), { createUnits: args.createUnits ?? false });
  const sheets = (await explained(entry, () => listSheets(entry.path))).filter((s) => !s.hidden).map((s) => s.name);
  return previewOf(entry.name, sheet, plan, reportOf(plan, false), sheets);
}

/** The first rows of a sheet, for the admin to pick the header row when none was found (reads only). */
export async function sheetSample(ctx: CoreContext, args: ParsedArgsOf<'import.sheetSample'>): Promise<ImportSheetSample> {
  const entry = await inboxFile(ctx.paths.dataDir, args.fileId);
  const sample = await explained(entry, () => readSheetSample(entry.path, { sheet: args.sheet }));
  return sampleOf(entry.name, sample, await selectImportMappings(ctx.db));
}

/** One import at a time per desk: a double click must not plan twice against the same state. */
const running = new WeakMap<CoreContext, Promise<unknown>>();

export async function applyImportFile(ctx: CoreContext, args: ImportArgs): Promise<ImportApplyResult> {
  const previous = running.get(ctx) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => applyNow(ctx, args));
  running.set(ctx, next);
  return next;
}

async function applyNow(ctx: CoreContext, args: ImportArgs): Promise<ImportApplyResult> {
  const entry = await inboxFile(ctx.paths.dataDir, args.fileId);
  const choices = await columnChoices(ctx, args.overrides);
  const { report, backup } = await explained(entry, () =>
    importRoster(ctx, entry.path, {
      sheet: args.sheet,
      headerRow: args.headerRow,
      overrides: choices.merged,
      createUnits: args.createUnits ?? false,
      skipInvalid: args.skipInvalid ?? false,
      sourceName: entry.name,
    }),
  );
  await choices.remember();
  return { ...cappedReport(report), backup };
}

export async function exportRosterFile(ctx: CoreContext, args: ParsedArgsOf<'export.roster'>): Promise<ResultOf<'export.roster'>> {
  const unit = args.unitId === undefined ? null : await selectUnit(ctx.db, args.unitId);
  if (args.unitId !== undefined && !unit) throw new DeskError('UNIT_NOT_FOUND');
  const today = localDate(ctx.clock.now());
  const name = unit ? `学员名册-${unit.name}-${today}.xlsx` : `学员名册-${today}.xlsx`;
  const { file, result } = await writeExport(ctx.paths.dataDir, name, (target) =>
    asDeskError(() => exportRoster(ctx, target, unit ? { unitPath: unit.path } : {})),
  );
  return { fileId: file.fileId, name: file.name, rows: result.rows };
}

export async function exportTemplateFile(ctx: CoreContext): Promise<ResultOf<'export.template'>> {
  const ranks = (await ctx.db('ranks').orderBy('sort_order').pluck('name')) as string[];
  const { file } = await writeExport(ctx.paths.dataDir, '学员名册导入模板.xlsx', (target) => asDeskError(() => writeRosterTemplate(target, ranks)));
  return { fileId: file.fileId, name: file.name };
}

/**
 * The remembered column choices merged with the ones given now (those win).
 * `remember()` stores the given ones for next time, called once the file
 * has been read with them: a choice that loses a required column is not
 * kept. Headers are compared as the reader compares them: without spaces,
 * required marks or bracketed hints.
 */
async function columnChoices(ctx: CoreContext, given: ImportArgs['overrides']): Promise<{ merged: ColumnChoices; remember(): Promise<void> }> {
  const stored = await selectImportMappings(ctx.db);
  // Objects without a prototype: a header such as __proto__ is a key like any other.
  const fresh: ColumnChoices = Object.create(null) as ColumnChoices;
  for (const [header, field] of Object.entries(given ?? {})) {
    const key = normalizeHeader(header);
    if (key && (Object.hasOwn(stored, key) ? stored[key] : undefined) !== field) fresh[key] = field;
  }
  const remember = async () => {
    if (Object.keys(fresh).length === 0) return;
    await ctx.db.transaction(async (trx) => {
      await upsertImportMappings(trx, fresh);
      const before = Object.fromEntries(Object.keys(fresh).map((k) => [k, Object.hasOwn(stored, k) ? stored[k] : null]));
      await insertAudit(trx, { at: ctx.clock.now().toISOString(), actor: ctx.actor, action: 'import.mapping', entity: 'import', entityId: null, before, after: fresh });
    });
  };
  return { merged: Object.assign(Object.create(null) as ColumnChoices, stored, fresh), remember };
}

/** Runs a core reader and tells a file problem in the admin's words, naming the file as they know it. */
async function explained<T>(entry: StoredEntry, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SpreadsheetFileError) throw new DeskError(e.code, e.shownAs(path.basename(entry.path), entry.name));
    throw e;
  }
}

async function asDeskError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SpreadsheetFileError) throw new DeskError(e.code, e.message);
    throw e;
  }
}
