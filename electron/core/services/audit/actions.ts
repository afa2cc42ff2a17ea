import type { AuditEntry } from '../../../../shared/audit/schemas';
import type { CoreContext, Executor } from '../../context';
import { insertAudit, selectRecentAudit, type AuditInput } from '../../db/repositories/audit';

/**
 * Writes the audit row of a user action. Call it inside the action's own
 * transaction so the change and its record land together or not at all.
 */
export function recordAction(trx: Executor, ctx: CoreContext, e: Omit<AuditInput, 'at' | 'actor'>): Promise<void> {
  return insertAudit(trx, { ...e, at: ctx.clock.now().toISOString(), actor: ctx.actor });
}

export function recentActions(ctx: CoreContext, limit = 100): Promise<AuditEntry[]> {
  return selectRecentAudit(ctx.db, limit);
}
