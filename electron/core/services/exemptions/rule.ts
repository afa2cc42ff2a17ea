import { deskError } from '../../../../shared/errors';
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
    throw deskError('EXEMPTION_GROUND_NOT_ALLOWED.named', { year: rule.year, ground: exemptionGroundLabels[ground] });
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
    throw deskError('EXEMPTION_OUT_OF_WINDOW.named', {
      name: person.name,
      date,
      statutory,
      agreed: Boolean(person.agreed_date),
      age: person.retirement_age,
      limitDate: rule.limitDate,
      cutoff: rule.cutoff,
      years: rule.years,
    });
  }
}

/** A unit and (by default) its sub-units, as ids; undefined for all units. */
export async function unitScope(db: Executor, unitId: number | undefined, includeSubunits = true): Promise<number[] | undefined> {
  if (unitId === undefined) return undefined;
  const rows = await selectSubtreeRows(db, unitId);
  if (rows.length === 0) throw deskError('UNIT_NOT_FOUND.chosen', { id: unitId });
  return includeSubunits ? rows.map((r) => r.id) : [unitId];
}
