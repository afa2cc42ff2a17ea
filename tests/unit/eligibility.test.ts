import { describe, expect, it } from 'vitest';
import { creditsComplete, eligibility, judgeSession, reasonCodes, reasonLabels, sessionKindOf, type PersonFacts } from '../../shared/rules/eligibility';
import { preset2024 } from '../../shared/rules/yearPolicy';

const policy = preset2024;

/** Someone who can be booked into any 2024 session from 2024-09-18 on. */
const ready: PersonFacts = {
  status: '在职',
  rankTakesPart: true,
  exempt: false,
  passed: false,
  liveBooking: null,
  regularTaken: false,
  makeupTaken: false,
  route: 'category',
  credits: { compulsory: 60, elective: 40, asOf: '2024-09-10' },
};
const NOW = '2024-09-02T09:00';

const reasons = (sessionAt: string, p: Partial<PersonFacts> = {}, now = NOW) => eligibility(policy, sessionAt, now, { ...ready, ...p }).reasons;

describe('the booking rule, one reason at a time', () => {
  it('books a ready person into a session of their route window', () => {
    expect(eligibility(policy, '2024-09-18T08:30', NOW, ready)).toEqual({ eligible: true, reasons: [] });
  });

  it('NOT_IN_SERVICE for retired, left and transferred-away people', () => {
    for (const status of ['退休', '离职', '调离'] as const) expect(reasons('2024-09-18T08:30', { status })).toEqual(['NOT_IN_SERVICE']);
  });

  it('RANK_NOT_TAKING_PART', () => {
    expect(reasons('2024-09-18T08:30', { rankTakesPart: false })).toEqual(['RANK_NOT_TAKING_PART']);
  });

  it('EXEMPT, and an exempt person is not also told their credits are short', () => {
    expect(reasons('2024-09-18T08:30', { exempt: true, credits: null })).toEqual(['EXEMPT']);
  });

  it('ALREADY_PASSED', () => {
    expect(reasons('2024-09-18T08:30', { passed: true, regularTaken: true })).toEqual(['ALREADY_PASSED', 'EXAM_USED']);
  });

  it('ALREADY_BOOKED while another booking waits for its result', () => {
    expect(reasons('2024-09-18T08:30', { liveBooking: '2024-09-20T15:00' })).toEqual(['ALREADY_BOOKED']);
  });

  it('EXAM_USED: a second regular exam after one was sat or missed; a second make-up likewise', () => {
    expect(reasons('2024-09-18T08:30', { regularTaken: true })).toEqual(['EXAM_USED']);
    const makeupNow = '2024-11-25T09:00';
    expect(reasons('2024-11-27T08:30', { regularTaken: true, route: 'regional' }, makeupNow)).toEqual([]);
    expect(reasons('2024-11-27T08:30', { regularTaken: true, makeupTaken: true }, makeupNow)).toEqual(['EXAM_USED']);
  });

  it('NOT_A_SESSION for a time that is not one of the 11 daily sessions, a day outside every window, or another year', () => {
    expect(reasons('2024-09-18T08:45')).toEqual(['NOT_A_SESSION']);
    expect(reasons('2024-10-27T08:30')).toEqual(['NOT_A_SESSION']);
    expect(reasons('2025-09-18T08:30')).toEqual(['NOT_A_SESSION']);
    expect(reasons('2024-13-01T08:30')).toEqual(['NOT_A_SESSION']);
  });

  it('SESSION_PAST once the session has started, not a minute before', () => {
    expect(reasons('2024-09-18T08:30', {}, '2024-09-18T08:29')).toEqual([]);
    expect(reasons('2024-09-18T08:30', {}, '2024-09-18T08:30')).toEqual(['SESSION_PAST']);
    expect(reasons('2024-09-18T08:30', {}, '2024-09-18T10:00')).toEqual(['SESSION_PAST']);
  });

  it('every reason code has a Chinese label', () => {
    for (const code of reasonCodes) expect(reasonLabels[code]).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('route windows at their edges', () => {
  it('分类 books 09-18 to 10-26 inclusive, not a day either side', () => {
    expect(reasons('2024-09-18T08:30', { route: 'category' })).toEqual([]);
    expect(reasons('2024-10-26T20:00', { route: 'category' })).toEqual([]);
    expect(reasons('2024-10-28T08:30', { route: 'category' })).toEqual(['OUTSIDE_WINDOW']);
  });

  it('分众 books 10-28 to 11-09 inclusive; a 分类 day is outside its window', () => {
    expect(reasons('2024-10-28T08:30', { route: 'regional' })).toEqual([]);
    expect(reasons('2024-11-09T20:00', { route: 'regional' })).toEqual([]);
    expect(reasons('2024-10-26T08:30', { route: 'regional' })).toEqual(['OUTSIDE_WINDOW']);
  });

  it('the session kind follows the windows', () => {
    expect(sessionKindOf(policy, '2024-10-26T08:30')).toBe('regular');
    expect(sessionKindOf(policy, '2024-11-10T08:30')).toBeNull();
    expect(sessionKindOf(policy, '2024-11-26T08:30')).toBe('makeup');
    expect(sessionKindOf(policy, '2024-11-30T20:00')).toBe('makeup');
    expect(sessionKindOf(policy, '2024-12-01T08:30')).toBeNull();
  });
});

describe('credits complete by the day before the exam', () => {
  const session = '2024-10-28T08:30';
  it('figures taken the day before count; figures taken just after midnight on the exam day do not', () => {
    expect(reasons(session, { route: 'regional', credits: { compulsory: 60, elective: 40, asOf: '2024-10-27' } })).toEqual([]);
    expect(reasons(session, { route: 'regional', credits: { compulsory: 60, elective: 40, asOf: '2024-10-28' } })).toEqual(['CREDITS_SHORT']);
    expect(creditsComplete(policy, { compulsory: 60, elective: 40, asOf: '2024-10-27' }, '2024-10-28')).toBe(true);
    expect(creditsComplete(policy, { compulsory: 60, elective: 40, asOf: '2024-10-28' }, '2024-10-28')).toBe(false);
  });

  it('booking at midnight before the session: the session is still ahead, the credits rule is the same', () => {
    expect(reasons(session, { route: 'regional', credits: { compulsory: 60, elective: 40, asOf: '2024-10-27' } }, '2024-10-28T00:00')).toEqual([]);
    expect(reasons(session, { route: 'regional', credits: { compulsory: 60, elective: 39.5, asOf: '2024-10-27' } }, '2024-10-28T00:00')).toEqual(['CREDITS_SHORT']);
  });

  it('short in either part, or never imported, is CREDITS_SHORT', () => {
    expect(reasons(session, { route: 'regional', credits: { compulsory: 59, elective: 80, asOf: '2024-10-01' } })).toEqual(['CREDITS_SHORT']);
    expect(reasons(session, { route: 'regional', credits: { compulsory: 100, elective: 39, asOf: '2024-10-01' } })).toEqual(['CREDITS_SHORT']);
    expect(reasons(session, { route: 'regional', credits: null })).toEqual(['CREDITS_SHORT']);
  });
});

describe('make-up and the end of the year', () => {
  it('make-up sessions are booked only during registration (11-25 to 11-29)', () => {
    const m = '2024-11-30T08:30';
    expect(reasons(m, { regularTaken: true }, '2024-11-24T23:59')).toEqual(['MAKEUP_REGISTRATION_CLOSED']);
    expect(reasons(m, { regularTaken: true }, '2024-11-25T00:00')).toEqual([]);
    expect(reasons(m, { regularTaken: true }, '2024-11-29T23:59')).toEqual([]);
    expect(reasons(m, { regularTaken: true }, '2024-11-30T00:00')).toEqual(['MAKEUP_REGISTRATION_CLOSED']);
  });

  it('make-up ignores the route window: it is province-wide', () => {
    expect(reasons('2024-11-26T15:00', { route: 'category', regularTaken: true }, '2024-11-25T10:00')).toEqual([]);
  });

  it('after the make-up exam window nothing of the year can be booked', () => {
    const verdict = judgeSession(policy, '2024-11-30T20:00', '2024-12-01T00:00');
    expect(verdict.reasons).toEqual(['YEAR_CLOSED', 'SESSION_PAST', 'MAKEUP_REGISTRATION_CLOSED']);
    expect(judgeSession(policy, '2024-11-30T20:00', '2024-11-30T23:59').reasons).toEqual(['SESSION_PAST', 'MAKEUP_REGISTRATION_CLOSED']);
  });

  it('lists every reason that holds, in a fixed order', () => {
    expect(reasons('2024-11-01T08:30', { status: '退休', rankTakesPart: false, exempt: true, liveBooking: '2024-10-01T08:30', route: 'category' })).toEqual([
      'NOT_IN_SERVICE',
      'RANK_NOT_TAKING_PART',
      'EXEMPT',
      'ALREADY_BOOKED',
      'OUTSIDE_WINDOW',
    ]);
  });
});
