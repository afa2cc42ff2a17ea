import { z } from 'zod';

/** Schemas more than one feature uses: the year, a date, an uploaded file, an exported file. */

/** An uploaded file (inbox) or a written export (outbox): a random id, never the user's file name on disk. */
export const fileIdSchema = z.string().regex(/^[0-9a-f]{32}$/, '文件编号格式不正确');
export const storedFileSchema = z.object({ fileId: z.string(), name: z.string(), size: z.number().int() });
export type StoredFile = z.infer<typeof storedFileSchema>;

/** A year of the work (the 年度 of a policy, an exemption, a booking). */
export const yearSchema = z.number().int().min(2000).max(2100);

/** A list written for download: a workbook or a printed PDF. */
export const exportFormatSchema = z.enum(['xlsx', 'pdf']);
export const exportedFileSchema = z.object({
  fileId: z.string(),
  name: z.string(),
  rows: z.number().int(),
  /** PDF only: text with characters the print font lacks, marked □ in the file; null when there are none. */
  glyphWarning: z.string().nullable(),
});


/** A calendar day as every form and method takes it (年-月-日, e.g. 2024-09-02). */
export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
export const daySchema = z.string().regex(dayPattern, '日期格式应为 年-月-日，如 2024-09-02');

/** The longest text a string field of a schema takes (through optional and nullable). */
export function maxLengthOf(schema: z.ZodType): number {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  const max = s instanceof z.ZodString ? s.maxLength : null;
  if (max === null) throw new Error('text field without a maximum length');
  return max;
}
