import type { ExemptionStatus } from '../../../../shared/exemptions';

export { exemptionGroundLabels as groundLabels } from '../../../../shared/rules/yearPolicy';
export { exemptionStatusLabels as statusLabels } from '../../../../shared/exemptions';

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
