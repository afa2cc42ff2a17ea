import { z } from 'zod';
import {
  auditEntrySchema,
  checkReportSchema,
  deskInfoSchema,
  fileIdSchema,
  importApplySchema,
  importPreviewSchema,
  importSheetSampleSchema,
  listsSchema,
  rankSchema,
  rosterFieldSchema,
  SHEET_ROW_MAX,
  staffInputSchema,
  staffPageSchema,
  staffSchema,
  staffSearchSchema,
  unitPatchSchema,
  unitSchema,
} from './schemas';
import { UNIT_NAME_MAX } from './rules/unitName';
import type { MethodTable } from './methodTable';
import { accountMethods } from './methods/accounts';
import { backupMethods } from './methods/backup';
import { bookingMethods } from './methods/bookings';
import { exemptionMethods } from './methods/exemptions';
import { retirementMethods } from './methods/retirement';
import { todoMethods } from './methods/todos';
import { transferMethods } from './methods/transfers';

/** What an import reads: an uploaded file, which sheet, and the admin's column choices (header → field, null: 不导入). */
const importFileArgs = {
  fileId: fileIdSchema,
  sheet: z.string().min(1).max(200).optional(),
  /** The header row the admin picked (the sheet's row number); otherwise it is searched for in the first 30 rows. */
  headerRow: z.number().int().min(1).max(SHEET_ROW_MAX).optional(),
  overrides: z
    .record(z.string().min(1).max(200), rosterFieldSchema.nullable())
    .refine((o) => Object.keys(o).length <= 500, '列太多')
    .optional(),
  /** Create the units the file names that do not exist yet. */
  createUnits: z.boolean().optional(),
};

/**
 * The one table of everything the UI can ask of the core.
 *
 * The preload, the main-process IPC registration, the browser-mode HTTP host,
 * the CLI and the renderer client are all derived from this table. Adding a
 * method is one entry here plus one handler in electron/core/handlers.ts
 * (the compiler refuses a missing handler).
 *
 * Arguments are parsed with `args` at every boundary; `result` documents and
 * types what comes back. The later parts of the year's work keep their
 * methods in shared/methods/ (one file a domain), spread in at the end.
 */
export const contract = {
  'desk.info': {
    args: z.object({}).strict(),
    result: deskInfoSchema,
  },
  'units.list': {
    args: z.object({ includeArchived: z.boolean().optional() }).strict(),
    result: z.array(unitSchema),
  },
  'units.create': {
    args: z
      .object({
        name: z.string().max(UNIT_NAME_MAX * 4),
        parentId: z.number().int().positive().nullable(),
      })
      .strict(),
    result: unitSchema,
  },
  'units.update': {
    args: z.object({ id: z.number().int().positive(), patch: unitPatchSchema }).strict(),
    result: unitSchema,
  },
  /** Move under another parent (null: to the top) and/or reorder: placed before `beforeId`, or last. */
  'units.move': {
    args: z
      .object({ id: z.number().int().positive(), parentId: z.number().int().positive().nullable(), beforeId: z.number().int().positive().nullable().optional() })
      .strict(),
    result: unitSchema,
  },
  /** Archive (with its sub-units) or restore a unit; staff stay where they are. */
  'units.archive': {
    args: z.object({ id: z.number().int().positive(), archived: z.boolean() }).strict(),
    result: unitSchema,
  },
  /** Only an empty unit: no staff, no sub-units (archived ones included). */
  'units.delete': {
    args: z.object({ id: z.number().int().positive() }).strict(),
    result: z.object({ id: z.number().int() }),
  },
  'staff.search': {
    args: staffSearchSchema,
    result: staffPageSchema,
  },
  'staff.get': {
    args: z.object({ id: z.number().int().positive(), year: z.number().int().min(2000).max(2100) }).strict(),
    result: staffSchema,
  },
  'staff.create': {
    args: z.object({ input: staffInputSchema, year: z.number().int().min(2000).max(2100) }).strict(),
    result: staffSchema,
  },
  'staff.update': {
    args: z.object({ id: z.number().int().positive(), input: staffInputSchema, year: z.number().int().min(2000).max(2100) }).strict(),
    result: staffSchema,
  },
  /** Mark people checked (核对) or not for a year. */
  'staff.check': {
    args: z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000), year: z.number().int().min(2000).max(2100), checked: z.boolean() }).strict(),
    result: z.object({ changed: z.number().int() }),
  },
  /** The six verification items for one person and year. */
  'staff.checkReport': {
    args: z.object({ id: z.number().int().positive(), year: z.number().int().min(2000).max(2100) }).strict(),
    result: checkReportSchema,
  },
  'lists.get': {
    args: z.object({}).strict(),
    result: listsSchema,
  },
  /** Replace the rank list (order as given); a rank still held by someone cannot be dropped. */
  'lists.saveRanks': {
    args: z.object({ ranks: z.array(rankSchema).max(500) }).strict(),
    result: listsSchema,
  },
  'lists.saveUnitAttributes': {
    args: z.object({ attributes: z.array(z.string().min(1).max(100)).max(500) }).strict(),
    result: listsSchema,
  },
  /** Fill an empty desk with made-up units and staff (valid ID numbers) to try the app. */
  'demo.generate': {
    args: z.object({ units: z.number().int().min(1).max(10_000), staff: z.number().int().min(0).max(300_000) }).strict(),
    result: z.object({ units: z.number().int(), staff: z.number().int() }),
  },
  /** The dry run of a roster import from an uploaded file; remembers the given column choices. */
  'import.preview': {
    args: z.object(importFileArgs).strict(),
    result: importPreviewSchema,
  },
  /** The first rows of a sheet (the first visible one unless named), to pick the header row by hand when none was found. */
  'import.sheetSample': {
    args: z.object({ fileId: fileIdSchema, sheet: z.string().min(1).max(200).optional() }).strict(),
    result: importSheetSampleSchema,
  },
  /** The import itself, after an online backup; without skipInvalid any row error keeps everything out. */
  'import.apply': {
    args: z.object({ ...importFileArgs, skipInvalid: z.boolean().optional() }).strict(),
    result: importApplySchema,
  },
  /** Writes the roster (one unit with its sub-units, or all) to a file to download. */
  'export.roster': {
    args: z.object({ unitId: z.number().int().positive().optional() }).strict(),
    result: z.object({ fileId: z.string(), name: z.string(), rows: z.number().int() }),
  },
  /** The blank import template to download. */
  'export.template': {
    args: z.object({}).strict(),
    result: z.object({ fileId: z.string(), name: z.string() }),
  },
  'audit.recent': {
    args: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: z.array(auditEntrySchema),
  },
  ...transferMethods,
  ...exemptionMethods,
  ...bookingMethods,
  ...backupMethods,
  ...todoMethods,
  ...retirementMethods,
  ...accountMethods,
} as const satisfies MethodTable;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export { IPC_CHANNEL, IPC_PICK_BACKUP_CHANNEL, IPC_SAVE_CHANNEL, IPC_UPLOAD_CHANNEL, TOKEN_HEADER } from './channels';
