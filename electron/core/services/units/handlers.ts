import type { unitMethods } from '../../../../shared/units/methods';
import type { HandlerTable } from '../../handlerTable';
import { archiveUnit, createUnit, deleteUnit, listUnits, moveUnit, updateUnit } from './units';

/** One service function per method of shared/units/methods.ts. */
export const unitHandlers: HandlerTable<typeof unitMethods> = {
  'units.list': (ctx, args) => listUnits(ctx, args),
  'units.create': (ctx, args) => createUnit(ctx, args),
  'units.update': (ctx, args) => updateUnit(ctx, args.id, args.patch),
  'units.move': (ctx, args) => moveUnit(ctx, args.id, args.parentId, args.beforeId ?? null),
  'units.archive': (ctx, args) => archiveUnit(ctx, args.id, args.archived),
  'units.delete': (ctx, args) => deleteUnit(ctx, args.id),
};
