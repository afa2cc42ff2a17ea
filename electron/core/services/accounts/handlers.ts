import type { accountMethods } from '../../../../shared/accounts/methods';
import type { HandlerTable } from '../../handlerTable';
import { fillAccounts } from './fillAccounts';

/** One service function per method of shared/accounts/methods.ts. */
export const accountHandlers: HandlerTable<typeof accountMethods> = {
  'staff.fillAccounts': (ctx, args) => fillAccounts(ctx, args),
};
