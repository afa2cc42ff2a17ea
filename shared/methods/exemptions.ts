import type { MethodTable } from '../methodTable';

/** The contract's 免考管理（申请、证明材料、打印存档、核验） methods; spread into the one table in shared/contract.ts. */
export const exemptionMethods = {} as const satisfies MethodTable;
