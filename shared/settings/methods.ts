import { z } from 'zod';
import type { MethodTable } from '../methodTable';
import { deskInfoSchema, listsSchema, rankSchema } from './schemas';

/** The contract's 设置 methods: the desk's facts and its lists (职级, 单位属性); merged into the one table in shared/contract.ts. */
export const settingsMethods = {
  'desk.info': {
    args: z.object({}).strict(),
    result: deskInfoSchema,
  },
  'lists.get': {
    args: z.object({}).strict(),
    result: listsSchema,
  },
  /** Replace the rank list (order as given); a rank still held by someone cannot be dropped. */
  'lists.saveRanks': {
    args: z.object({ ranks: z.array(rankSchema).max(500) }).strict(),
    result: listsSchema,
  },
  'lists.saveUnitAttributes': {
    args: z.object({ attributes: z.array(z.string().min(1).max(100)).max(500) }).strict(),
    result: listsSchema,
  },
} as const satisfies MethodTable;
