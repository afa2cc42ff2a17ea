import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { expectArgsSchema, expectedTransferSchema, findResultSchema, receiveArgsSchema, receiveResultSchema, transferHistoryArgsSchema, transferPageSchema, transferSchema } from './schemas';

/** The contract's 人员异动（调入、待接收、撤销） methods; merged into the one table in shared/contract.ts. */
export const transferMethods = {
  /** Finds people by ID number or name for the 调入 form: where they are now, and what a move would touch. */
  'transfers.find': {
    args: z.object({ query: z.string().max(100) }).strict(),
    result: findResultSchema,
  },
  /** 调入: carried out by the receiving unit; from a unit in the desk (by ID number) or from outside (a new record). */
  'transfers.receive': {
    args: receiveArgsSchema,
    result: receiveResultSchema,
  },
  /** The one history of transfers, from either end. */
  'transfers.history': {
    args: transferHistoryArgsSchema,
    result: transferPageSchema,
  },
  /** Undoes a person's latest transfer, as its own recorded action. */
  'transfers.undo': {
    args: z.object({ id: z.number().int().positive(), reason: z.string().max(200).nullable().optional() }).strict(),
    result: transferSchema,
  },
  /** The sending side marks someone as leaving, to be received by another unit (replaces an earlier mark). */
  'transfers.expect': {
    args: expectArgsSchema,
    result: expectedTransferSchema,
  },
  /** 待接收: open marks, to a unit (the receiving side's to-do) or from a unit (the sending side's list). */
  'transfers.expected': {
    args: z
      .object({ toUnitId: z.number().int().positive().optional(), fromUnitId: z.number().int().positive().optional(), includeSubunits: z.boolean().optional() })
      .strict(),
    result: z.array(expectedTransferSchema),
  },
  /** Withdraws an open mark. */
  'transfers.withdrawExpected': {
    args: z.object({ id: z.number().int().positive() }).strict(),
    result: z.object({ id: z.number().int() }),
  },
} as const satisfies MethodTable;
