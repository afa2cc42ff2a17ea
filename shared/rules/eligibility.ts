import type { ExamRoute } from '../units/schemas';
import type { StaffStatus } from '../staff/schemas';
import { addDays, inRange, splitSession } from './calendarDays';
import type { YearPolicy } from './yearPolicy';
import { isInService } from '../staffStatus';

/**
 * Who can be booked into an exam session (DOMAIN.md "Exams and booking").
 * Pure: the screen, the services and the CLI all ask this one function,
 * handing it plain facts. Reasons come back as stable codes, in a fixed
 * order; an empty list means bookable.
 */
export const reasonCodes = [
  'NOT_A_SESSION',
  'YEAR_CLOSED',
  'SESSION_PAST',
  'MAKEUP_REGISTRATION_CLOSED',
  'NOT_IN_SERVICE',
  'RANK_NOT_TAKING_PART',
  'EXEMPT',
  'ALREADY_PASSED',
  'ALREADY_BOOKED',
  'EXAM_USED',
  'OUTSIDE_WINDOW',
  'CREDITS_SHORT',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export const reasonLabels: Record<ReasonCode, string> = {
  NOT_A_SESSION: '不是本年度的考试场次',
  YEAR_CLOSED: '本年度补考已结束，不能再报考',
  SESSION_PAST: '该场次已开始或已过去',
  MAKEUP_REGISTRATION_CLOSED: '不在补考报名时间内',
  NOT_IN_SERVICE: '不在职',
  RANK_NOT_TAKING_PART: '职级不参加学法考法',
  EXEMPT: '本年度已免考',
  ALREADY_PASSED: '本年度已考试合格',
  ALREADY_BOOKED: '已有未考的报考',
  EXAM_USED: '本年度这一轮考试已考过或缺考',
  OUTSIDE_WINDOW: '不在所属组考方式的考试时间内',
  CREDITS_SHORT: '考试前一天学分未修满',
};

export type SessionKind = 'regular' | 'makeup';
export const sessionKindLabels: Record<SessionKind, string> = { regular: '正式考试', makeup: '补考' };

/** What the desk knows about one person in the year, for one decision. */
export interface PersonFacts {
  status: StaffStatus;
  /** The person's rank takes part (a rank not on the list, or none, does). */
  rankTakesPart: boolean;
  /** An approved exemption for the year. */
  exempt: boolean;
  passed: boolean;
  /** The session of a live booking (booked, no result yet), other than the one being moved. */
  liveBooking: string | null;
  /** A result (sat or absent) of the regular exam, and of the make-up, this year. */
  regularTaken: boolean;
  makeupTaken: boolean;
  /** The effective exam route of the person's unit. */
  route: ExamRoute;
  /** The platform's figures and the day they were taken; null when never imported. */
  credits: { compulsory: number; elective: number; asOf: string } | null;
}

/** A session as the rule sees it, worked out once for everybody. */
export interface SessionVerdict {
  sessionAt: string;
  date: string;
  /** The last day credits may be completed: the day before the session. */
  creditsBy: string;
  kind: SessionKind | null;
  /** Reasons that hold for everyone (not a session, in the past, …). */
  reasons: ReasonCode[];
}

/** Regular (in a route window), make-up (in the make-up exam window), or null when not a session of the policy. */
export function sessionKindOf(policy: YearPolicy, sessionAt: string): SessionKind | null {
  const s = splitSession(sessionAt);
  if (!s || !policy.sessionTimes.includes(s.time)) return null;
  if (inRange(s.date, policy.windows.category) || inRange(s.date, policy.windows.regional)) return 'regular';
  if (inRange(s.date, policy.makeup.exam)) return 'makeup';
  return null;
}

/**
 * The reasons a session refuses everybody, as of `now` ('YYYY-MM-DDTHH:MM',
 * the desk's planning clock): a session that has started is past; once the
 * make-up exam window has ended nothing of the year can be booked; a make-up
 * session is booked only during make-up registration.
 */
export function judgeSession(policy: YearPolicy, sessionAt: string, now: string): SessionVerdict {
  const kind = sessionKindOf(policy, sessionAt);
  const date = splitSession(sessionAt)?.date ?? '';
  const reasons: ReasonCode[] = [];
  if (kind === null) reasons.push('NOT_A_SESSION');
  if (now.slice(0, 10) > policy.makeup.exam.end) reasons.push('YEAR_CLOSED');
  if (kind !== null && sessionAt <= now) reasons.push('SESSION_PAST');
  if (kind === 'makeup' && !inRange(now.slice(0, 10), policy.makeup.registration)) reasons.push('MAKEUP_REGISTRATION_CLOSED');
  return { sessionAt, date, creditsBy: date ? addDays(date, -1) : '', kind, reasons };
}

/**
 * Credits count only when complete by the day before the exam day: figures
 * taken on the exam day or later may hold that day's study, so they do not
 * show that the person was ready the day before.
 */
export function creditsComplete(policy: YearPolicy, credits: PersonFacts['credits'], examDate: string): boolean {
  return completeBy(policy, credits, addDays(examDate, -1));
}

function completeBy(policy: YearPolicy, credits: PersonFacts['credits'], lastDay: string): boolean {
  if (!credits || credits.asOf > lastDay) return false;
  return credits.compulsory >= policy.credits.compulsory && credits.elective >= policy.credits.elective;
}

/** The reasons that keep this person out of the session, after the session's own. */
export function personReasons(policy: YearPolicy, session: SessionVerdict, p: PersonFacts): ReasonCode[] {
  const out = [...session.reasons];
  if (!isInService(p.status)) out.push('NOT_IN_SERVICE');
  if (!p.rankTakesPart) out.push('RANK_NOT_TAKING_PART');
  if (p.exempt) out.push('EXEMPT');
  if (p.passed) out.push('ALREADY_PASSED');
  if (p.liveBooking !== null) out.push('ALREADY_BOOKED');
  if (session.kind !== null && (session.kind === 'regular' ? p.regularTaken : p.makeupTaken)) out.push('EXAM_USED');
  if (session.kind === 'regular' && !inRange(session.date, policy.windows[p.route])) out.push('OUTSIDE_WINDOW');
  if (session.kind !== null && !p.exempt && !completeBy(policy, p.credits, session.creditsBy)) out.push('CREDITS_SHORT');
  return out;
}

/** The one rule: can this person be booked into `sessionAt`, as of `now`? */
export function eligibility(policy: YearPolicy, sessionAt: string, now: string, p: PersonFacts): { eligible: boolean; reasons: ReasonCode[] } {
  const reasons = personReasons(policy, judgeSession(policy, sessionAt, now), p);
  return { eligible: reasons.length === 0, reasons };
}

/** The reasons in the admin's words, joined for a table cell or a message. */
export function describeReasons(reasons: readonly ReasonCode[]): string {
  return reasons.map((r) => reasonLabels[r]).join('；');
}
