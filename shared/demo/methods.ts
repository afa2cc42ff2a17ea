import { z } from 'zod';
import type { MethodTable } from '../methodTable';

/** The contract's demo tools: made-up data to try the app, never part of real work; merged into the one table in shared/contract.ts. */
export const demoMethods = {
  /** Fill an empty desk with made-up units and staff (valid ID numbers) to try the app. */
  'demo.generate': {
    args: z.object({ units: z.number().int().min(1).max(10_000), staff: z.number().int().min(0).max(300_000) }).strict(),
    result: z.object({ units: z.number().int(), staff: z.number().int() }),
  },
  /**
   * Fills a year's credits, exemptions, bookings and results for the people
   * of one unit (with sub-units) who have none yet, to try the 统计 screen.
   */
  'demo.yearWork': {
    args: z.object({ year: z.number().int().min(2000).max(2100), unitId: z.number().int().positive() }).strict(),
    result: z.object({ people: z.number().int(), exemptions: z.number().int(), credits: z.number().int(), bookings: z.number().int() }),
  },
} as const satisfies MethodTable;
