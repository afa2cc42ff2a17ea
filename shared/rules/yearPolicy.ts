import { z } from 'zod';

/**
 * The rules of one year's work (DOMAIN.md "Every year differs"): dates, credit
 * split, session times, pass mark, make-up windows and exemption cutoff. Kept
 * per year so the admin can copy last year's and edit; 2024 ships as the
 * preset taken from the 2024 notice. Dates are 'YYYY-MM-DD', times 'HH:MM'.
 */
const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const timeText = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const dateRange = z.object({ start: dateText, end: dateText }).strict();

export const exemptionGroundSchema = z.enum(['retirement', 'maternity', 'illness']);
export type ExemptionGround = z.infer<typeof exemptionGroundSchema>;
export const exemptionGroundLabels: Record<ExemptionGround, string> = {
  retirement: '距退休两年内',
  maternity: '正在休产假',
  illness: '重大疾病',
};

export const yearPolicySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** Online study opens (学法开始). */
    studyStart: dateText,
    /** Credits to complete by the day before the exam (公共必修 + 选修). */
    credits: z.object({ compulsory: z.number().int().min(0).max(1000), elective: z.number().int().min(0).max(1000) }).strict(),
    /** Exam windows by route: 分类组考 (category) and 分众组考 (regional), both ends included. */
    windows: z.object({ category: dateRange, regional: dateRange }).strict(),
    /** The daily session start times, ascending. */
    sessionTimes: z.array(timeText).min(1).max(48),
    durationMinutes: z.number().int().min(10).max(600),
    fullMarks: z.number().int().min(1).max(1000),
    passMark: z.number().int().min(0).max(1000),
    /** Province-wide make-up (补考): registration by the admin, and the exam days. */
    makeup: z.object({ registration: dateRange, exam: dateRange }).strict(),
    /** Ground (1) holds when the retirement date ≤ this date + retirementYears. */
    exemptionCutoff: dateText,
    retirementYears: z.number().int().min(0).max(10),
    exemptionGrounds: z.array(exemptionGroundSchema).min(1),
  })
  .strict();
export type YearPolicy = z.infer<typeof yearPolicySchema>;

/** The 2024 notice (汨罗市, 2024-08-07), as DOMAIN.md reads it. */
export const preset2024: YearPolicy = {
  year: 2024,
  studyStart: '2024-08-20',
  credits: { compulsory: 60, elective: 40 },
  windows: {
    category: { start: '2024-09-18', end: '2024-10-26' },
    regional: { start: '2024-10-28', end: '2024-11-09' },
  },
  sessionTimes: ['08:30', '09:00', '09:30', '10:00', '10:30', '15:00', '15:30', '16:00', '16:30', '19:30', '20:00'],
  durationMinutes: 90,
  fullMarks: 100,
  passMark: 60,
  makeup: {
    registration: { start: '2024-11-25', end: '2024-11-29' },
    exam: { start: '2024-11-26', end: '2024-11-30' },
  },
  exemptionCutoff: '2024-12-31',
  retirementYears: 2,
  exemptionGrounds: ['retirement', 'maternity', 'illness'],
};
