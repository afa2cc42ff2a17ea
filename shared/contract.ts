import type { z } from 'zod';
import './zodLocale';
import type { MethodTable } from './methodTable';
import { mergeTables } from './methodTable';
import { accountMethods } from './accounts/methods';
import { auditMethods } from './audit/methods';
import { backupMethods } from './backup/methods';
import { bookingMethods } from './bookings/methods';
import { demoMethods } from './demo/methods';
import { excelMethods } from './excel/methods';
import { exemptionMethods } from './exemptions/methods';
import { retirementMethods } from './retirement/methods';
import { settingsMethods } from './settings/methods';
import { staffMethods } from './staff/methods';
import { statsMethods } from './stats/methods';
import { todoMethods } from './todos/methods';
import { transferMethods } from './transfers/methods';
import { unitMethods } from './units/methods';

/**
 * The one table of everything the UI can ask of the core.
 *
 * The preload, the main-process IPC registration, the browser-mode HTTP host,
 * the CLI and the renderer client are all derived from this table. Each
 * feature declares its methods in its own slice, shared/<feature>/methods.ts,
 * with its shapes beside them in shared/<feature>/schemas.ts;
 * this file only assembles them (a name declared twice is refused). Adding a
 * method is one entry in its slice plus one handler in the feature's
 * electron/core/services/<feature>/handlers.ts (the compiler refuses a missing
 * handler).
 *
 * Arguments are parsed with `args` at every boundary; `result` documents and
 * types what comes back.
 */
export const contract = mergeTables(
  settingsMethods,
  unitMethods,
  staffMethods,
  excelMethods,
  demoMethods,
  auditMethods,
  transferMethods,
  exemptionMethods,
  bookingMethods,
  statsMethods,
  backupMethods,
  todoMethods,
  retirementMethods,
  accountMethods,
) satisfies MethodTable;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export { IPC_CHANNEL, IPC_PICK_BACKUP_CHANNEL, IPC_SAVE_CHANNEL, IPC_UPLOAD_CHANNEL, TOKEN_HEADER } from './channels';
