import type { staffMethods } from '../../../../shared/staff/methods';
import type { HandlerTable } from '../../handlerTable';
import { checkReport, createStaff, getStaff, markChecked, searchStaff, updateStaff } from './staff';

/** One service function per method of shared/staff/methods.ts. */
export const staffHandlers: HandlerTable<typeof staffMethods> = {
  'staff.search': (ctx, args) => searchStaff(ctx, args),
  'staff.get': (ctx, args) => getStaff(ctx, args.id, args.year),
  'staff.create': (ctx, args) => createStaff(ctx, args.input, args.year),
  'staff.update': (ctx, args) => updateStaff(ctx, args.id, args.input, args.year),
  'staff.check': (ctx, args) => markChecked(ctx, args.ids, args.year, args.checked),
  'staff.checkReport': (ctx, args) => checkReport(ctx, args.id, args.year),
};
