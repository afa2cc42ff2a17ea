import type { ExemptionFlagCode, ExemptionStatus } from '../../../../shared/exemptions/schemas';

export { exemptionGroundLabels as groundLabels } from '../../../../shared/rules/yearPolicy';
export { exemptionStatusLabels as statusLabels } from '../../../../shared/exemptions/schemas';

export const statusColors: Record<ExemptionStatus, string> = { draft: 'yellow', approved: 'green', rejected: 'gray', revoked: 'gray' };

/** Where the admin's scope is: the year and, optionally, one unit with or without its sub-units. */
export interface Scope {
  year: number;
  unitId?: number;
  includeSubunits?: boolean;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The short name of a check, as a badge in the list (the full message is its title). */
export const flagBadges: Record<ExemptionFlagCode, string> = {
  evasion: '疑似规避考试',
  evasionConfirmed: '已认定规避考试',
  noEvidence: '缺证明材料',
  noReview: '缺审核',
  sharedEvidence: '材料与他人相同',
};
