import type { MethodTable } from '../methodTable';

/** The contract's 人员异动（调入、待接收、撤销）和操作记录 methods; spread into the one table in shared/contract.ts. */
export const transferMethods = {} as const satisfies MethodTable;
