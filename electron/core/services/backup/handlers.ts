import type { backupMethods } from '../../../../shared/methods/backup';
import type { HandlerTable } from '../../handlerTable';

/** One service function per method of shared/methods/backup.ts. */
export const backupHandlers: HandlerTable<typeof backupMethods> = {};
