import type { statsMethods } from '../../../../shared/stats/methods';
import type { HandlerTable } from '../../handlerTable';
import { exportPeople, exportSummary } from './statsExport';
import { statsPeople, statsSummary } from './statsService';

/** One service function per method of shared/stats/methods.ts. */
export const statsHandlers: HandlerTable<typeof statsMethods> = {
  'stats.summary': (ctx, args) => statsSummary(ctx, args),
  'stats.people': (ctx, args) => statsPeople(ctx, args),
  'stats.exportSummary': (ctx, args) => exportSummary(ctx, args),
  'stats.exportPeople': (ctx, args) => exportPeople(ctx, args),
};
