import { describe, expect, it } from 'vitest';
import {
  defaultRetirementAge,
  isCalendarDate,
  retirementDate,
  retirementDelayMonths,
  retirementWindowEnd,
  withinRetirementWindow,
} from '../../shared/rules/retirement';

describe('defaultRetirementAge', () => {
  it('is 60 for men and 55 for women', () => {
    expect(defaultRetirementAge('男')).toBe(60);
    expect(defaultRetirementAge('女')).toBe(55);
  });
});

describe('retirementDelayMonths', () => {
  it('is 0 for births before the start cohort', () => {
    expect(retirementDelayMonths('1964-12-31', 60)).toBe(0);
    expect(retirementDelayMonths('1969-12-01', 55)).toBe(0);
    expect(retirementDelayMonths('1974-12-15', 50)).toBe(0);
    expect(retirementDelayMonths('1950-06-01', 60)).toBe(0);
  });

  it('starts at one month for the start cohort', () => {
    expect(retirementDelayMonths('1965-01-01', 60)).toBe(1);
    expect(retirementDelayMonths('1970-01-01', 55)).toBe(1);
    expect(retirementDelayMonths('1975-01-01', 50)).toBe(1);
  });

  it('adds one month per 4 birth months (men, women 55) or per 2 (women 50)', () => {
    expect(retirementDelayMonths('1965-04-01', 60)).toBe(1);
    expect(retirementDelayMonths('1965-05-01', 60)).toBe(2);
    expect(retirementDelayMonths('1966-01-01', 60)).toBe(4);
    expect(retirementDelayMonths('1971-04-01', 55)).toBe(4);
    expect(retirementDelayMonths('1975-02-01', 50)).toBe(1);
    expect(retirementDelayMonths('1975-03-01', 50)).toBe(2);
  });

  it('reaches the full delay with the cohorts named in the rule, one month less a month earlier', () => {
    expect(retirementDelayMonths('1976-09-01', 60)).toBe(36);
    expect(retirementDelayMonths('1976-08-01', 60)).toBe(35);
    expect(retirementDelayMonths('1981-09-01', 55)).toBe(36);
    expect(retirementDelayMonths('1981-08-01', 55)).toBe(35);
    expect(retirementDelayMonths('1984-11-01', 50)).toBe(60);
    expect(retirementDelayMonths('1984-10-01', 50)).toBe(59);
  });

  it('never exceeds the maximum', () => {
    expect(retirementDelayMonths('1990-01-01', 60)).toBe(36);
    expect(retirementDelayMonths('1995-06-15', 55)).toBe(36);
    expect(retirementDelayMonths('2000-12-31', 50)).toBe(60);
  });

  it('accepts a birth month without a day', () => {
    expect(retirementDelayMonths('1966-01', 60)).toBe(4);
  });
});

describe('retirementDate', () => {
  it('matches the worked examples', () => {
    expect(retirementDate('1965-01-15', 60)).toBe('2025-02-15');
    expect(retirementDate('1966-01-15', 60)).toBe('2026-05-15');
    expect(retirementDate('1971-04-15', 55)).toBe('2026-08-15');
  });

  it('adds the full delay for the cohorts that reach it', () => {
    expect(retirementDate('1976-09-10', 60)).toBe('2039-09-10'); // 63 years
    expect(retirementDate('1976-08-10', 60)).toBe('2039-07-10'); // 60 years + 35 months
    expect(retirementDate('1981-09-10', 55)).toBe('2039-09-10'); // 58 years
    expect(retirementDate('1984-11-10', 50)).toBe('2039-11-10'); // 55 years
    expect(retirementDate('1984-10-10', 50)).toBe('2039-09-10'); // 50 years + 59 months
  });

  it('applies no delay before the start cohort', () => {
    expect(retirementDate('1964-12-20', 60)).toBe('2024-12-20');
    expect(retirementDate('1969-12-20', 55)).toBe('2024-12-20');
    expect(retirementDate('1974-12-20', 50)).toBe('2024-12-20');
  });

  it('keeps the birth day when the target month is long enough', () => {
    expect(retirementDate('1970-05-31', 55)).toBe('2025-07-31'); // delay 2
    expect(retirementDate('1970-05-31', 50)).toBe('2020-05-31'); // no delay
  });

  it('clamps the day to the last day of a shorter target month', () => {
    expect(retirementDate('1965-01-31', 60)).toBe('2025-02-28');
    expect(retirementDate('1967-12-31', 60)).toBe('2028-09-30'); // delay 9
    expect(retirementDate('1967-06-30', 60)).toBe('2028-02-29'); // delay 8, leap February
    expect(retirementDate('1960-02-29', 55)).toBe('2015-02-28');
    expect(retirementDate('1964-02-29', 60)).toBe('2024-02-29');
  });

  it('rolls the year over correctly', () => {
    expect(retirementDate('1965-12-05', 60)).toBe('2026-03-05'); // delay 3
    expect(retirementDate('1975-12-05', 50)).toBe('2026-06-05'); // delay 6
  });

  it('refuses a date that is not a real YYYY-MM-DD date', () => {
    expect(() => retirementDate('1990-02-30', 60)).toThrow(RangeError);
    expect(() => retirementDate('1990-2-3', 60)).toThrow(RangeError);
    expect(() => retirementDate('1966-01', 60)).toThrow(RangeError);
  });
});

describe('withinRetirementWindow', () => {
  it('holds when the retirement date is on or before cutoff + 2 years', () => {
    expect(withinRetirementWindow('2026-12-31', '2024-12-31')).toBe(true);
    expect(withinRetirementWindow('2026-12-30', '2024-12-31')).toBe(true);
    expect(withinRetirementWindow('2025-02-15', '2024-12-31')).toBe(true);
    expect(withinRetirementWindow('2027-01-01', '2024-12-31')).toBe(false);
  });

  it('follows a 12-30 cutoff', () => {
    expect(withinRetirementWindow('2026-12-30', '2024-12-30')).toBe(true);
    expect(withinRetirementWindow('2026-12-31', '2024-12-30')).toBe(false);
  });

  it('compares whole dates, not just years', () => {
    expect(withinRetirementWindow('2026-10-05', '2024-09-30')).toBe(false);
    expect(withinRetirementWindow('2026-09-30', '2024-09-30')).toBe(true);
  });

  it('accepts another number of years', () => {
    expect(withinRetirementWindow('2025-12-31', '2024-12-31', 1)).toBe(true);
    expect(withinRetirementWindow('2026-01-01', '2024-12-31', 1)).toBe(false);
  });

  it('clamps a 02-29 cutoff to 02-28 in a common year', () => {
    expect(withinRetirementWindow('2026-02-28', '2024-02-29')).toBe(true);
    expect(withinRetirementWindow('2026-03-01', '2024-02-29')).toBe(false);
    expect(withinRetirementWindow('2028-02-29', '2024-02-29', 4)).toBe(true);
  });

  it('works end to end with the worked examples and a 2024-12-31 cutoff', () => {
    const cutoff = '2024-12-31';
    expect(withinRetirementWindow(retirementDate('1966-01-15', 60), cutoff)).toBe(true); // 2026-05-15
    expect(withinRetirementWindow(retirementDate('1971-04-15', 55), cutoff)).toBe(true); // 2026-08-15
    expect(withinRetirementWindow(retirementDate('1966-09-01', 60), cutoff)).toBe(false); // 2027-04-01
  });

  it('refuses malformed dates', () => {
    expect(() => withinRetirementWindow('2026-13-01', '2024-12-31')).toThrow(RangeError);
    expect(() => withinRetirementWindow('2026-01-01', '2024/12/31')).toThrow(RangeError);
  });
});

describe('cohort boundaries', () => {
  // The last birth month without delay and the first with it, for each original age,
  // at the first and last day of the month (the day carries over, or clamps).
  it('men (60): 1964-12 retires at 60, 1965-01 gets one month', () => {
    expect(retirementDate('1964-12-01', 60)).toBe('2024-12-01');
    expect(retirementDate('1964-12-31', 60)).toBe('2024-12-31');
    expect(retirementDate('1965-01-01', 60)).toBe('2025-02-01');
    expect(retirementDate('1965-01-31', 60)).toBe('2025-02-28');
  });

  it('women (55): 1969-12 retires at 55, 1970-01 gets one month', () => {
    expect(retirementDate('1969-12-31', 55)).toBe('2024-12-31');
    expect(retirementDate('1970-01-01', 55)).toBe('2025-02-01');
    expect(retirementDate('1970-01-31', 55)).toBe('2025-02-28');
  });

  it('women workers (50): 1974-12 retires at 50, 1975-01 gets one month', () => {
    expect(retirementDate('1974-12-31', 50)).toBe('2024-12-31');
    expect(retirementDate('1975-01-01', 50)).toBe('2025-02-01');
    expect(retirementDate('1975-01-31', 50)).toBe('2025-02-28');
  });

  it('steps one month at each 4-month (or 2-month) boundary', () => {
    expect(retirementDelayMonths('1965-04-30', 60)).toBe(1);
    expect(retirementDelayMonths('1965-05-01', 60)).toBe(2);
    expect(retirementDelayMonths('1970-04-30', 55)).toBe(1);
    expect(retirementDelayMonths('1970-05-01', 55)).toBe(2);
    expect(retirementDelayMonths('1975-02-28', 50)).toBe(1);
    expect(retirementDelayMonths('1975-03-01', 50)).toBe(2);
  });

  it('caps at the named full-delay cohorts and stays there', () => {
    expect(retirementDate('1976-08-31', 60)).toBe('2039-07-31');
    expect(retirementDate('1976-09-01', 60)).toBe('2039-09-01');
    expect(retirementDate('1976-10-01', 60)).toBe('2039-10-01');
    expect(retirementDate('1981-08-31', 55)).toBe('2039-07-31');
    expect(retirementDate('1981-09-30', 55)).toBe('2039-09-30');
    expect(retirementDate('1984-10-31', 50)).toBe('2039-09-30');
    expect(retirementDate('1984-11-30', 50)).toBe('2039-11-30');
    expect(retirementDate('1984-12-31', 50)).toBe('2039-12-31');
  });

  it('puts the 2024 window edge where the admin expects it (retiring by 2026-12-31)', () => {
    expect(retirementDate('1966-07-31', 60)).toBe('2026-12-31');
    expect(withinRetirementWindow(retirementDate('1966-07-31', 60), '2024-12-31')).toBe(true);
    expect(retirementDate('1966-08-01', 60)).toBe('2027-01-01');
    expect(withinRetirementWindow(retirementDate('1966-08-01', 60), '2024-12-31')).toBe(false);
  });
});

describe('retirementWindowEnd and isCalendarDate', () => {
  it('is the cutoff moved on by the years, clamping 02-29', () => {
    expect(retirementWindowEnd('2024-12-31')).toBe('2026-12-31');
    expect(retirementWindowEnd('2019-12-30', 2)).toBe('2021-12-30');
    expect(retirementWindowEnd('2024-02-29', 1)).toBe('2025-02-28');
    expect(() => retirementWindowEnd('2024-12-31', 1.5)).toThrow(RangeError);
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-9-2')).toBe(false);
    expect(isCalendarDate('2024-09')).toBe(false);
  });
});
