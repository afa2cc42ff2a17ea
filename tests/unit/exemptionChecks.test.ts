import { describe, expect, it } from 'vitest';
import { evasionSuspected, exemptionFlags, missedBefore, type BookingOutcome } from '../../shared/rules/exemptionChecks';

const approved = { status: 'approved' as const, decidedOn: '2024-11-05', reviewer: '李科长', reviewedOn: '2024-11-01', evidenceCount: 1 };
const booking = (sessionAt: string, outcome: BookingOutcome['outcome'], status: BookingOutcome['status'] = 'booked'): BookingOutcome => ({ sessionAt, status, outcome });

describe('missedBefore', () => {
  it('takes absent and failed booked exams up to and including the decision day', () => {
    const list = [booking('2024-11-05T19:30', 'absent'), booking('2024-10-30T09:00', 'failed'), booking('2024-11-06T09:00', 'absent')];
    expect(missedBefore(list, '2024-11-05').map((b) => b.sessionAt)).toEqual(['2024-10-30T09:00', '2024-11-05T19:30']);
  });

  it('ignores passed, unsat and cancelled bookings', () => {
    const list = [booking('2024-10-30T09:00', 'passed'), booking('2024-10-30T09:30', null), booking('2024-10-30T10:00', 'absent', 'cancelled')];
    expect(missedBefore(list, '2024-11-05')).toEqual([]);
  });
});

describe('exemptionFlags', () => {
  it('raises nothing on a sound approval, and nothing on drafts', () => {
    expect(exemptionFlags(approved, [])).toEqual([]);
    expect(exemptionFlags({ ...approved, status: 'draft', evidenceCount: 0, reviewer: null }, [booking('2024-10-30T09:00', 'absent')])).toEqual([]);
  });

  it('flags possible evasion with the missed sessions', () => {
    const flags = exemptionFlags(approved, [booking('2024-10-30T09:00', 'failed')]);
    expect(flags).toEqual([{ code: 'evasion', message: '疑似借免考规避考试：2024-10-30 09:00 未通过，之后于 2024-11-05 批准免考' }]);
  });

  it('flags an approval without evidence, and one without a recorded review', () => {
    expect(exemptionFlags({ ...approved, evidenceCount: 0 }, []).map((f) => f.code)).toEqual(['noEvidence']);
    const noReview = exemptionFlags({ ...approved, reviewer: '  ', reviewedOn: null }, []);
    expect(noReview).toEqual([{ code: 'noReview', message: '已批准但没有登记人事部门审核（缺审核人、审核日期）' }]);
    expect(exemptionFlags({ ...approved, reviewedOn: null }, [])[0]!.message).toContain('缺审核日期');
  });

  it('once the admin decides a suspected evasion: confirmed says it no longer counts, cleared raises nothing', () => {
    const missed = [booking('2024-10-30T09:00', 'absent')];
    expect(evasionSuspected(approved, missed)).toBe(true);
    expect(evasionSuspected(approved, [])).toBe(false);
    expect(evasionSuspected({ ...approved, status: 'revoked' }, missed)).toBe(false);
    const confirmed = exemptionFlags({ ...approved, evasion: { decision: 'confirmed', reason: null, decidedOn: '2024-12-01' } }, missed);
    expect(confirmed).toEqual([{ code: 'evasionConfirmed', message: '2024-12-01 已认定为借免考规避考试：免考不计，视为该学员未参加本年度学法考法' }]);
    expect(exemptionFlags({ ...approved, evasion: { decision: 'cleared', reason: '当天住院', decidedOn: '2024-12-01' } }, missed)).toEqual([]);
  });
});
