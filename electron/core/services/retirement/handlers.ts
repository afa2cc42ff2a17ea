import type { retirementMethods } from '../../../../shared/retirement/methods';
import type { HandlerTable } from '../../handlerTable';
import { delayRetirement, describeRetirement, listOverdue, retireOverdue } from './retirement';

/** One service function per method of shared/retirement/methods.ts. */
export const retirementHandlers: HandlerTable<typeof retirementMethods> = {
  'retirement.overdue': (ctx, args) => listOverdue(ctx, args),
  'retirement.describe': (ctx, args) => describeRetirement(ctx, args.ids),
  'retirement.retire': (ctx, args) => retireOverdue(ctx, args.ids),
  'retirement.delay': (ctx, args) => delayRetirement(ctx, args.entries),
};
