import type { MethodName, ParsedArgsOf, ResultOf } from '../../shared/contract';
import type { CoreContext } from './context';
import { recentActions } from './services/audit';
import { deskInfo } from './services/desk';
import { createUnit, listUnits } from './services/units';

export type Handlers = {
  [M in MethodName]: (ctx: CoreContext, args: ParsedArgsOf<M>) => Promise<ResultOf<M>>;
};

/** One service function per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'desk.info': (ctx) => deskInfo(ctx),
  'units.list': (ctx, args) => listUnits(ctx, args),
  'units.create': (ctx, args) => createUnit(ctx, args),
  'audit.recent': (ctx, args) => recentActions(ctx, args.limit),
};
