import { DeskError } from '../../../../shared/errors';
import { retirementDate, retirementWindowEnd, type RetirementAge } from '../../../../shared/rules/retirement';
import { exemptionGroundLabels, preset2024, type ExemptionGround } from '../../../../shared/rules/yearPolicy';
import type { Executor } from '../../context';
import { findYearPolicy } from '../../db/repositories/yearPolicies';
import { selectSubtreeRows } from '../../db/repositories/units';

/** The year's exemption rule: cutoff, window, allowed grounds. */
export interface ExemptionRule {
  year: number;
  cutoff: string;
  years: number;
  limitDate: string;
  grounds: ExemptionGround[];
  /** No policy saved for the year: the 2024 notice's rule (12-31, 2 years, all grounds) is assumed for it. */
  assumed: boolean;
}

export async function exemptionRule(db: Executor, year: number): Promise<ExemptionRule> {
  const policy = await findYearPolicy(db, year);
  const cutoff = policy?.exemptionCutoff ?? `${year}${preset2024.exemptionCutoff.slice(4)}`;
  const years = policy?.retirementYears ?? preset2024.retirementYears;
  return {
    year,
    cutoff,
    years,
    limitDate: retirementWindowEnd(cutoff, years),
    grounds: policy?.exemptionGrounds ?? preset2024.exemptionGrounds,
    assumed: policy === null,
  };
}

export function assertGroundAllowed(rule: ExemptionRule, ground: ExemptionGround): void {
  if (!rule.grounds.includes(ground)) {
    throw new DeskError('EXEMPTION_GROUND_NOT_ALLOWED', `${rule.year} 年度规则不含“${exemptionGroundLabels[ground]}”这项免考情形，请核对年度规则或改选其他情形。`);
  }
}

/** The statutory retirement date, or null when the stored birth date cannot be read. */
export function retirementOf(birthDate: string, age: RetirementAge): string | null {
  try {
    return retirementDate(birthDate, age);
  } catch {
    return null;
  }
}

/**
 * Ground (1) for one person: refused with the dates when the retirement date
 * does not fit. An agreed 弹性延迟退休 date, when recorded, is the date that counts.
 */
export function assertRetirementFits(rule: ExemptionRule, person: { name: string; birth_date: string; retirement_age: RetirementAge; agreed_date?: string | null }): void {
  const statutory = retirementOf(person.birth_date, person.retirement_age);
  const date = statutory === null ? null : (person.agreed_date ?? statutory);
  if (date === null || date > rule.limitDate) {
    const which = person.agreed_date
      ? `约定的弹性延迟退休日期为 ${date}（法定退休日期 ${statutory}）`
      : `法定退休日期为 ${date ?? '无法计算'}（原法定退休年龄 ${person.retirement_age} 岁，按渐进式延迟退休规定计算）`;
    throw new DeskError(
      'EXEMPTION_OUT_OF_WINDOW',
      `${person.name}的${which}，晚于 ${rule.limitDate}（${rule.cutoff} 后 ${rule.years} 年），不符合“距退休两年内”免考。如原法定退休年龄登记有误，请先在学员名册中更正。`,
    );
  }
}

/** A unit and (by default) its sub-units, as ids; undefined for all units. */
export async function unitScope(db: Executor, unitId: number | undefined, includeSubunits = true): Promise<number[] | undefined> {
  if (unitId === undefined) return undefined;
  const rows = await selectSubtreeRows(db, unitId);
  if (rows.length === 0) throw new DeskError('UNIT_NOT_FOUND', `找不到该单位（编号 ${unitId}），请刷新后重新选择。`);
  return includeSubunits ? rows.map((r) => r.id) : [unitId];
}
