import { exemptionGroundLabels } from '../../../../shared/rules/yearPolicy';
import type { ExemptionRow } from '../../db/repositories/exemptions';

/**
 * The 免考情形变动 lines of the yearly check: each decision and withdrawal on
 * the person's applications for the year, dated as the admin recorded them,
 * oldest first. A pending application is no change yet.
 */

type Decided = Pick<ExemptionRow, 'ground' | 'status' | 'decided_on' | 'revoked_on'>;

interface Line {
  on: string;
  text: string;
}

function linesOf(r: Decided): Line[] {
  const ground = exemptionGroundLabels[r.ground];
  const out: Line[] = [];
  // Only a draft can be rejected and only a draft or an approval revoked, so a decision date on a
  // revoked application means it had been approved.
  if (r.decided_on !== null) {
    out.push({ on: r.decided_on, text: r.status === 'rejected' ? `不予批准免考（${ground}）` : `批准免考（${ground}）` });
  }
  if (r.status === 'revoked' && r.revoked_on !== null) {
    out.push({ on: r.revoked_on, text: r.decided_on !== null ? '撤销免考' : `撤回免考申请（${ground}，未经批准）` });
  }
  return out;
}

export function exemptionChangeLines(rows: Decided[]): string[] {
  return rows
    .flatMap(linesOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((l) => `${l.on} ${l.text}`);
}
