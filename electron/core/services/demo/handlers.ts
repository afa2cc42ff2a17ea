import type { demoMethods } from '../../../../shared/demo/methods';
import type { HandlerTable } from '../../handlerTable';
import { generateDemo } from './demo';
import { demoYearWork } from './demoYearWork';

/** One service function per method of shared/demo/methods.ts. */
export const demoHandlers: HandlerTable<typeof demoMethods> = {
  'demo.generate': (ctx, args) => generateDemo(ctx, args),
  'demo.yearWork': (ctx, args) => demoYearWork(ctx, args),
};
