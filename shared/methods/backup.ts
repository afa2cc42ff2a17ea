import type { MethodTable } from '../methodTable';

/** The contract's 统计、备份与恢复、完整性检查 methods; spread into the one table in shared/contract.ts. */
export const backupMethods = {} as const satisfies MethodTable;
