import { z } from 'zod';
import type { MethodTable } from '../methodTable';

/** One line of the home screen's 待办事项: what needs doing, how many, and which screen does it. */
export const todoSchema = z.object({
  key: z.enum(['unchecked', 'expectedArrivals', 'evasionUndecided', 'evidenceMissing', 'windowClosing', 'makeupClosing', 'resultsMissing', 'overdueRetirement']),
  level: z.enum(['info', 'warning', 'urgent']),
  title: z.string(),
  detail: z.string(),
  count: z.number().int(),
  /** The route key of the screen where it is done (with its filter after '?', e.g. staff?overdue=1). */
  screen: z.string(),
});
export type Todo = z.infer<typeof todoSchema>;

/** The contract's 待办事项 method; merged into the one table in shared/contract.ts. */
export const todoMethods = {
  /** What is open for the year, as of the planning date: nothing listed when nothing is due. */
  'todos.list': {
    args: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    result: z.array(todoSchema),
  },
} as const satisfies MethodTable;
