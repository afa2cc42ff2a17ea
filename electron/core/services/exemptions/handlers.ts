import type { exemptionMethods } from '../../../../shared/methods/exemptions';
import type { HandlerTable } from '../../handlerTable';

/** One service function per method of shared/methods/exemptions.ts. */
export const exemptionHandlers: HandlerTable<typeof exemptionMethods> = {};
