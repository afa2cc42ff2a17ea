import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { checkReportSchema, staffInputSchema, staffPageSchema, staffSchema, staffSearchSchema } from './schemas';

/** The contract's 人员 methods: search, one person, add, edit, 核对; merged into the one table in shared/contract.ts. */
export const staffMethods = {
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
} as const satisfies MethodTable;
