import { fieldLabels } from '../words/labels';
import { sexSchema, staffStatusSchema } from '../staff/schemas';
import { z } from 'zod';

/** The 导入导出 feature's schemas: roster columns, import previews and reports. */

/** The roster columns an import reads, in the template's order. */
export const rosterFields = ['name', 'idNumber', 'unit', 'phone', 'account', 'rank', 'post', 'status', 'notes'] as const;
export const rosterFieldSchema = z.enum(rosterFields);
export type RosterField = z.infer<typeof rosterFieldSchema>;
/** The admins' words for each column (the template's headers). */
export const rosterFieldLabels: Record<RosterField, string> = Object.fromEntries(rosterFields.map((f) => [f, fieldLabels[f]])) as Record<RosterField, string>;
export const importRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), code: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;
/** The counts of an import (the CLI's --json report); `errors` holds at most the first 5000 of `errorTotal`. */
export const importReportSchema = z.object({
  sheet: z.string(),
  headerRow: z.number().int(),
  /** The header's first row: the row above headerRow when the header takes two rows. */
  headerFrom: z.number().int(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  transfers: z.number().int(),
  unitsCreated: z.number().int(),
  absent: z.number().int(),
  /** Names stored otherwise than typed: spaces and line breaks inside, the middle dot (已规范). */
  namesNormalized: z.number().int(),
  /** Lines below the data that are not people: 合计, 填表人, notes (表尾，未导入). */
  footerRows: z.number().int(),
  applied: z.boolean(),
  errors: z.array(importRowErrorSchema),
  errorTotal: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
export const importFieldChangeSchema = z.object({
  field: z.enum(['name', 'phone', 'account', 'unit', 'rank', 'post', 'status', 'notes']),
  old: z.string().nullable(),
  new: z.string().nullable(),
});
const plannedPersonSchema = z.object({
  row: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  sex: sexSchema,
  birthDate: z.string(),
  unitPath: z.string(),
  phone: z.string().nullable(),
  account: z.string().nullable(),
  rank: z.string().nullable(),
  post: z.string().nullable(),
  status: staffStatusSchema,
  notes: z.string().nullable(),
});
/** The dry run as the 导入 screen shows it: counts, the header row's columns, and the first rows of each list. */
export const importPreviewSchema = z.object({
  /** The name the file had on the admin's computer. */
  fileName: z.string(),
  report: importReportSchema,
  /** Visible sheets, in tab order. */
  sheets: z.array(z.string()),
  /** Every non-blank cell of the header row and the field it is read as (null: not imported). */
  columns: z.array(z.object({ header: z.string(), field: rosterFieldSchema.nullable(), column: z.number().int() })),
  /** Reading stopped here: only blank formatted rows below (a sheet styled to its last row). */
  stoppedAtRow: z.number().int().nullable(),
  details: z.object({
    created: z.array(plannedPersonSchema),
    updated: z.array(z.object({ row: z.number().int(), idNumber: z.string(), name: z.string(), changes: z.array(importFieldChangeSchema) })),
    transfers: z.array(z.object({ row: z.number().int(), idNumber: z.string(), name: z.string(), fromPath: z.string(), toPath: z.string() })),
    unitsToCreate: z.array(z.string()),
    unknownUnits: z.array(z.string()),
    absent: z.array(z.object({ idNumber: z.string(), name: z.string(), unitPath: z.string() })),
    errors: z.array(importRowErrorSchema),
    namesNormalized: z.array(z.object({ row: z.number().int(), typed: z.string(), stored: z.string() })),
    footer: z.array(z.object({ row: z.number().int(), text: z.string() })),
  }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
/** The last row a worksheet can have (Excel's limit): a header row picked by hand lies within it. */
export const SHEET_ROW_MAX = 1_048_576;
/**
 * The first rows of one sheet as text, for the admin to point at the header
 * row when none was found: each non-blank row with the field each cell would
 * be read as (by the header words and the admin's remembered choices).
 */
export const importSheetSampleSchema = z.object({
  /** The name the file had on the admin's computer. */
  fileName: z.string(),
  /** Every sheet in tab order; hidden ones can still be chosen. */
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  /** The sheet shown: the one asked for, or the first visible one. */
  sheet: z.string(),
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()), fields: z.array(rosterFieldSchema.nullable()) })),
  /** Some row has more columns than are shown. */
  moreColumns: z.boolean(),
  /** The row that looks most like a header (it holds at least one required column's usual name), if any. */
  suggestedRow: z.number().int().nullable(),
});
export type ImportSheetSample = z.infer<typeof importSheetSampleSchema>;
export const importApplySchema = importReportSchema.extend({
  /** The backup taken before writing; null when nothing was written. */
  backup: z.string().nullable(),
});
export type ImportApplyResult = z.infer<typeof importApplySchema>;
