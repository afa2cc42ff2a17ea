import type { Evasion, ExemptionFlag } from '../exemptions/schemas';
import { exemptionDateLabels } from '../words/labels';

/**
 * The checks an inspection raises on an approved exemption (DOMAIN.md
 * "Exemptions"): one granted after the person missed or failed a booked exam
 * that year (possible evasion), and one without evidence or without a
 * recorded HR review. A suspected evasion is the admin's to decide: once
 * confirmed the exemption no longer counts (视为该学员未参加本年度学法考法), once
 * cleared the suspicion is no longer raised.
 */
export interface BookingOutcome {
  /** 'YYYY-MM-DDTHH:MM' */
  sessionAt: string;
  status: 'booked' | 'cancelled';
  outcome: 'passed' | 'failed' | 'absent' | null;
}

export interface CheckedExemption {
  status: 'draft' | 'approved' | 'rejected' | 'revoked';
  decidedOn: string | null;
  reviewer: string | null;
  reviewedOn: string | null;
  evidenceCount: number;
  evasion?: Evasion | null;
}

/** Missed or failed booked exams on or before the day of the decision, oldest first. */
export function missedBefore(bookings: BookingOutcome[], decidedOn: string): BookingOutcome[] {
  return bookings
    .filter((b) => b.status === 'booked' && (b.outcome === 'absent' || b.outcome === 'failed') && b.sessionAt.slice(0, 10) <= decidedOn)
    .sort((a, b) => a.sessionAt.localeCompare(b.sessionAt));
}

export function exemptionFlags(e: CheckedExemption, bookings: BookingOutcome[]): ExemptionFlag[] {
  if (e.status !== 'approved') return [];
  const flags: ExemptionFlag[] = [];
  const missed = e.decidedOn ? missedBefore(bookings, e.decidedOn) : [];
  if (e.evasion?.decision === 'confirmed') {
    flags.push({ code: 'evasionConfirmed', message: `${e.evasion.decidedOn} 已认定为借免考规避考试：免考不计，视为该学员未参加本年度学法考法` });
  } else if (missed.length > 0 && e.evasion?.decision !== 'cleared') {
    const what = missed.map((b) => `${b.sessionAt.replace('T', ' ')} ${b.outcome === 'absent' ? '缺考' : '未通过'}`).join('、');
    flags.push({ code: 'evasion', message: `疑似借免考规避考试：${what}，之后于 ${e.decidedOn} 批准免考` });
  }
  if (e.evidenceCount === 0) flags.push({ code: 'noEvidence', message: '已批准但没有证明材料' });
  const missing = [!e.reviewer?.trim() && '审核人', !e.reviewedOn && exemptionDateLabels.reviewedOn].filter(Boolean);
  if (missing.length > 0) flags.push({ code: 'noReview', message: `已批准但没有登记人事部门审核（缺${missing.join('、')}）` });
  return flags;
}

/** Whether an approved exemption was granted after a missed or failed booked exam that year. */
export function evasionSuspected(e: Pick<CheckedExemption, 'status' | 'decidedOn'>, bookings: BookingOutcome[]): boolean {
  return e.status === 'approved' && e.decidedOn !== null && missedBefore(bookings, e.decidedOn).length > 0;
}
