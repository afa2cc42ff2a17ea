import { z } from 'zod';
import { staffStatuses } from './staffStatus';

/**
 * The shapes that cross the contract. Row types everywhere else are inferred
 * from these, so there is one definition of each.
 */

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

/** The longest text a string field of a schema takes (through optional and nullable). */
export function maxLengthOf(schema: z.ZodType): number {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  const max = s instanceof z.ZodString ? s.maxLength : null;
  if (max === null) throw new Error('text field without a maximum length');
  return max;
}

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

export const rankSchema = z.object({ name: z.string().min(1).max(100), takesPart: z.boolean() });
export type Rank = z.infer<typeof rankSchema>;
export const listsSchema = z.object({ ranks: z.array(rankSchema), unitAttributes: z.array(z.string()) });
export type Lists = z.infer<typeof listsSchema>;

export const deskInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  /** Where the database lives, for the 设置 screen and support calls. */
  databaseFile: z.string(),
  schemaVersion: z.string(),
  /** 'electron' in the desktop window, 'browser' in browser mode, 'cli' in scripts. */
  mode: z.enum(['electron', 'browser', 'cli']),
  unitCount: z.number().int(),
  staffCount: z.number().int(),
  /**
   * The desk's today (YYYY-MM-DD, local): the day of the planning date
   * (设置 → 计划日期) when one is set, else the clock's day. Its year is the
   * working year the screens open on, as the 待办事项 and booking rules see it.
   */
  today: z.string(),
  /**
   * The clock's day, whatever the planning date: the latest day a thing that
   * has happened (a transfer, a step of an exemption) can be dated, as the
   * desk checks it.
   */
  clockToday: z.string(),
});
export type DeskInfo = z.infer<typeof deskInfoSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The roster columns an import reads, in the template's order. */
export const rosterFields = ['name', 'idNumber', 'unit', 'phone', 'account', 'rank', 'post', 'status', 'notes'] as const;
export const rosterFieldSchema = z.enum(rosterFields);
export type RosterField = z.infer<typeof rosterFieldSchema>;
/** The admins' words for each column (the template's headers). */
export const rosterFieldLabels: Record<RosterField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  unit: '单位',
  phone: '手机号码',
  account: '登录账号',
  rank: '职级',
  post: '职务',
  status: '在职状态',
  notes: '备注',
};

/** An uploaded file (inbox) or a written export (outbox): a random id, never the user's file name on disk. */
export const fileIdSchema = z.string().regex(/^[0-9a-f]{32}$/, '文件编号格式不正确');
export const storedFileSchema = z.object({ fileId: z.string(), name: z.string(), size: z.number().int() });
export type StoredFile = z.infer<typeof storedFileSchema>;

export const importRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), code: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** The counts of an import (the CLI's --json report); `errors` holds at most the first 5000 of `errorTotal`. */
export const importReportSchema = z.object({
  sheet: z.string(),
  headerRow: z.number().int(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  transfers: z.number().int(),
  unitsCreated: z.number().int(),
  absent: z.number().int(),
  applied: z.boolean(),
  errors: z.array(importRowErrorSchema),
  errorTotal: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importFieldChangeSchema = z.object({
  field: z.enum(['name', 'phone', 'account', 'unit', 'rank', 'post', 'status', 'notes']),
  old: z.string().nullable(),
  new: z.string().nullable(),
});

const plannedPersonSchema = z.object({
  row: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  sex: sexSchema,
  birthDate: z.string(),
  unitPath: z.string(),
  phone: z.string().nullable(),
  account: z.string().nullable(),
  rank: z.string().nullable(),
  post: z.string().nullable(),
  status: staffStatusSchema,
  notes: z.string().nullable(),
});

/** The dry run as the 导入 screen shows it: counts, the header row's columns, and the first rows of each list. */
export const importPreviewSchema = z.object({
  /** The name the file had on the admin's computer. */
  fileName: z.string(),
  report: importReportSchema,
  /** Visible sheets, in tab order. */
  sheets: z.array(z.string()),
  /** Every non-blank cell of the header row and the field it is read as (null: not imported). */
  columns: z.array(z.object({ header: z.string(), field: rosterFieldSchema.nullable(), column: z.number().int() })),
  /** Reading stopped here: only blank formatted rows below (a sheet styled to its last row). */
  stoppedAtRow: z.number().int().nullable(),
  details: z.object({
    created: z.array(plannedPersonSchema),
    updated: z.array(z.object({ row: z.number().int(), idNumber: z.string(), name: z.string(), changes: z.array(importFieldChangeSchema) })),
    transfers: z.array(z.object({ row: z.number().int(), idNumber: z.string(), name: z.string(), fromPath: z.string(), toPath: z.string() })),
    unitsToCreate: z.array(z.string()),
    unknownUnits: z.array(z.string()),
    absent: z.array(z.object({ idNumber: z.string(), name: z.string(), unitPath: z.string() })),
    errors: z.array(importRowErrorSchema),
  }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** The last row a worksheet can have (Excel's limit): a header row picked by hand lies within it. */
export const SHEET_ROW_MAX = 1_048_576;

/**
 * The first rows of one sheet as text, for the admin to point at the header
 * row when none was found: each non-blank row with the field each cell would
 * be read as (by the header words and the admin's remembered choices).
 */
export const importSheetSampleSchema = z.object({
  /** The name the file had on the admin's computer. */
  fileName: z.string(),
  /** Every sheet in tab order; hidden ones can still be chosen. */
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  /** The sheet shown: the one asked for, or the first visible one. */
  sheet: z.string(),
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()), fields: z.array(rosterFieldSchema.nullable()) })),
  /** Some row has more columns than are shown. */
  moreColumns: z.boolean(),
  /** The row that looks most like a header (it holds at least one required column's usual name), if any. */
  suggestedRow: z.number().int().nullable(),
});
export type ImportSheetSample = z.infer<typeof importSheetSampleSchema>;

export const importApplySchema = importReportSchema.extend({
  /** The backup taken before writing; null when nothing was written. */
  backup: z.string().nullable(),
});
export type ImportApplyResult = z.infer<typeof importApplySchema>;
