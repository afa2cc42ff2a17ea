import { describe, expect, it } from 'vitest';
import { copyPolicyToYear, policyProblems, preset2024, yearPolicySchema, type YearPolicy } from '../../shared/rules/yearPolicy';

const edit = (f: (p: YearPolicy) => void): YearPolicy => {
  const p = structuredClone(preset2024);
  f(p);
  return p;
};
const paths = (p: YearPolicy) => policyProblems(p).map((x) => x.path);

describe('year policy validation', () => {
  it('the 2024 preset is valid', () => {
    expect(yearPolicySchema.parse(preset2024)).toEqual(preset2024);
    expect(policyProblems(preset2024)).toEqual([]);
  });

  it('refuses an inverted window and says which', () => {
    const p = edit((x) => (x.windows.regional = { start: '2024-11-09', end: '2024-10-28' }));
    expect(policyProblems(p)).toEqual([{ path: 'windows.regional', message: expect.stringContaining('分众组考考试时间开始（2024-11-09）晚于结束（2024-10-28）') }]);
  });

  it('refuses a make-up that overlaps the regular windows, and registration ending after the make-up exam', () => {
    expect(paths(edit((x) => (x.makeup.exam = { start: '2024-11-08', end: '2024-11-30' })))).toEqual(['makeup.exam']);
    expect(paths(edit((x) => (x.makeup.registration = { start: '2024-11-25', end: '2024-12-02' })))).toEqual(['makeup.registration']);
  });

  it('refuses study opening after the exams, unordered session times, a pass mark above full marks', () => {
    expect(paths(edit((x) => (x.studyStart = '2024-09-20')))).toEqual(['studyStart']);
    expect(paths(edit((x) => (x.sessionTimes = ['08:30', '08:30', '09:00'])))).toEqual(['sessionTimes.1']);
    expect(paths(edit((x) => (x.passMark = 120)))).toEqual(['passMark']);
  });

  it('refuses dates that do not exist or lie in another year', () => {
    expect(paths(edit((x) => (x.exemptionCutoff = '2024-02-30')))).toEqual(['exemptionCutoff']);
    expect(paths(edit((x) => (x.makeup.exam.end = '2025-01-02')))).toEqual(['makeup.exam.end']);
  });

  it('copies a policy to a new year with every date moved and nothing else changed', () => {
    const p = copyPolicyToYear(preset2024, 2025);
    expect(p).toMatchObject({
      year: 2025,
      studyStart: '2025-08-20',
      windows: { category: { start: '2025-09-18', end: '2025-10-26' }, regional: { start: '2025-10-28', end: '2025-11-09' } },
      makeup: { registration: { start: '2025-11-25', end: '2025-11-29' }, exam: { start: '2025-11-26', end: '2025-11-30' } },
      exemptionCutoff: '2025-12-31',
      credits: preset2024.credits,
      sessionTimes: preset2024.sessionTimes,
    });
    expect(policyProblems(p)).toEqual([]);
    const leap = copyPolicyToYear(edit((x) => (x.studyStart = '2024-02-29')), 2025);
    expect(leap.studyStart).toBe('2025-02-28');
  });
});
