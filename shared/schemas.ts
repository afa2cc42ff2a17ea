import { z } from 'zod';

/**
 * The shapes that cross the contract. Row types everywhere else are inferred
 * from these, so there is one definition of each.
 */

export const examRouteSchema = z.enum(['category', 'regional']);
export type ExamRoute = z.infer<typeof examRouteSchema>;

export const unitSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  /** 1 for a top unit (一级), 2 for its sub-units (二级), … */
  level: z.number().int().min(1),
  sortOrder: z.number().int(),
  code: z.string().nullable(),
  attribute: z.string().nullable(),
  adminName: z.string().nullable(),
  adminPhone: z.string().nullable(),
  adminAccount: z.string().nullable(),
  examRoute: examRouteSchema.nullable(),
  counterpart: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof unitSchema>;

export const deskInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  /** Where the database lives, for the 设置 screen and support calls. */
  databaseFile: z.string(),
  schemaVersion: z.string(),
  /** 'electron' in the desktop window, 'browser' in browser mode, 'cli' in scripts. */
  mode: z.enum(['electron', 'browser', 'cli']),
  unitCount: z.number().int(),
});
export type DeskInfo = z.infer<typeof deskInfoSchema>;

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
