import type { todoMethods } from '../../../../shared/todos/methods';
import type { HandlerTable } from '../../handlerTable';
import { listTodos } from './todos';

/** One service function per method of shared/todos/methods.ts. */
export const todoHandlers: HandlerTable<typeof todoMethods> = {
  'todos.list': (ctx, args) => listTodos(ctx, args.year),
};
