import type { transferMethods } from '../../../../shared/transfers/methods';
import type { HandlerTable } from '../../handlerTable';
import { expectTransfer, listExpected, withdrawExpected } from './expected';
import { findPeople } from './find';
import { transferHistory } from './history';
import { receiveTransfer } from './receive';
import { undoTransfer } from './undo';

/** One service function per method of shared/transfers/methods.ts. */
export const transferHandlers: HandlerTable<typeof transferMethods> = {
  'transfers.find': (ctx, args) => findPeople(ctx, args.query),
  'transfers.receive': (ctx, args) => receiveTransfer(ctx, args),
  'transfers.history': (ctx, args) => transferHistory(ctx, args),
  'transfers.undo': (ctx, args) => undoTransfer(ctx, args.id, args.reason),
  'transfers.expect': (ctx, args) => expectTransfer(ctx, args),
  'transfers.expected': (ctx, args) => listExpected(ctx, args),
  'transfers.withdrawExpected': (ctx, args) => withdrawExpected(ctx, args.id),
};
