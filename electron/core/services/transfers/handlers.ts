import type { transferMethods } from '../../../../shared/methods/transfers';
import type { HandlerTable } from '../../handlerTable';

/** One service function per method of shared/methods/transfers.ts. */
export const transferHandlers: HandlerTable<typeof transferMethods> = {};
