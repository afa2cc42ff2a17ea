import { daySchema } from '../common/schemas';
import { z } from 'zod';

/** The 操作记录 feature's schemas: the audit log's entries, filter and pages. */

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
// 操作记录

export const auditFilterSchema = z
  .object({
    /** Local calendar days, both included. */
    from: daySchema.optional(),
    to: daySchema.optional(),
    actions: z.array(z.string().min(1).max(100)).max(100).optional(),
    unitId: z.number().int().positive().optional(),
    includeSubunits: z.boolean().optional(),
    staffId: z.number().int().positive().optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;
export const fieldChangeSchema = z.object({ label: z.string(), old: z.string().nullable(), new: z.string().nullable() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;
export const auditRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** The action in the admins' words (the code itself when unknown). */
  actionLabel: z.string(),
  staffId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  /** Who or what the entry is about: a person's name, a unit, a file. */
  subject: z.string(),
  unitPath: z.string().nullable(),
  changes: z.array(fieldChangeSchema),
});
export type AuditRow = z.infer<typeof auditRowSchema>;
export const auditPageSchema = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(auditRowSchema) });
export type AuditPage = z.infer<typeof auditPageSchema>;
