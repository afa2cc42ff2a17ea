/**
 * Statutory retirement date under the reform in force from 2025-01-01
 * (see DOMAIN.md "Retirement date"). Plain integer arithmetic on
 * 'YYYY-MM-DD' strings: no Date, no time zones.
 */
import type { Sex } from './idNumber';
import { isInService } from '../staffStatus';

/** Original statutory age: 60 men, 55 women (default), 50 women workers. */
export type RetirementAge = 50 | 55 | 60;

interface Cohort {
  /** First birth month affected, as a month index (year·12 + month − 1). */
  start: number;
  /** Birth months per month of delay. */
  per: number;
  /** Maximum delay in months. */
  max: number;
}

const COHORTS: Record<RetirementAge, Cohort> = {
  60: { start: 1965 * 12, per: 4, max: 36 },
  55: { start: 1970 * 12, per: 4, max: 36 },
  50: { start: 1975 * 12, per: 2, max: 60 },
};

interface YMD {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format(d: YMD): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Parses 'YYYY-MM-DD' (a real calendar date); with allowMonthOnly also 'YYYY-MM' (day 1). */
function parseDate(s: string, allowMonthOnly = false): YMD {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s.trim());
  if (m === null || (m[3] === undefined && !allowMonthOnly)) throw new RangeError(`不是有效日期：${s}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`不是有效日期：${s}`);
  return { year, month, day };
}

/** 60 for men, 55 for women (50 applies only to women workers and is chosen explicitly). */
export function defaultRetirementAge(sex: Sex): RetirementAge {
  return sex === '男' ? 60 : 55;
}

/** Months of delay for a birth month ('YYYY-MM-DD' or 'YYYY-MM') and original age; 0 before the start cohort. */
export function retirementDelayMonths(birthDate: string, age: RetirementAge): number {
  const birth = parseDate(birthDate, true);
  const cohort = COHORTS[age];
  const d = birth.year * 12 + (birth.month - 1) - cohort.start;
  if (d < 0) return 0;
  return Math.min(cohort.max, Math.floor(d / cohort.per) + 1);
}

/**
 * Statutory retirement date: birth month + age years + delay months, on the
 * birth day (the month's last day when that month is shorter).
 */
export function retirementDate(birthDate: string, age: RetirementAge): string {
  const birth = parseDate(birthDate);
  const monthIndex = birth.year * 12 + (birth.month - 1) + age * 12 + retirementDelayMonths(birthDate, age);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return format({ year, month, day: Math.min(birth.day, daysInMonth(year, month)) });
}

/**
 * The last retirement date that fits ground (1): cutoff + `years` years.
 * A 02-29 cutoff that lands in a common year counts as 02-28.
 */
export function retirementWindowEnd(cutoffDate: string, years = 2): string {
  if (!Number.isInteger(years)) throw new RangeError(`years 应为整数：${years}`);
  const cutoff = parseDate(cutoffDate);
  const year = cutoff.year + years;
  return format({ year, month: cutoff.month, day: Math.min(cutoff.day, daysInMonth(year, cutoff.month)) });
}

/** Exemption ground (1): the retirement date is on or before cutoff + `years` years. */
export function withinRetirementWindow(retirementDate: string, cutoffDate: string, years = 2): boolean {
  return format(parseDate(retirementDate)) <= retirementWindowEnd(cutoffDate, years);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isCalendarDate(s: string): boolean {
  try {
    parseDate(s);
    return /^\d{4}-\d{2}-\d{2}$/.test(s);
  } catch {
    return false;
  }
}

/** The 2024 decision allows an agreed delay (弹性延迟退休) of at most this many years after the statutory date. */
export const FLEXIBLE_DELAY_YEARS = 3;

/** The latest agreed retirement date a delay may record: the statutory date + 3 years (a 02-29 lands on 02-28). */
export function latestAgreedRetirement(statutoryDate: string): string {
  return retirementWindowEnd(statutoryDate, FLEXIBLE_DELAY_YEARS);
}

/** Why an agreed date cannot be recorded, or null when it fits: not before the statutory date, at most 3 years after. */
export function agreedRetirementProblem(statutoryDate: string, agreedDate: string): 'invalid' | 'beforeStatutory' | 'tooLate' | null {
  if (!isCalendarDate(agreedDate)) return 'invalid';
  if (agreedDate < statutoryDate) return 'beforeStatutory';
  if (agreedDate > latestAgreedRetirement(statutoryDate)) return 'tooLate';
  return null;
}

/** The date a person retires: the agreed date of a 弹性延迟退休 when one is recorded, else the statutory date. */
export function effectiveRetirementDate(statutoryDate: string, agreedDate: string | null): string {
  return agreedDate ?? statutoryDate;
}

/**
 * 到龄未退: someone still 在职 on or after the day they retire (the agreed
 * date when a delay is recorded, else the statutory date), as of `today`.
 */
export function isOverdueRetirement(status: string, retirementOn: string, today: string): boolean {
  return isInService(status) && retirementOn <= today;
}
