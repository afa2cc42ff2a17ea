import type { MethodName, ParsedArgsOf, ResultOf } from '../../shared/contract';
import { mergeTables } from '../../shared/methodTable';
import type { CoreContext } from './context';
import { accountHandlers } from './services/accounts/handlers';
import { auditHandlers } from './services/audit/handlers';
import { backupExclusiveMethods, backupHandlers } from './services/backup/handlers';
import { bookingHandlers } from './services/bookings/handlers';
import { demoHandlers } from './services/demo/handlers';
import { excelHandlers } from './services/excel/handlers';
import { exemptionHandlers } from './services/exemptions/handlers';
import { retirementHandlers } from './services/retirement/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { staffHandlers } from './services/staff/handlers';
import { statsHandlers } from './services/stats/handlers';
import { todoHandlers } from './services/todos/handlers';
import { transferHandlers } from './services/transfers/handlers';
import { unitHandlers } from './services/units/handlers';

export type Handlers = {
  [M in MethodName]: (ctx: CoreContext, args: ParsedArgsOf<M>) => Promise<ResultOf<M>>;
};

/**
 * One service function per contract method, from each feature's
 * services/<feature>/handlers.ts; the type makes a missing one a compile
 * error, and the merge refuses a method handled twice.
 */
export const handlers: Handlers = mergeTables(
  settingsHandlers,
  unitHandlers,
  staffHandlers,
  excelHandlers,
  demoHandlers,
  auditHandlers,
  transferHandlers,
  exemptionHandlers,
  bookingHandlers,
  statsHandlers,
  backupHandlers,
  todoHandlers,
  retirementHandlers,
  accountHandlers,
);

/**
 * Methods that run with the desk to themselves (deskLock's exclusive gate)
 * because they close and reopen its connection; every other method shares it.
 * Each feature's handlers.ts names its own; dispatch reads only this set.
 */
export const exclusiveMethods: ReadonlySet<MethodName> = new Set<MethodName>([...backupExclusiveMethods]);
