import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { fileIdSchema } from '../common/schemas';

/** Where empty login accounts are filled from: the person's mobile number, or a column of an uploaded Excel file matched by ID number. */
export const accountSourceSchema = z.enum(['phone', 'file']);

export const accountFillSchema = z.object({
  applied: z.boolean(),
  source: accountSourceSchema,
  /** The file's column the accounts were read from (null for the mobile number). */
  column: z.string().nullable(),
  /** People in scope whose login account is empty. */
  empty: z.number().int(),
  /** Who gets which account. */
  fills: z.array(z.object({ staffId: z.number().int(), name: z.string(), idNumber: z.string(), unitPath: z.string(), account: z.string() })),
  /** Left empty: the account is already someone else's, or the source gives it to two people. */
  skipped: z.array(z.object({ staffId: z.number().int(), name: z.string(), account: z.string(), why: z.string() })),
  /** People with an empty account the source has nothing for. */
  noValue: z.number().int(),
});
export type AccountFill = z.infer<typeof accountFillSchema>;

/** The contract's 登录账号 bulk method; merged into the one table in shared/contract.ts. */
export const accountMethods = {
  /**
   * Fills EMPTY login accounts (a unit with its sub-units, or everyone) from the mobile number or
   * from a column of an uploaded file matched by ID number; without `apply` it only shows who would
   * get what. Stored accounts are never changed.
   */
  'staff.fillAccounts': {
    args: z
      .object({
        source: accountSourceSchema,
        fileId: fileIdSchema.optional(),
        /** The header of the file's account column; left out: a 登录账号/账号/用户名 column. */
        column: z.string().min(1).max(100).optional(),
        unitId: z.number().int().positive().optional(),
        apply: z.boolean().optional(),
      })
      .strict(),
    result: accountFillSchema,
  },
} as const satisfies MethodTable;
