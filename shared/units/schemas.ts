import { z } from 'zod';

/** The 单位 feature's schemas: a unit of the tree and the fields an admin can change.
 * Row types everywhere else are inferred from the schemas under shared/, so each shape has one definition. */

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
  /** Names from the top unit down to this one, joined by '/': 汨罗市司法局/公证处. */
  path: z.string(),
  /** Staff whose unit is this one. */
  staffCount: z.number().int(),
  /** Staff in this unit and all its sub-units. */
  staffCountTotal: z.number().int(),
  /** The route that applies, and where it comes from (inherited or default). */
  effectiveRoute: z.object({
    route: examRouteSchema,
    counterpart: z.string().nullable(),
    fromUnitId: z.number().int().nullable(),
    fromUnitName: z.string().nullable(),
  }),
});
export type Unit = z.infer<typeof unitSchema>;
/** Fields of a unit the admin edits on the 单位层级 screen. */
export const unitPatchSchema = z
  .object({
    name: z.string().max(400),
    code: z.string().max(100).nullable(),
    attribute: z.string().max(100).nullable(),
    adminName: z.string().max(100).nullable(),
    adminPhone: z.string().max(40).nullable(),
    adminAccount: z.string().max(100).nullable(),
    /** null: inherit from the parent. */
    examRoute: examRouteSchema.nullable(),
    /** The provincial department that organises a 分类 unit's exam. */
    counterpart: z.string().max(200).nullable(),
  })
  .partial()
  .strict();
export type UnitPatch = z.infer<typeof unitPatchSchema>;
