import type { MethodName } from '../../../../shared/contract';
import type { backupMethods } from '../../../../shared/methods/backup';
import type { HandlerTable } from '../../handlerTable';
import { backupStatus, createBackup, inspectBackup, integrityCheck, restoreBackup, setKeepCount } from './backupService';

/** One service function per method of shared/methods/backup.ts. */
export const backupHandlers: HandlerTable<typeof backupMethods> = {
  'backup.status': (ctx) => backupStatus(ctx),
  'backup.setKeepCount': (ctx, args) => setKeepCount(ctx, args),
  'backup.create': (ctx) => createBackup(ctx),
  'backup.inspect': (ctx, args) => inspectBackup(ctx, args.source),
  'backup.restore': (ctx, args) => restoreBackup(ctx, args.source),
  'backup.checkIntegrity': (ctx) => integrityCheck(ctx),
};

/** Methods that close and reopen the desk's connection: they run with the desk to themselves (deskLock). */
export const exclusiveMethods: ReadonlySet<MethodName> = new Set<MethodName>(['backup.restore']);
