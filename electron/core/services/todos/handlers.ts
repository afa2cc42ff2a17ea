import type { todoMethods } from '../../../../shared/methods/todos';
import type { HandlerTable } from '../../handlerTable';
import { listTodos } from './todos';

/** One service function per method of shared/methods/todos.ts. */
export const todoHandlers: HandlerTable<typeof todoMethods> = {
  'todos.list': (ctx, args) => listTodos(ctx, args.year),
};
