import { importRowErrorSchema } from '../excel/schemas';
import { reasonCodes } from '../rules/eligibility';
import { examRouteSchema } from '../units/schemas';
import { z } from 'zod';

/** The 报考 feature's schemas: the calendar, eligibility, bookings, credits, results and make-ups. */

export const sessionAtSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '考试场次格式应为 YYYY-MM-DDTHH:MM');
export const planningAsOfSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, '日期格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM');
export const reasonCodeSchema = z.enum(reasonCodes);
export const sessionKindSchema = z.enum(['regular', 'makeup']);
export const outcomeSchema = z.enum(['passed', 'failed', 'absent']);
export type Outcome = z.infer<typeof outcomeSchema>;
export const outcomeLabels: Record<Outcome, string> = { passed: '合格', failed: '不合格', absent: '缺考' };
/** The desk's "now" for planning: the set date, or the clock's. */
export const planningClockSchema = z.object({
  /** 'YYYY-MM-DDTHH:MM' the booking rules use. */
  now: z.string(),
  /** The admin's planning date when set; null: the clock decides. */
  asOf: z.string().nullable(),
  /** What the clock says, for showing beside a set date. */
  clockNow: z.string(),
});
export type PlanningClock = z.infer<typeof planningClockSchema>;
export const creditsSchema = z.object({ compulsory: z.number(), elective: z.number(), asOf: z.string() });
export const sessionSlotSchema = z.object({
  at: z.string(),
  booked: z.number().int(),
  capacity: z.number().int().nullable(),
  room: z.string().nullable(),
});
export type SessionSlot = z.infer<typeof sessionSlotSchema>;
export const calendarSchema = z.object({
  year: z.number().int(),
  now: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      /** Which windows the day belongs to. */
      routes: z.array(examRouteSchema),
      makeup: z.boolean(),
      sessions: z.array(sessionSlotSchema),
    }),
  ),
});
export type Calendar = z.infer<typeof calendarSchema>;
export const liveBookingSchema = z.object({ id: z.number().int(), sessionAt: z.string(), kind: sessionKindSchema });
export const eligibilityRowSchema = z.object({
  staffId: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  unitId: z.number().int(),
  unitPath: z.string(),
  route: examRouteSchema,
  eligible: z.boolean(),
  reasons: z.array(reasonCodeSchema),
  credits: creditsSchema.nullable(),
  booking: liveBookingSchema.nullable(),
});
export type EligibilityRow = z.infer<typeof eligibilityRowSchema>;
export const eligibilityResultSchema = z.object({
  sessionAt: z.string(),
  kind: sessionKindSchema.nullable(),
  /** Reasons that refuse everyone. */
  sessionReasons: z.array(reasonCodeSchema),
  slot: sessionSlotSchema,
  total: z.number().int(),
  eligibleCount: z.number().int(),
  rows: z.array(eligibilityRowSchema),
  /** More people matched than `rows` holds. */
  truncated: z.boolean(),
});
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;
export const bookingRowSchema = z.object({
  id: z.number().int(),
  staffId: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  account: z.string().nullable(),
  unitPath: z.string(),
  sessionAt: z.string(),
  kind: sessionKindSchema,
  status: z.enum(['booked', 'cancelled']),
  outcome: outcomeSchema.nullable(),
  score: z.number().nullable(),
  flag: z.string().nullable(),
  flagNote: z.string().nullable(),
});
export type BookingRow = z.infer<typeof bookingRowSchema>;
export const spreadResultSchema = z.object({
  applied: z.boolean(),
  assignments: z.array(
    z.object({
      sessionAt: z.string(),
      staffIds: z.array(z.number().int()),
      /** Who goes to this session, unit by unit, for the preview. */
      people: z.array(z.object({ staffId: z.number().int(), name: z.string(), unitPath: z.string() })),
      before: z.number().int(),
      capacity: z.number().int().nullable(),
    }),
  ),
  /** People none of the sessions can take, with the reasons for the first session. */
  ineligible: z.array(z.object({ staffId: z.number().int(), name: z.string(), reasons: z.array(reasonCodeSchema) })),
  /** Bookable people left over once every session is full. */
  noRoom: z.array(z.object({ staffId: z.number().int(), name: z.string() })),
});
export type SpreadResult = z.infer<typeof spreadResultSchema>;
export const creditRowSchema = z.object({
  staffId: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  unitPath: z.string(),
  credits: creditsSchema.nullable(),
  complete: z.boolean(),
  /** Days between the figures and the planning date; null without figures. */
  ageDays: z.number().int().nullable(),
});
export type CreditRow = z.infer<typeof creditRowSchema>;
const sheetReportFields = {
  fileName: z.string(),
  sheet: z.string(),
  headerRow: z.number().int(),
  rows: z.number().int(),
  errors: z.array(importRowErrorSchema),
  errorTotal: z.number().int(),
  applied: z.boolean(),
};
/** A person whose figures the file lowers: before → after, and by how much each. */
export const creditDecreaseSchema = z.object({
  row: z.number().int(),
  staffId: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  unitPath: z.string(),
  before: z.object({ compulsory: z.number(), elective: z.number(), asOf: z.string() }),
  after: z.object({ compulsory: z.number(), elective: z.number() }),
  /** How much lower (0 when that figure did not go down). */
  compulsoryDrop: z.number(),
  electiveDrop: z.number(),
});
export type CreditDecrease = z.infer<typeof creditDecreaseSchema>;
export const creditsReportSchema = z.object({
  ...sheetReportFields,
  /** The day the figures stand at: given by the admin, else read from the file's title rows; null when neither says. */
  asOf: z.string().nullable(),
  /** The date the file's title rows give (数据截至 …), null when they give none. */
  asOfFromFile: z.string().nullable(),
  /** People whose stored figures the file would lower; applying them needs confirmDecreases. */
  decreases: z.array(creditDecreaseSchema),
  items: z.array(
    z.object({
      row: z.number().int(),
      staffId: z.number().int(),
      name: z.string(),
      idNumber: z.string(),
      compulsory: z.number(),
      elective: z.number(),
      complete: z.boolean(),
      before: creditsSchema.nullable(),
    }),
  ),
});
export type CreditsReport = z.infer<typeof creditsReportSchema>;
export const resultsReportSchema = z.object({
  ...sheetReportFields,
  counts: z.object({ passed: z.number().int(), failed: z.number().int(), absent: z.number().int() }),
  items: z.array(
    z.object({
      row: z.number().int(),
      bookingId: z.number().int(),
      name: z.string(),
      idNumber: z.string(),
      sessionAt: z.string(),
      kind: sessionKindSchema,
      outcome: outcomeSchema,
      score: z.number().nullable(),
    }),
  ),
});
export type ResultsReport = z.infer<typeof resultsReportSchema>;
export const makeupCandidateSchema = z.object({
  staffId: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  unitPath: z.string(),
  /** Absent or failed in the regular exam, or never sat it. */
  why: z.enum(['absent', 'failed', 'notSat']),
  lastSessionAt: z.string().nullable(),
  score: z.number().nullable(),
  makeupBooking: liveBookingSchema.nullable(),
});
export type MakeupCandidate = z.infer<typeof makeupCandidateSchema>;
