import { deskError } from '../../../../shared/errors';
import type { RetirementPerson } from '../../../../shared/retirement/methods';
import { agreedRetirementProblem, effectiveRetirementDate, isOverdueRetirement, latestAgreedRetirement } from '../../../../shared/rules/retirement';
import type { CoreContext, Executor } from '../../context';
import { inServiceBornBy, retirementFactsOf, saveAgreedDate, saveRetired, type RetirementFactsRow } from '../../db/repositories/retirement';
import { missingStaffIds, unitTrails } from '../../db/repositories/staff';
import { recordAction } from '../audit/actions';
import { planningNow } from '../bookings/planningClock';
import { retirementOf, unitScope } from '../exemptions/rule';
import { isInService } from '../../../../shared/staffStatus';

/**
 * 到龄未退 under the 2025 reform: someone 在职 whose retirement date (the
 * agreed date of a 弹性延迟退休 when recorded, else the statutory date) is
 * on or before the planning date. The admin settles them by 设为退休
 * (effective on that date) or by recording an agreed delay of up to three
 * years (they stay 在职 until then).
 */

/** The youngest original retirement age: nobody born later than today − 50 years has reached a retirement date. */
const YOUNGEST_AGE = 50;

/** The desk's today as the screens see it: the planning date's day, else the clock's. */
export async function deskToday(ctx: CoreContext, db: Executor = ctx.db): Promise<string> {
  return (await planningNow(ctx, db)).slice(0, 10);
}

/** The retirement date that counts for the person (agreed, else statutory); null when the birth date cannot be read. */
export function retirementOnOf(row: Pick<RetirementFactsRow, 'birth_date' | 'retirement_age' | 'agreed_date'>): string | null {
  const statutory = retirementOf(row.birth_date, row.retirement_age);
  return statutory === null ? null : effectiveRetirementDate(statutory, row.agreed_date);
}

function isOverdue(row: RetirementFactsRow, today: string): boolean {
  const on = retirementOnOf(row);
  return on !== null && isOverdueRetirement(row.status, on, today);
}

/** The 到龄未退 people as of `today`, in roster order; within some units when given. */
export async function overdueRows(db: Executor, today: string, unitIds?: number[]): Promise<RetirementFactsRow[]> {
  const latestBirth = `${String(Number(today.slice(0, 4)) - YOUNGEST_AGE).padStart(4, '0')}${today.slice(4)}`;
  return (await inServiceBornBy(db, latestBirth, unitIds)).filter((r) => isOverdue(r, today));
}

/** The ids of the 到龄未退 people as of `today` (the roster's filter). */
export async function overdueIds(db: Executor, today: string): Promise<number[]> {
  return (await overdueRows(db, today)).map((r) => r.id);
}

async function toPeople(db: Executor, rows: RetirementFactsRow[], today: string): Promise<RetirementPerson[]> {
  const trails = await unitTrails(
    db,
    rows.map((r) => r.unit_id),
  );
  return rows.map((r) => {
    const statutory = retirementOf(r.birth_date, r.retirement_age);
    return {
      staffId: r.id,
      idNumber: r.id_number,
      name: r.name,
      unitId: r.unit_id,
      unitPath: trails.get(r.unit_id)?.path ?? '',
      status: r.status,
      statutoryDate: statutory,
      agreedDate: r.agreed_date,
      retiredOn: r.retired_on,
      latestAgreedDate: statutory === null ? null : latestAgreedRetirement(statutory),
      overdue: isOverdue(r, today),
      takingPart: isInService(r.status) && r.takes_part === 1,
    };
  });
}

/** 到龄未退 people for the roster, the home screen and 统计 (with `takingPartOnly`: those counted in 参加人数). */
export async function listOverdue(ctx: CoreContext, args: { unitId?: number | null; takingPartOnly?: boolean }): Promise<{ today: string; people: RetirementPerson[] }> {
  const today = await deskToday(ctx);
  const unitIds = await unitScope(ctx.db, args.unitId ?? undefined);
  let rows = await overdueRows(ctx.db, today, unitIds);
  if (args.takingPartOnly) rows = rows.filter((r) => r.takes_part === 1);
  return { today, people: await toPeople(ctx.db, rows, today) };
}

async function existingFacts(db: Executor, ids: number[]): Promise<RetirementFactsRow[]> {
  const unique = [...new Set(ids)];
  const missing = await missingStaffIds(db, unique);
  if (missing.length > 0) {
    throw deskError('STAFF_NOT_FOUND.someOf', { ids: missing });
  }
  return retirementFactsOf(db, unique);
}

/** The facts of the chosen people, for a bulk action's confirmation. */
export async function describeRetirement(ctx: CoreContext, ids: number[]): Promise<{ today: string; people: RetirementPerson[] }> {
  const today = await deskToday(ctx);
  return { today, people: await toPeople(ctx.db, await existingFacts(ctx.db, ids), today) };
}

function names(rows: { name: string }[]): string[] {
  return rows.map((r) => r.name);
}

/**
 * 设为退休: every chosen person must be 到龄未退; each becomes 退休 effective
 * on their own retirement date, with an audit row each, in one transaction.
 */
export async function retireOverdue(ctx: CoreContext, ids: number[]): Promise<{ retired: number }> {
  return ctx.db.transaction(async (trx) => {
    const today = await deskToday(ctx, trx);
    const rows = await existingFacts(trx, ids);
    const notInService = rows.filter((r) => !isInService(r.status));
    if (notInService.length > 0) {
      throw deskError('RETIREMENT_NOT_IN_SERVICE.retire', { names: names(notInService) });
    }
    const notDue = rows.filter((r) => !isOverdue(r, today));
    if (notDue.length > 0) {
      const first = notDue[0]!;
      throw deskError('RETIREMENT_NOT_DUE.named', { names: names(notDue), today, first: first.name, firstOn: retirementOnOf(first) ?? null });
    }
    const at = ctx.clock.now().toISOString();
    for (const r of rows) {
      const statutory = retirementOf(r.birth_date, r.retirement_age)!;
      const retiredOn = effectiveRetirementDate(statutory, r.agreed_date);
      await saveRetired(trx, r.id, retiredOn, at);
      await recordAction(trx, ctx, {
        action: 'staff.retire',
        entity: 'staff',
        entityId: r.id,
        staffId: r.id,
        unitId: r.unit_id,
        before: { status: r.status },
        after: { status: '退休', statutoryRetirementDate: statutory, ...(r.agreed_date ? { agreedRetirementDate: r.agreed_date } : {}), retiredOn },
      });
    }
    return { retired: rows.length };
  });
}

/**
 * 弹性延迟退休: records each person's agreed retirement date, which may not be
 * before the statutory date nor more than three years after it. The person
 * stays 在职. One audit row a person, all in one transaction.
 */
export async function delayRetirement(ctx: CoreContext, entries: { id: number; agreedDate: string }[]): Promise<{ delayed: number }> {
  const byId = new Map(entries.map((e) => [e.id, e.agreedDate]));
  return ctx.db.transaction(async (trx) => {
    const rows = await existingFacts(trx, [...byId.keys()]);
    const notInService = rows.filter((r) => !isInService(r.status));
    if (notInService.length > 0) {
      throw deskError('RETIREMENT_NOT_IN_SERVICE.delay', { names: names(notInService) });
    }
    const at = ctx.clock.now().toISOString();
    let delayed = 0;
    for (const r of rows) {
      const agreed = byId.get(r.id)!;
      const statutory = retirementOf(r.birth_date, r.retirement_age);
      const problem = statutory === null ? 'invalid' : agreedRetirementProblem(statutory, agreed);
      if (problem !== null) {
        const latest = problem === 'tooLate' ? latestAgreedRetirement(statutory!) : null;
        throw deskError('RETIREMENT_DELAY_INVALID.named', { name: r.name, agreed, statutory, latest, problem });
      }
      if (r.agreed_date === agreed) continue;
      await saveAgreedDate(trx, r.id, agreed, at);
      await recordAction(trx, ctx, {
        action: 'staff.delayRetirement',
        entity: 'staff',
        entityId: r.id,
        staffId: r.id,
        unitId: r.unit_id,
        before: { agreedRetirementDate: r.agreed_date },
        after: { statutoryRetirementDate: statutory, agreedRetirementDate: agreed },
      });
      delayed += 1;
    }
    return { delayed };
  });
}
