import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { auditEntrySchema, auditFilterSchema, auditPageSchema } from './schemas';

/** The contract's 操作记录 methods: the audit log, filtered, in words, exported; merged into the one table in shared/contract.ts. */
export const auditMethods = {
  /** The latest actions, newest first. */
  'audit.recent': {
    args: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: z.array(auditEntrySchema),
  },
  /** 操作记录: the audit log, filtered, newest first, with what changed in words. */
  'audit.search': {
    args: auditFilterSchema.extend({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    result: auditPageSchema,
  },
  /** The kinds of action in the log, with their Chinese names and counts. */
  'audit.kinds': {
    args: z.object({}).strict(),
    result: z.array(z.object({ action: z.string(), label: z.string(), count: z.number().int() })),
  },
  /** Writes the filtered log to an Excel file to download. */
  'audit.export': {
    args: auditFilterSchema,
    result: z.object({ fileId: z.string(), name: z.string(), rows: z.number().int() }),
  },
} as const satisfies MethodTable;
