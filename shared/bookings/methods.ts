import { z } from 'zod';
import { bookingRowSchema, calendarSchema, creditRowSchema, creditsReportSchema, eligibilityResultSchema, makeupCandidateSchema, planningAsOfSchema, planningClockSchema, resultsReportSchema, sessionAtSchema, sessionKindSchema, spreadResultSchema } from './schemas';
import { exportedFileSchema, exportFormatSchema, fileIdSchema, yearSchema } from '../common/schemas';
import type { MethodTable } from '../methodTable';
import { yearPolicySchema } from '../rules/yearPolicy';

const id = z.number().int().positive();
const staffIds = z.array(id).min(1).max(100_000);
const bookingIds = z.array(id).min(1).max(10_000);
const capacity = z.number().int().min(1).max(10_000);

/** The contract's 年度规则、学分、考试场次与报考、考试结果、补考 methods; merged into the one table in shared/contract.ts. */
export const bookingMethods = {
  /** Years with a policy (stored ones and the shipped preset), and whether each is stored. */
  'years.list': {
    args: z.object({}).strict(),
    result: z.array(z.object({ year: z.number().int(), stored: z.boolean() })),
  },
  /** A year's policy (the preset for 2024 until saved); null when the year has none. */
  'years.get': {
    args: z.object({ year: yearSchema }).strict(),
    result: yearPolicySchema.nullable(),
  },
  /** Saves a policy after checking its windows (POLICY_INVALID names every problem). */
  'years.save': {
    args: z.object({ policy: yearPolicySchema }).strict(),
    result: yearPolicySchema,
  },
  /** Starts a year from another year's policy, every date moved by the years between. */
  'years.copy': {
    args: z.object({ from: yearSchema, to: yearSchema }).strict(),
    result: yearPolicySchema,
  },
  /** The desk's "now" for the booking rules. */
  'planning.get': {
    args: z.object({}).strict(),
    result: planningClockSchema,
  },
  /** Plans as of a set day (and time), or back to the clock with null. */
  'planning.set': {
    args: z.object({ asOf: planningAsOfSchema.nullable() }).strict(),
    result: planningClockSchema,
  },
  /** The route windows and make-up days with their sessions, booked counts and room capacities. */
  'bookings.calendar': {
    args: z.object({ year: yearSchema }).strict(),
    result: calendarSchema,
  },
  /** Every selected person (a unit with its sub-units, chosen people, a name) judged for one session. */
  'bookings.eligibility': {
    args: z
      .object({
        year: yearSchema,
        sessionAt: sessionAtSchema,
        unitId: id.optional(),
        staffIds: staffIds.optional(),
        query: z.string().max(100).optional(),
        onlyEligible: z.boolean().optional(),
        limit: z.number().int().min(1).max(20_000).optional(),
      })
      .strict(),
    result: eligibilityResultSchema,
  },
  /** Books people into one session; refused whole when anyone is not bookable or the room is full. */
  'bookings.book': {
    args: z.object({ year: yearSchema, sessionAt: sessionAtSchema, staffIds }).strict(),
    result: z.object({ booked: z.number().int() }),
  },
  /**
   * Spreads people over sessions within each room's capacity: evenly by default, each unit kept
   * together where it fits ('fill': in time order, each session up to its capacity); dryRun lists
   * who goes where.
   */
  'bookings.spread': {
    args: z
      .object({
        year: yearSchema,
        sessionAts: z.array(sessionAtSchema).min(1).max(200),
        staffIds,
        capacity: capacity.optional(),
        mode: z.enum(['even', 'fill']).optional(),
        dryRun: z.boolean().optional(),
      })
      .strict(),
    result: spreadResultSchema,
  },
  'bookings.cancel': {
    args: z.object({ ids: bookingIds }).strict(),
    result: z.object({ cancelled: z.number().int() }),
  },
  /** Moves live bookings to another session, checked as if booked afresh. */
  'bookings.move': {
    args: z.object({ ids: bookingIds, sessionAt: sessionAtSchema }).strict(),
    result: z.object({ moved: z.number().int() }),
  },
  'bookings.list': {
    args: z
      .object({
        year: yearSchema,
        unitId: id.optional(),
        sessionAt: sessionAtSchema.optional(),
        kind: sessionKindSchema.optional(),
        includeCancelled: z.boolean().optional(),
        flaggedOnly: z.boolean().optional(),
      })
      .strict(),
    result: z.array(bookingRowSchema),
  },
  /** A session's room and capacity (null capacity: no limit). */
  'bookings.setCapacity': {
    args: z.object({ sessionAt: sessionAtSchema, capacity: capacity.nullable(), room: z.string().max(100).nullable().optional() }).strict(),
    result: z.object({ sessionAt: z.string(), capacity: z.number().int().nullable(), room: z.string().nullable() }),
  },
  /** Those who missed or failed the regular exam, for make-up registration. */
  'bookings.makeupList': {
    args: z.object({ year: yearSchema, unitId: id.optional() }).strict(),
    result: z.array(makeupCandidateSchema),
  },
  /**
   * 签到表 of one session: ID numbers masked as in the printed archive; the
   * full numbers only with a reason (recorded in 操作记录). Room and
   * invigilator as typed when printing (blank lines to fill by hand otherwise).
   */
  'bookings.exportSignInSheet': {
    args: z
      .object({
        sessionAt: sessionAtSchema,
        unitId: id.optional(),
        format: exportFormatSchema,
        room: z.string().max(100).optional(),
        invigilator: z.string().max(100).optional(),
        fullIdReason: z.string().max(200).optional(),
      })
      .strict(),
    result: exportedFileSchema,
  },
  /** The bookings of a unit (with sub-units) for the year. */
  'bookings.exportList': {
    args: z.object({ year: yearSchema, unitId: id.optional(), format: exportFormatSchema }).strict(),
    result: exportedFileSchema,
  },
  /** Each person's credits; onlyShort: those who must complete them (在职, rank taking part, not exempt) and have not. */
  'credits.list': {
    args: z
      .object({
        year: yearSchema,
        unitId: id.optional(),
        query: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(20_000).optional(),
        onlyShort: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ total: z.number().int(), complete: z.number().int(), rows: z.array(creditRowSchema) }),
  },
  /** 学分未修满名单 as Excel: unit by unit, with how much of each figure is missing. */
  'credits.exportShort': {
    args: z.object({ year: yearSchema, unitId: id.optional() }).strict(),
    result: exportedFileSchema,
  },
  /** The working year (the planning date's year) and whether it has a policy; without one, a draft copied from the latest year, not saved. */
  'years.working': {
    args: z.object({}).strict(),
    result: z.object({ year: z.number().int(), hasPolicy: z.boolean(), latestYear: z.number().int().nullable(), draft: yearPolicySchema.nullable() }),
  },
  /** The dry run of the platform's credit export: matched by ID number or login account. */
  /**
   * The dry run of the platform's credit export: matched by ID number or login account. asOf is
   * the day the figures stand at; without it the file's title rows (数据截至 …) are read.
   */
  'credits.preview': {
    args: z.object({ fileId: fileIdSchema, year: yearSchema, asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
    result: creditsReportSchema,
  },
  /** Writes the figures; refused (nothing written) when some go down unless confirmDecreases is given. */
  'credits.apply': {
    args: z
      .object({
        fileId: fileIdSchema,
        year: yearSchema,
        asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        skipInvalid: z.boolean().optional(),
        confirmDecreases: z.boolean().optional(),
      })
      .strict(),
    result: creditsReportSchema,
  },
  /** The dry run of the platform's results export. */
  'results.preview': {
    args: z.object({ fileId: fileIdSchema, year: yearSchema }).strict(),
    result: resultsReportSchema,
  },
  /** Records the results; any row error keeps everything out. */
  'results.apply': {
    args: z.object({ fileId: fileIdSchema, year: yearSchema }).strict(),
    result: resultsReportSchema,
  },
} as const satisfies MethodTable;
