import type { auditMethods } from '../../../../shared/audit/methods';
import type { HandlerTable } from '../../handlerTable';
import { recentActions } from './actions';
import { exportAuditFile } from './auditExport';
import { auditKinds, searchAudit } from './auditLog';

/** One service function per method of shared/audit/methods.ts. */
export const auditHandlers: HandlerTable<typeof auditMethods> = {
  'audit.recent': (ctx, args) => recentActions(ctx, args.limit),
  'audit.search': (ctx, args) => searchAudit(ctx, args),
  'audit.kinds': (ctx) => auditKinds(ctx),
  'audit.export': (ctx, args) => exportAuditFile(ctx, args),
};
