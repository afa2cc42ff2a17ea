import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { UNIT_NAME_MAX } from '../rules/unitName';
import { unitPatchSchema, unitSchema } from './schemas';

/** The contract's 单位 methods: the unit tree, its fields, archiving a unit; merged into the one table in shared/contract.ts. */
export const unitMethods = {
  'units.list': {
    args: z.object({ includeArchived: z.boolean().optional() }).strict(),
    result: z.array(unitSchema),
  },
  'units.create': {
    args: z
      .object({
        name: z.string().max(UNIT_NAME_MAX * 4),
        parentId: z.number().int().positive().nullable(),
      })
      .strict(),
    result: unitSchema,
  },
  'units.update': {
    args: z.object({ id: z.number().int().positive(), patch: unitPatchSchema }).strict(),
    result: unitSchema,
  },
  /** Move under another parent (null: to the top) and/or reorder: placed before `beforeId`, or last. */
  'units.move': {
    args: z
      .object({ id: z.number().int().positive(), parentId: z.number().int().positive().nullable(), beforeId: z.number().int().positive().nullable().optional() })
      .strict(),
    result: unitSchema,
  },
  /** Archive (with its sub-units) or restore a unit; staff stay where they are. */
  'units.archive': {
    args: z.object({ id: z.number().int().positive(), archived: z.boolean() }).strict(),
    result: unitSchema,
  },
  /** Only an empty unit: no staff, no sub-units (archived ones included). */
  'units.delete': {
    args: z.object({ id: z.number().int().positive() }).strict(),
    result: z.object({ id: z.number().int() }),
  },
} as const satisfies MethodTable;
