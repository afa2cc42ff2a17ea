import type { MethodTable } from '../methodTable';

/** The contract's 年度规则、学分、考试场次与报考、考试结果、补考 methods; spread into the one table in shared/contract.ts. */
export const bookingMethods = {} as const satisfies MethodTable;
