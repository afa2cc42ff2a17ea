import { DeskError } from '../../../../shared/errors';
import { exemptionStatusLabels, type ApplicationPatch, type EvasionDecision, type ExemptionDetail } from '../../../../shared/exemptions/schemas';
import type { AuditAction } from '../../../../shared/rules/auditLabels';
import { isCalendarDate } from '../../../../shared/rules/retirement';
import { exemptionGroundLabels, type ExemptionGround } from '../../../../shared/rules/yearPolicy';
import type { CoreContext, Executor } from '../../context';
import { insertExemption, selectLiveExemption, updateExemption, type ExemptionRow, type ExemptionWithStaff } from '../../db/repositories/exemptions';
import { selectStaffRow } from '../../db/repositories/staff';
import { recordAction } from '../audit/actions';
import { localDate } from '../settings/desk';
import { checkDates } from './dates';
import { agreedDatesOf } from '../../db/repositories/retirement';
import { assertGroundAllowed, assertRetirementFits, exemptionRule } from './rule';
import { applicationFields, exemptionDetail, existingExemption } from './view';

/** An application's life: 待审批 → 已批准 / 未批准, and 撤销. One transaction and one audit row per step. */

export interface NewApplication {
  staffId: number;
  year: number;
  ground: ExemptionGround;
  appliedOn?: string | null;
  reviewer?: string | null;
  reviewedOn?: string | null;
  platformSetOn?: string | null;
  notes?: string | null;
}

const clean = (s: string | null | undefined) => (s == null || s.trim() === '' ? null : s.trim());

/** The part of an application an audit row keeps. */
function snapshot(r: ExemptionRow) {
  return { staffId: r.staff_id, year: r.year, ...applicationFields(r) };
}

async function audit(trx: Executor, ctx: CoreContext, action: AuditAction, before: ExemptionWithStaff | null, after: ExemptionWithStaff) {
  await recordAction(trx, ctx, {
    action,
    entity: 'exemption',
    entityId: after.id,
    staffId: after.staff_id,
    unitId: after.unit_id,
    before: before && { name: before.name, ...snapshot(before) },
    after: { name: after.name, ...snapshot(after) },
  });
}

function today(ctx: CoreContext): string {
  return localDate(ctx.clock.now());
}

export async function createExemption(ctx: CoreContext, a: NewApplication): Promise<ExemptionDetail> {
  return ctx.db.transaction(async (trx) => {
    const staff = await selectStaffRow(trx, a.staffId);
    if (!staff) throw new DeskError('STAFF_NOT_FOUND', `找不到该学员（编号 ${a.staffId}），可能已被删除，请刷新后重试。`);
    if (staff.status !== '在职') throw new DeskError('EXEMPTION_NOT_IN_SERVICE', `${staff.name}的在职状态为“${staff.status}”，不参加学法考法，不需要办理免考。`);
    const rule = await exemptionRule(trx, a.year);
    assertGroundAllowed(rule, a.ground);
    if (a.ground === 'retirement') assertRetirementFits(rule, { ...staff, agreed_date: (await agreedDatesOf(trx, [staff.id])).get(staff.id) ?? null });
    const live = await selectLiveExemption(trx, a.staffId, a.year);
    if (live) {
      throw new DeskError(
        'EXEMPTION_EXISTS',
        `${staff.name} ${a.year} 年已有${exemptionStatusLabels[live.status]}的免考申请（${exemptionGroundLabels[live.ground]}），请在原申请上修改，或先撤销原申请再新建。`,
      );
    }
    const row = {
      applied_on: a.appliedOn ?? null,
      reviewer: clean(a.reviewer),
      reviewed_on: a.reviewedOn ?? null,
      decided_on: null,
      platform_set_on: a.platformSetOn ?? null,
      notes: clean(a.notes),
    };
    checkDates({ appliedOn: row.applied_on, reviewedOn: row.reviewed_on, decidedOn: null, platformSetOn: row.platform_set_on }, today(ctx));
    const at = ctx.clock.now().toISOString();
    const id = await insertExemption(trx, {
      staff_id: a.staffId,
      year: a.year,
      ground: a.ground,
      status: 'draft',
      ...row,
      revoked_on: null,
      revoked_reason: null,
      evasion_decision: null,
      evasion_reason: null,
      evasion_decided_on: null,
      created_at: at,
      updated_at: at,
    });
    await audit(trx, ctx, 'exemption.create', null, await existingExemption(trx, id));
    return exemptionDetail(trx, id);
  });
}

/**
 * Keys an approved application may still change: the record of the steps, which
 * do not change the decision (an HR review entered after the approval, a date
 * mistyped). The ground needs a withdrawal and a new application.
 */
const OPEN_AFTER_APPROVAL = new Set<keyof ApplicationPatch>(['appliedOn', 'reviewer', 'reviewedOn', 'platformSetOn', 'notes']);

export async function updateExemptionFields(ctx: CoreContext, id: number, patch: ApplicationPatch): Promise<ExemptionDetail> {
  return ctx.db.transaction(async (trx) => {
    const current = await existingExemption(trx, id);
    if (current.status === 'rejected' || current.status === 'revoked') {
      throw new DeskError('EXEMPTION_STATUS', `该申请${exemptionStatusLabels[current.status]}，不能再修改；如需免考，请新建申请。`);
    }
    const next = {
      ground: patch.ground ?? current.ground,
      applied_on: patch.appliedOn === undefined ? current.applied_on : patch.appliedOn,
      reviewer: patch.reviewer === undefined ? current.reviewer : clean(patch.reviewer),
      reviewed_on: patch.reviewedOn === undefined ? current.reviewed_on : patch.reviewedOn,
      platform_set_on: patch.platformSetOn === undefined ? current.platform_set_on : patch.platformSetOn,
      notes: patch.notes === undefined ? current.notes : clean(patch.notes),
    };
    const keyOf: Record<keyof typeof next, keyof ApplicationPatch> = {
      ground: 'ground',
      applied_on: 'appliedOn',
      reviewer: 'reviewer',
      reviewed_on: 'reviewedOn',
      platform_set_on: 'platformSetOn',
      notes: 'notes',
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== current[k]);
    if (changed.length === 0) return exemptionDetail(trx, id);
    if (current.status === 'approved' && changed.some((k) => !OPEN_AFTER_APPROVAL.has(keyOf[k]))) {
      throw new DeskError('EXEMPTION_STATUS', '已批准的申请不能修改免考情形；如免考情形有误，请先撤销，再重新申请。');
    }
    if (next.ground !== current.ground) {
      const rule = await exemptionRule(trx, current.year);
      assertGroundAllowed(rule, next.ground);
      if (next.ground === 'retirement') assertRetirementFits(rule, current);
    }
    checkDates({ appliedOn: next.applied_on, reviewedOn: next.reviewed_on, decidedOn: current.decided_on, platformSetOn: next.platform_set_on }, today(ctx));
    await updateExemption(trx, id, { ...next, updated_at: ctx.clock.now().toISOString() });
    await audit(trx, ctx, 'exemption.update', current, await existingExemption(trx, id));
    return exemptionDetail(trx, id);
  });
}

const EVIDENCE_EXAMPLES: Record<Exclude<ExemptionGround, 'retirement'>, string> = {
  maternity: '产假审批表、生育证明等',
  illness: '医院诊断证明、住院病历等',
};

export async function decideExemption(ctx: CoreContext, id: number, decision: 'approved' | 'rejected', decidedOn: string): Promise<ExemptionDetail> {
  return ctx.db.transaction(async (trx) => {
    const current = await existingExemption(trx, id);
    if (current.status !== 'draft') {
      throw new DeskError('EXEMPTION_STATUS', `该申请${exemptionStatusLabels[current.status]}，只有待审批的申请才能${decision === 'approved' ? '批准' : '不予批准'}。`);
    }
    if (decision === 'approved') {
      const staff = await selectStaffRow(trx, current.staff_id);
      if (staff && staff.status !== '在职') throw new DeskError('EXEMPTION_NOT_IN_SERVICE', `${current.name}的在职状态已是“${staff.status}”，不需要批准免考；可以撤销该申请。`);
      const rule = await exemptionRule(trx, current.year);
      assertGroundAllowed(rule, current.ground);
      if (current.ground === 'retirement') assertRetirementFits(rule, { ...current, agreed_date: (await agreedDatesOf(trx, [current.staff_id])).get(current.staff_id) ?? null });
      else if (Number(current.evidence_count) === 0) {
        throw new DeskError(
          'EXEMPTION_NEEDS_EVIDENCE',
          `${current.name}的免考情形为“${exemptionGroundLabels[current.ground]}”，须先上传至少一份证明材料（${EVIDENCE_EXAMPLES[current.ground]}），才能批准。`,
        );
      }
    }
    checkDates({ appliedOn: current.applied_on, reviewedOn: current.reviewed_on, decidedOn, platformSetOn: current.platform_set_on }, today(ctx));
    await updateExemption(trx, id, { status: decision, decided_on: decidedOn, updated_at: ctx.clock.now().toISOString() });
    await audit(trx, ctx, decision === 'approved' ? 'exemption.approve' : 'exemption.reject', current, await existingExemption(trx, id));
    return exemptionDetail(trx, id);
  });
}

export async function revokeExemption(ctx: CoreContext, id: number, revokedOn: string, reason: string): Promise<ExemptionDetail> {
  return ctx.db.transaction(async (trx) => {
    const current = await existingExemption(trx, id);
    if (current.status !== 'draft' && current.status !== 'approved') {
      throw new DeskError('EXEMPTION_STATUS', `该申请${exemptionStatusLabels[current.status]}，不能再撤销。`);
    }
    checkDates({ appliedOn: current.applied_on, reviewedOn: null, decidedOn: current.decided_on, platformSetOn: null, revokedOn }, today(ctx));
    await updateExemption(trx, id, { status: 'revoked', revoked_on: revokedOn, revoked_reason: reason.trim(), updated_at: ctx.clock.now().toISOString() });
    await audit(trx, ctx, 'exemption.revoke', current, await existingExemption(trx, id));
    return exemptionDetail(trx, id);
  });
}

/** The part of an application an evasion decision's audit row keeps. */
function evasionSnapshot(r: ExemptionWithStaff) {
  return { name: r.name, year: r.year, evasionDecision: r.evasion_decision, evasionReason: r.evasion_reason, evasionDecidedOn: r.evasion_decided_on };
}

/**
 * The admin decides a suspected evasion (疑似借免考规避考试) of an approved
 * exemption: 认定为规避 (the exemption stops counting; the person is treated as
 * not having taken part that year) or 排除 with a reason. A decision can be
 * changed, or taken back (null), each step with its audit row.
 */
export async function decideEvasion(
  ctx: CoreContext,
  id: number,
  decision: EvasionDecision | null,
  decidedOn: string | undefined,
  reason: string | undefined,
): Promise<ExemptionDetail> {
  return ctx.db.transaction(async (trx) => {
    const current = await existingExemption(trx, id);
    if (decision === null) {
      if (current.evasion_decision === null) return exemptionDetail(trx, id);
      await updateExemption(trx, id, { evasion_decision: null, evasion_reason: null, evasion_decided_on: null, updated_at: ctx.clock.now().toISOString() });
      await recordEvasion(trx, ctx, 'exemption.evasion.undo', current, await existingExemption(trx, id));
      return exemptionDetail(trx, id);
    }
    if (current.status !== 'approved') {
      throw new DeskError('EXEMPTION_STATUS', `该申请${exemptionStatusLabels[current.status]}，只有已批准的免考才需要认定是否规避考试。`);
    }
    const detail = await exemptionDetail(trx, id);
    if (!detail.evasionSuspected) {
      throw new DeskError('EXEMPTION_NOT_SUSPECTED', `${current.name}批准免考前没有缺考或未通过的考试，没有“疑似借免考规避考试”的情形，不需要认定。`);
    }
    const why = clean(reason);
    if (decision === 'cleared' && !why) throw new DeskError('EXEMPTION_EVASION_REASON', '排除规避考试嫌疑须填写原因（如：缺考当天住院，有病历为证）。');
    if (!decidedOn) throw new DeskError('EXEMPTION_DATE_INVALID', '请填写认定日期。');
    if (!isCalendarDate(decidedOn)) throw new DeskError('EXEMPTION_DATE_INVALID', `认定日期“${decidedOn}”不是有效日期，请按 YYYY-MM-DD 填写。`);
    if (decidedOn > today(ctx)) throw new DeskError('EXEMPTION_DATE_INVALID', `认定日期 ${decidedOn} 晚于今天（${today(ctx)}），请核对后重新填写。`);
    if (current.decided_on && decidedOn < current.decided_on) {
      throw new DeskError('EXEMPTION_DATE_INVALID', `认定日期 ${decidedOn} 早于批准免考日期 ${current.decided_on}，请核对后重新填写。`);
    }
    if (current.evasion_decision === decision && current.evasion_reason === why && current.evasion_decided_on === decidedOn) return detail;
    await updateExemption(trx, id, { evasion_decision: decision, evasion_reason: why, evasion_decided_on: decidedOn, updated_at: ctx.clock.now().toISOString() });
    await recordEvasion(trx, ctx, decision === 'confirmed' ? 'exemption.evasion.confirm' : 'exemption.evasion.clear', current, await existingExemption(trx, id));
    return exemptionDetail(trx, id);
  });
}

async function recordEvasion(trx: Executor, ctx: CoreContext, action: AuditAction, before: ExemptionWithStaff, after: ExemptionWithStaff) {
  await recordAction(trx, ctx, {
    action,
    entity: 'exemption',
    entityId: after.id,
    staffId: after.staff_id,
    unitId: after.unit_id,
    before: evasionSnapshot(before),
    after: evasionSnapshot(after),
  });
}
