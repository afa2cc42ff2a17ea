import { deskError } from '../../../../shared/errors';
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
import { isInService } from '../../../../shared/staffStatus';

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
    if (!staff) throw deskError('STAFF_NOT_FOUND.chosen', { id: a.staffId });
    if (!isInService(staff.status)) throw deskError('EXEMPTION_NOT_IN_SERVICE.apply', { name: staff.name, status: staff.status });
    const rule = await exemptionRule(trx, a.year);
    assertGroundAllowed(rule, a.ground);
    if (a.ground === 'retirement') assertRetirementFits(rule, { ...staff, agreed_date: (await agreedDatesOf(trx, [staff.id])).get(staff.id) ?? null });
    const live = await selectLiveExemption(trx, a.staffId, a.year);
    if (live) {
      throw deskError('EXEMPTION_EXISTS.named', { name: staff.name, year: a.year, status: exemptionStatusLabels[live.status], ground: exemptionGroundLabels[live.ground] });
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
      throw deskError('EXEMPTION_STATUS.edit', { status: exemptionStatusLabels[current.status] });
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
      throw deskError('EXEMPTION_STATUS.groundApproved');
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

export async function decideExemption(ctx: CoreContext, id: number, decision: 'approved' | 'rejected', decidedOn: string): Promise<ExemptionDetail> {
  return ctx.db.transaction(async (trx) => {
    const current = await existingExemption(trx, id);
    if (current.status !== 'draft') {
      throw deskError('EXEMPTION_STATUS.decide', { status: exemptionStatusLabels[current.status], decision });
    }
    if (decision === 'approved') {
      const staff = await selectStaffRow(trx, current.staff_id);
      if (staff && !isInService(staff.status)) throw deskError('EXEMPTION_NOT_IN_SERVICE.approve', { name: current.name, status: staff.status });
      const rule = await exemptionRule(trx, current.year);
      assertGroundAllowed(rule, current.ground);
      if (current.ground === 'retirement') assertRetirementFits(rule, { ...current, agreed_date: (await agreedDatesOf(trx, [current.staff_id])).get(current.staff_id) ?? null });
      else if (Number(current.evidence_count) === 0) {
        throw deskError('EXEMPTION_NEEDS_EVIDENCE.named', { name: current.name, ground: current.ground, groundLabel: exemptionGroundLabels[current.ground] });
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
      throw deskError('EXEMPTION_STATUS.revoke', { status: exemptionStatusLabels[current.status] });
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
      throw deskError('EXEMPTION_STATUS.evasion', { status: exemptionStatusLabels[current.status] });
    }
    const detail = await exemptionDetail(trx, id);
    if (!detail.evasionSuspected) {
      throw deskError('EXEMPTION_NOT_SUSPECTED.named', { name: current.name });
    }
    const why = clean(reason);
    if (decision === 'cleared' && !why) throw deskError('EXEMPTION_EVASION_REASON.example');
    if (!decidedOn) throw deskError('EXEMPTION_DATE_INVALID.missing', { field: 'evasionDecidedOn' });
    if (!isCalendarDate(decidedOn)) throw deskError('EXEMPTION_DATE_INVALID.notADate', { field: 'evasionDecidedOn', value: decidedOn });
    if (decidedOn > today(ctx)) throw deskError('EXEMPTION_DATE_INVALID.future', { field: 'evasionDecidedOn', value: decidedOn, today: today(ctx) });
    if (current.decided_on && decidedOn < current.decided_on) {
      throw deskError('EXEMPTION_DATE_INVALID.beforeApproval', { value: decidedOn, approved: current.decided_on });
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
