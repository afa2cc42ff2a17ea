import type { z } from 'zod';
import type { MethodTable } from '../../shared/methodTable';
import type { CoreContext } from './context';

/** The handlers for a slice of the contract: one typed function per method, none missing. */
export type HandlerTable<T extends MethodTable> = {
  [M in keyof T]: (ctx: CoreContext, args: z.output<T[M]['args']>) => Promise<z.output<T[M]['result']>>;
};
