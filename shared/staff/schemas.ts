import { z } from 'zod';
import { staffStatuses } from '../staffStatus';

/** The 学员名册 feature's schemas: a person, the roster's search and pages, the yearly check. */

export const staffStatusSchema = z.enum(staffStatuses);
export type StaffStatus = z.infer<typeof staffStatusSchema>;
export { staffStatuses };
export const sexSchema = z.enum(['男', '女']);
export const retirementAgeSchema = z.union([z.literal(50), z.literal(55), z.literal(60)]);
/** What the admin types into the staff form (sex and birth date come from the ID number). */
export const staffInputSchema = z
  .object({
    idNumber: z.string().max(40),
    name: z.string().max(100),
    phone: z.string().max(40).nullable().optional(),
    account: z.string().max(100).nullable().optional(),
    unitId: z.number().int().positive(),
    rank: z.string().max(100).nullable().optional(),
    post: z.string().max(100).nullable().optional(),
    status: staffStatusSchema.optional(),
    /** Original statutory retirement age; defaults to 60 for men and 55 for women. */
    retirementAge: retirementAgeSchema.nullable().optional(),
    notes: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type StaffInput = z.infer<typeof staffInputSchema>;
export const staffSchema = z.object({
  id: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  sex: sexSchema,
  birthDate: z.string(),
  phone: z.string().nullable(),
  account: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  unitPath: z.string(),
  rank: z.string().nullable(),
  post: z.string().nullable(),
  status: staffStatusSchema,
  retirementAge: retirementAgeSchema,
  notes: z.string().nullable(),
  /** Marked as checked (核对) for the year asked about. */
  checked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Staff = z.infer<typeof staffSchema>;
export const staffSearchSchema = z
  .object({
    /** Matches name (contains), ID number, phone or account (prefix). */
    query: z.string().max(100).optional(),
    unitId: z.number().int().positive().optional(),
    /** With unitId: include the unit's sub-units (default true). */
    includeSubunits: z.boolean().optional(),
    /** With unitId: instead of the people in the unit, those transferred out of it (调出人员), wherever they are now. */
    movedOut: z.boolean().optional(),
    status: staffStatusSchema.optional(),
    rank: z.string().max(100).optional(),
    /** The 核对 year the `checked` filter and column refer to. */
    year: z.number().int().min(2000).max(2100),
    checked: z.boolean().optional(),
    /** Only 到龄未退: 在职 on or after their retirement date (agreed, else statutory) as of the planning date. */
    overdueRetirement: z.boolean().optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type StaffSearch = z.infer<typeof staffSearchSchema>;
export const staffPageSchema = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(staffSchema) });
export type StaffPage = z.infer<typeof staffPageSchema>;
/** The six items an admin verifies each year (DOMAIN.md). */
export const checkItemKeys = ['unitChange', 'unitAttribute', 'statusChange', 'exemptionChange', 'accountChange', 'newPerson'] as const;
export const checkItemLabels: Record<(typeof checkItemKeys)[number], string> = {
  unitChange: '单位变更',
  unitAttribute: '单位属性选择',
  statusChange: '在职状态变化',
  exemptionChange: '免考情形变动',
  accountChange: '登录账号变更',
  newPerson: '人员新增',
};
export const checkReportSchema = z.object({
  staffId: z.number().int(),
  year: z.number().int(),
  checkedAt: z.string().nullable(),
  checkedBy: z.string().nullable(),
  items: z.array(
    z.object({
      key: z.enum(checkItemKeys),
      label: z.string(),
      /** Something changed in the year that the platform must mirror. */
      changed: z.boolean(),
      /** What changed, in words (e.g. 公证处 → 办公室). */
      detail: z.string().nullable(),
    }),
  ),
});
export type CheckReport = z.infer<typeof checkReportSchema>;
