import type { z } from 'zod';

/** The shape of a slice of the contract: method name → its argument and result schemas. */
export type MethodTable = Record<string, { args: z.ZodType; result: z.ZodType }>;
