import type { accountMethods } from '../../../../shared/methods/accounts';
import type { HandlerTable } from '../../handlerTable';
import { fillAccounts } from './fillAccounts';

/** One service function per method of shared/methods/accounts.ts. */
export const accountHandlers: HandlerTable<typeof accountMethods> = {
  'staff.fillAccounts': (ctx, args) => fillAccounts(ctx, args),
};
