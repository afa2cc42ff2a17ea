import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { fileIdSchema } from '../common/schemas';
import { importApplySchema, importPreviewSchema, importSheetSampleSchema, rosterFieldSchema, SHEET_ROW_MAX } from './schemas';

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

/** The contract's 导入导出 methods: the roster import (dry run, sheet sample, apply), the roster export and the template; merged into the one table in shared/contract.ts. */
export const excelMethods = {
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
} as const satisfies MethodTable;
