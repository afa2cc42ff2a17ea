import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneProblem } from '../../shared/rules/phone';

describe('normalizePhone', () => {
  it('trims and drops spaces, ideographic spaces and hyphens', () => {
    expect(normalizePhone(' 138-0073 1234 ')).toBe('13800731234');
    expect(normalizePhone('138\u30000073\u30001234')).toBe('13800731234');
    expect(normalizePhone('138－0073－1234')).toBe('13800731234');
  });

  it('turns full-width digits into half-width', () => {
    expect(normalizePhone('１３８００７３１２３４')).toBe('13800731234');
  });
});

describe('phoneProblem', () => {
  it('accepts an empty value (the phone is optional)', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('   ')).toBeNull();
  });

  it('accepts mainland mobiles with second digit 3–9, however they were typed', () => {
    expect(phoneProblem('13800731234')).toBeNull();
    expect(phoneProblem('19912345678')).toBeNull();
    expect(phoneProblem('１５９ ７３１０ ００００')).toBeNull();
    expect(phoneProblem('186-7310-0000')).toBeNull();
  });

  it('refuses a wrong length with the count', () => {
    expect(phoneProblem('1380073123')).toBe('手机号码应为 11 位数字，以 1 开头（当前为 10 位）');
    expect(phoneProblem('138007312345')).toBe('手机号码应为 11 位数字，以 1 开头（当前为 12 位）');
  });

  it('refuses 11 digits that do not start with 1', () => {
    expect(phoneProblem('23800731234')).toBe('手机号码应为 11 位数字，以 1 开头');
  });

  it('refuses a second digit of 0–2', () => {
    expect(phoneProblem('12800731234')).toContain('第 2 位');
    expect(phoneProblem('10800731234')).not.toBeNull();
  });

  it('refuses letters and landline-style punctuation', () => {
    expect(phoneProblem('1380073123a')).toBe('手机号码只能包含数字');
    expect(phoneProblem('(0731)8888888')).toBe('手机号码只能包含数字');
  });

  it('explains a number Excel stored in scientific notation', () => {
    expect(phoneProblem('1.38007E+10')).toContain('科学计数法');
  });
});
