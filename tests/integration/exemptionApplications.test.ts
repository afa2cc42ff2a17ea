import { describe, expect, it } from 'vitest';
import { approvedExemptionStaffIds } from '../../electron/core/db/repositories/exemptions';
import type { Desk } from '../../electron/core/desk';
import { pngBytes } from '../helpers/evidenceFiles';
import { apply, approve, attach, person } from '../helpers/exemptionFixtures';
import { auditRows, unit } from '../helpers/staffFixtures';
import { call, refusal } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

let desk: Desk;
let unitId: number;
useTempDesk(async (open) => {
  ({ desk } = open);
  unitId = (await unit(desk, '申请测试局')).id;
}, { at: '2024-09-02T09:00:00+08:00' });

const list = (args: Record<string, unknown> = {}) => call(desk, 'exemptions.list', { year: 2024, ...args });

describe('exemption applications', () => {
  it('goes from 待审批 to 已批准, then 撤销; each step one audit row; approval frees the person for the year', async () => {
    const man = await person(desk, unitId, '周退休', '19650115', 11);
    const draft = await apply(desk, man.id, 'retirement', { notes: '本人书面申请' });
    expect(draft).toMatchObject({ status: 'draft', ground: 'retirement', retirementDate: '2025-02-15', appliedOn: '2024-08-20', reviewer: '人事科 李科长', flags: [] });
    expect(await approvedExemptionStaffIds(desk.ctx.db, 2024)).toEqual(new Set());

    const approved = await approve(desk, draft.id, '2024-08-30');
    expect(approved).toMatchObject({ status: 'approved', decidedOn: '2024-08-30' });
    expect(await approvedExemptionStaffIds(desk.ctx.db, 2024)).toEqual(new Set([man.id]));
    expect(await approvedExemptionStaffIds(desk.ctx.db, 2025)).toEqual(new Set());

    // After approval the record still changes, but not the ground the decision was made on.
    const set = await call(desk, 'exemptions.update', { id: draft.id, patch: { platformSetOn: '2024-09-01', notes: '已在如法网设置' } });
    expect(set).toMatchObject({ platformSetOn: '2024-09-01', notes: '已在如法网设置' });
    expect(await refusal(desk, 'exemptions.update', { id: draft.id, patch: { ground: 'illness' } })).toMatchObject({ code: 'EXEMPTION_STATUS' });

    const revoked = await call(desk, 'exemptions.revoke', { id: draft.id, revokedOn: '2024-09-02', reason: '本人申请参加考试' });
    expect(revoked).toMatchObject({ status: 'revoked', revokedOn: '2024-09-02', revokedReason: '本人申请参加考试' });
    expect(await approvedExemptionStaffIds(desk.ctx.db, 2024)).toEqual(new Set());
    expect(await refusal(desk, 'exemptions.update', { id: draft.id, patch: { notes: 'x' } })).toMatchObject({ code: 'EXEMPTION_STATUS' });
    expect(await refusal(desk, 'exemptions.revoke', { id: draft.id, revokedOn: '2024-09-02', reason: '再撤一次' })).toMatchObject({ code: 'EXEMPTION_STATUS' });

    const actions = (await auditRows(desk)).filter((r) => r.entity === 'exemption');
    expect(actions.map((r) => r.action)).toEqual(['exemption.create', 'exemption.approve', 'exemption.update', 'exemption.revoke']);
    expect(actions.every((r) => r.staff_id === man.id && r.unit_id === unitId && r.actor === 'tester')).toBe(true);
    expect(actions[1]).toMatchObject({ before: { status: 'draft' }, after: { status: 'approved', decidedOn: '2024-08-30' } });

    // A withdrawn application leaves room for a new one.
    expect((await apply(desk, man.id, 'retirement')).status).toBe('draft');
  });

  it('refuses what a careful admin would not do, and changes nothing', async () => {
    const young = await person(desk, unitId, '吴年轻', '19850312', 13);
    const mother = await person(desk, unitId, '郑产假', '19900301', 22);
    const retired = await person(desk, unitId, '王已退', '19600101', 15, { status: '退休' });

    const tooYoung = await refusal(desk, 'exemptions.create', { staffId: young.id, year: 2024, ground: 'retirement' });
    expect(tooYoung.code).toBe('EXEMPTION_OUT_OF_WINDOW');
    expect(tooYoung.message).toContain('2048-'); // his statutory retirement date, named
    expect(tooYoung.message).toContain('2026-12-31');
    expect((await refusal(desk, 'exemptions.create', { staffId: retired.id, year: 2024, ground: 'illness' })).code).toBe('EXEMPTION_NOT_IN_SERVICE');
    expect((await refusal(desk, 'exemptions.create', { staffId: 9999, year: 2024, ground: 'illness' })).code).toBe('STAFF_NOT_FOUND');
    expect(await desk.call('exemptions.create', { staffId: young.id, year: 2024, ground: 'holiday' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect((await refusal(desk, 'exemptions.create', { staffId: young.id, year: 2024, ground: 'illness', appliedOn: '2024-02-30' })).code).toBe('EXEMPTION_DATE_INVALID');
    const future = await refusal(desk, 'exemptions.create', { staffId: young.id, year: 2024, ground: 'illness', appliedOn: '2024-09-03' });
    expect(future).toMatchObject({ code: 'EXEMPTION_DATE_INVALID' });
    expect(future.message).toContain('晚于今天（2024-09-02）');
    const backwards = await refusal(desk, 'exemptions.create', { staffId: young.id, year: 2024, ground: 'illness', appliedOn: '2024-08-20', reviewedOn: '2024-08-10' });
    expect(backwards.message).toContain('审核日期 2024-08-10 早于书面申请日期 2024-08-20');
    expect(await list()).toEqual([]);

    // Maternity needs evidence before approval; a second live application is refused.
    const leave = await apply(desk, mother.id, 'maternity');
    const noEvidence = await refusal(desk, 'exemptions.decide', { id: leave.id, decision: 'approved', decidedOn: '2024-08-25' });
    expect(noEvidence.code).toBe('EXEMPTION_NEEDS_EVIDENCE');
    expect(noEvidence.message).toContain('郑产假');
    expect((await refusal(desk, 'exemptions.create', { staffId: mother.id, year: 2024, ground: 'illness' })).code).toBe('EXEMPTION_EXISTS');
    await attach(desk, leave.id, '产假审批表.png', pngBytes(40, 30, 1));
    expect((await refusal(desk, 'exemptions.decide', { id: leave.id, decision: 'approved', decidedOn: '2024-08-19' })).code).toBe('EXEMPTION_DATE_INVALID');
    expect((await approve(desk, leave.id)).status).toBe('approved');
    expect((await refusal(desk, 'exemptions.decide', { id: leave.id, decision: 'rejected', decidedOn: '2024-08-26' })).code).toBe('EXEMPTION_STATUS');
    expect((await refusal(desk, 'exemptions.get', { id: 424242 })).code).toBe('EXEMPTION_NOT_FOUND');
  });

  it('re-checks the retirement window at approval (the roster may have changed the original age)', async () => {
    const woman = await person(desk, unitId, '冯女工', '19760310', 24, { retirementAge: 50 }); // retires 2026-11-10
    const draft = await apply(desk, woman.id, 'retirement');
    await call(desk, 'staff.update', { id: woman.id, input: { idNumber: woman.idNumber, name: woman.name, unitId, retirementAge: 55 }, year: 2024 });
    const late = await refusal(desk, 'exemptions.decide', { id: draft.id, decision: 'approved', decidedOn: '2024-08-25' });
    expect(late.code).toBe('EXEMPTION_OUT_OF_WINDOW');
    const rejected = await call(desk, 'exemptions.decide', { id: draft.id, decision: 'rejected', decidedOn: '2024-08-25' });
    expect(rejected.status).toBe('rejected');
  });

  it('flags possible evasion, and approvals without evidence or review', async () => {
    const sick = await person(desk, unitId, '陈生病', '19800101', 17);
    const old = await person(desk, unitId, '刘将退', '19650301', 19);
    const fine = await person(desk, unitId, '孙正常', '19650501', 21);
    const now = desk.ctx.clock.now().toISOString();
    // 陈生病 missed his booked exam on 08-28 (the booking screen records outcomes; inserted directly here).
    await desk.ctx.db('bookings').insert([
      { staff_id: sick.id, year: 2024, session_at: '2024-08-28T09:00', kind: 'regular', status: 'booked', outcome: 'absent', created_at: now, updated_at: now },
      { staff_id: fine.id, year: 2024, session_at: '2024-09-01T09:00', kind: 'regular', status: 'booked', outcome: 'failed', created_at: now, updated_at: now },
    ]);
    const a = await apply(desk, sick.id, 'illness');
    await attach(desk, a.id, '诊断证明.png', pngBytes(40, 30, 2));
    await approve(desk, a.id, '2024-08-30');
    const b = await apply(desk, old.id, 'retirement', { reviewer: null, reviewedOn: null });
    await approve(desk, b.id, '2024-08-30');
    const c = await apply(desk, fine.id, 'retirement');
    await attach(desk, c.id, '申请书.png', pngBytes(40, 30, 3));
    await approve(desk, c.id, '2024-08-30'); // failed only after the approval: no evasion

    const flags = new Map((await list()).map((e) => [e.name, e.flags.map((f) => f.code)]));
    expect(flags.get('陈生病')).toEqual(['evasion']);
    expect(flags.get('刘将退')).toEqual(['noEvidence', 'noReview']);
    expect(flags.get('孙正常')).toEqual([]);
    const evasion = (await list()).find((e) => e.name === '陈生病')!.flags[0]!;
    expect(evasion.message).toContain('2024-08-28 09:00 缺考');

    // Lists narrow by status and unit.
    expect((await list({ status: 'approved' })).length).toBe(3);
    expect((await list({ unitId: (await unit(desk, '别的局')).id })).length).toBe(0);
  });
});
