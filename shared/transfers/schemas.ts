import { daySchema } from '../common/schemas';
import { sexSchema, staffInputSchema, staffStatusSchema } from '../staff/schemas';
import { examRouteSchema } from '../units/schemas';
import { z } from 'zod';

/** The 人员异动 feature's schemas: transfers in, out and within, expected arrivals and the history. */

/** Where a transfer came from: a person already in the desk (found by ID number), or from outside it (a new record). */
export const transferOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('desk'), idNumber: z.string().max(40) }).strict(),
  z
    .object({
      kind: z.literal('outside'),
      /** The unit the person comes from, as text (it is not in this desk). */
      origin: z.string().max(200),
      person: staffInputSchema.omit({ unitId: true, status: true }),
    })
    .strict(),
]);
export type TransferOrigin = z.infer<typeof transferOriginSchema>;
export const receiveArgsSchema = z
  .object({
    toUnitId: z.number().int().positive(),
    effectiveOn: daySchema,
    reason: z.string().max(200).nullable().optional(),
    from: transferOriginSchema,
  })
  .strict();
export type ReceiveArgs = z.infer<typeof receiveArgsSchema>;
export const transferDirectionSchema = z.enum(['in', 'out', 'within']);
export type TransferDirection = z.infer<typeof transferDirectionSchema>;
export const transferSchema = z.object({
  id: z.number().int(),
  /** null once the record is gone (an arrival from outside that was undone). */
  staffId: z.number().int().nullable(),
  name: z.string(),
  idNumber: z.string(),
  fromUnitId: z.number().int().nullable(),
  /** The sending unit's path then, or the outside origin as written. */
  fromPath: z.string(),
  fromOutside: z.boolean(),
  toUnitId: z.number().int().nullable(),
  toPath: z.string(),
  effectiveOn: z.string(),
  reason: z.string().nullable(),
  /** 'desk': 办理调入 on the 人员异动 screen; 'import': a changed unit cell in an Excel import. */
  source: z.enum(['desk', 'import']),
  sourceFile: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  undoReason: z.string().nullable(),
  /** Live bookings this transfer flagged because the exam route changed. */
  flaggedBookings: z.number().int(),
  /** The person's latest transfer still in force: 撤销 is offered. */
  undoable: z.boolean(),
  /** Seen from the unit asked about: 调入, 调出, or a move inside it (null without a unit). */
  direction: transferDirectionSchema.nullable(),
});
export type Transfer = z.infer<typeof transferSchema>;
export const transferHistoryArgsSchema = z
  .object({
    unitId: z.number().int().positive().optional(),
    /** With unitId: count the unit's sub-units as the unit (default true). */
    includeSubunits: z.boolean().optional(),
    staffId: z.number().int().positive().optional(),
    direction: z.enum(['in', 'out', 'all']).optional(),
    /** Show undone transfers too (default true: the history keeps them). */
    includeUndone: z.boolean().optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type TransferHistoryArgs = z.infer<typeof transferHistoryArgsSchema>;
export const transferPageSchema = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(transferSchema) });
export type TransferPage = z.infer<typeof transferPageSchema>;
/** 待接收: a sending admin's note that someone leaves for another unit. */
export const expectedTransferSchema = z.object({
  id: z.number().int(),
  staffId: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  /** Where the person is now. */
  fromUnitId: z.number().int().nullable(),
  fromPath: z.string(),
  toUnitId: z.number().int(),
  toPath: z.string(),
  expectedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type ExpectedTransfer = z.infer<typeof expectedTransferSchema>;
export const expectArgsSchema = z
  .object({
    staffId: z.number().int().positive(),
    toUnitId: z.number().int().positive(),
    expectedOn: daySchema.nullable().optional(),
    note: z.string().max(200).nullable().optional(),
  })
  .strict();
export type ExpectArgs = z.infer<typeof expectArgsSchema>;
/** A person as the 调入 form shows them before confirming: where they are now and what a move would touch. */
export const personAtDeskSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  sex: sexSchema,
  birthDate: z.string(),
  unitId: z.number().int(),
  unitPath: z.string(),
  unitArchived: z.boolean(),
  status: staffStatusSchema,
  route: z.object({ route: examRouteSchema, counterpart: z.string().nullable() }),
  lastTransfer: z.object({ id: z.number().int(), effectiveOn: z.string(), fromPath: z.string(), toPath: z.string() }).nullable(),
  expected: expectedTransferSchema.nullable(),
  liveBookings: z.number().int(),
});
export type PersonAtDesk = z.infer<typeof personAtDeskSchema>;
export const findResultSchema = z.object({
  /** The typed text as a valid ID number (normalised), or null when it is not one. */
  idNumber: z.string().nullable(),
  /** Why the typed digits are not a valid ID number, in Chinese (null when they are, or when a name was typed). */
  idProblem: z.string().nullable(),
  people: z.array(personAtDeskSchema),
  /** More people matched than are listed: type more of the name or the ID number. */
  more: z.boolean(),
});
export type FindResult = z.infer<typeof findResultSchema>;
export const receiveResultSchema = z.object({
  transfer: transferSchema,
  /** A new record was made (an arrival from outside). */
  createdPerson: z.boolean(),
  /** A 待接收 notice for the person was closed by this arrival. */
  expectedClosed: z.boolean(),
});
export type ReceiveResult = z.infer<typeof receiveResultSchema>;
