import type { backupMethods } from '../../../../shared/backup/methods';
import type { HandlerTable } from '../../handlerTable';
import { backupStatus, createBackup, inspectBackup, integrityCheck, restoreBackup, setKeepCount } from './backupService';

/** One service function per method of shared/backup/methods.ts. */
export const backupHandlers: HandlerTable<typeof backupMethods> = {
  'backup.status': (ctx) => backupStatus(ctx),
  'backup.setKeepCount': (ctx, args) => setKeepCount(ctx, args),
  'backup.create': (ctx) => createBackup(ctx),
  'backup.inspect': (ctx, args) => inspectBackup(ctx, args.source),
  'backup.restore': (ctx, args) => restoreBackup(ctx, args.source),
  'backup.checkIntegrity': (ctx) => integrityCheck(ctx),
};

/**
 * The methods of this slice that close and reopen the desk's connection: they
 * run with the desk to themselves (deskLock). Collected with the handlers in
 * electron/core/handlers.ts, where dispatch reads them.
 */
export const backupExclusiveMethods = ['backup.restore'] as const satisfies readonly (keyof typeof backupMethods)[];
