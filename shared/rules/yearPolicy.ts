import { z } from 'zod';
import { daySchema } from '../common/schemas';
import { isCalendarDate, shiftYears } from './calendarDays';

/**
 * The rules of one year's work (DOMAIN.md "Every year differs"): dates, credit
 * split, session times, pass mark, make-up windows and exemption cutoff. Kept
 * per year so the admin can copy last year's and edit; 2024 ships as the
 * preset taken from the 2024 notice. Dates are 'YYYY-MM-DD', times 'HH:MM'.
 */
const timeText = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const dateRange = z.object({ start: daySchema, end: daySchema }).strict();

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
    studyStart: daySchema,
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
    exemptionCutoff: daySchema,
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

/** One thing wrong with a year policy: where (a dotted path) and what to do about it. */
export interface PolicyProblem {
  path: string;
  message: string;
}

const rangeLabels = {
  'windows.category': '分类组考考试时间',
  'windows.regional': '分众组考考试时间',
  'makeup.registration': '补考报名时间',
  'makeup.exam': '补考考试时间',
} as const;

/**
 * What the schema cannot say: real calendar days inside the policy's year,
 * windows that run forwards, study opening before the exams, make-up after
 * both regular windows (registration no later than the make-up exam), session
 * times ascending without repeats, and a pass mark within the full marks.
 * An empty list means the policy can be saved.
 */
export function policyProblems(p: YearPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const ranges: [keyof typeof rangeLabels, { start: string; end: string }][] = [
    ['windows.category', p.windows.category],
    ['windows.regional', p.windows.regional],
    ['makeup.registration', p.makeup.registration],
    ['makeup.exam', p.makeup.exam],
  ];
  const dates: [string, string, string][] = [
    ['studyStart', '学法开始日期', p.studyStart],
    ['exemptionCutoff', '免考截止日期', p.exemptionCutoff],
    ...ranges.flatMap(([path, r]): [string, string, string][] => [
      [`${path}.start`, `${rangeLabels[path]}的开始日期`, r.start],
      [`${path}.end`, `${rangeLabels[path]}的结束日期`, r.end],
    ]),
  ];
  for (const [path, label, date] of dates) {
    if (!isCalendarDate(date)) out.push({ path, message: `${label}“${date}”不是有效日期` });
    else if (!date.startsWith(`${p.year}-`)) out.push({ path, message: `${label}“${date}”不在 ${p.year} 年内` });
  }
  if (out.length > 0) return out;

  for (const [path, r] of ranges) {
    if (r.start > r.end) out.push({ path, message: `${rangeLabels[path]}开始（${r.start}）晚于结束（${r.end}），请检查是否填反` });
  }
  for (const [path, r] of ranges.slice(0, 2)) {
    if (p.studyStart > r.start) out.push({ path: 'studyStart', message: `学法开始日期（${p.studyStart}）晚于${rangeLabels[path]}的开始（${r.start}）` });
  }
  const lastRegular = [p.windows.category.end, p.windows.regional.end].sort().at(-1)!;
  for (const path of ['makeup.registration', 'makeup.exam'] as const) {
    const r = path === 'makeup.exam' ? p.makeup.exam : p.makeup.registration;
    if (r.start <= lastRegular) {
      out.push({ path, message: `${rangeLabels[path]}（从 ${r.start} 起）与正式考试时间重叠：补考须在两类组考都结束（${lastRegular}）之后` });
    }
  }
  if (p.makeup.registration.start > p.makeup.exam.end || p.makeup.registration.end > p.makeup.exam.end) {
    out.push({ path: 'makeup.registration', message: `补考报名时间（${p.makeup.registration.start} 至 ${p.makeup.registration.end}）须在补考结束（${p.makeup.exam.end}）之前` });
  }
  p.sessionTimes.forEach((t, i) => {
    const prev = p.sessionTimes[i - 1];
    if (prev !== undefined && t <= prev) out.push({ path: `sessionTimes.${i}`, message: `考试场次时间须从早到晚排列且不重复：${prev} 之后是 ${t}` });
  });
  if (p.passMark > p.fullMarks) out.push({ path: 'passMark', message: `合格分数（${p.passMark}）高于满分（${p.fullMarks}）` });
  return out;
}

/** Last year's policy as the start of a new one: every date moved to `year`, the rest kept. */
export function copyPolicyToYear(p: YearPolicy, year: number): YearPolicy {
  const by = year - p.year;
  const range = (r: { start: string; end: string }) => ({ start: shiftYears(r.start, by), end: shiftYears(r.end, by) });
  return {
    ...p,
    year,
    studyStart: shiftYears(p.studyStart, by),
    windows: { category: range(p.windows.category), regional: range(p.windows.regional) },
    sessionTimes: [...p.sessionTimes],
    credits: { ...p.credits },
    makeup: { registration: range(p.makeup.registration), exam: range(p.makeup.exam) },
    exemptionCutoff: shiftYears(p.exemptionCutoff, by),
    exemptionGrounds: [...p.exemptionGrounds],
  };
}

/**
 * The working year: the year of the desk's today (the planning date when
 * one is set, else the clock's day). Every screen that works by year opens
 * on it, and the 待办事项 are for it.
 */
export function workingYearOf(today: string): number {
  return Number(today.slice(0, 4));
}
