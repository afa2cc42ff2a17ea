import type { MethodName, ParsedArgsOf, ResultOf } from '../../shared/contract';
import type { CoreContext } from './context';
import { recentActions } from './services/audit';
import { deskInfo } from './services/desk';
import { generateDemo } from './services/demo';
import { applyImportFile, exportRosterFile, exportTemplateFile, previewImport, sheetSample } from './services/excelBridge';
import { getLists, saveRanks, saveUnitAttributes } from './services/lists';
import { checkReport, createStaff, getStaff, markChecked, searchStaff, updateStaff } from './services/staff';
import { accountHandlers } from './services/accounts/handlers';
import { backupHandlers } from './services/backup/handlers';
import { bookingHandlers } from './services/bookings/handlers';
import { exemptionHandlers } from './services/exemptions/handlers';
import { retirementHandlers } from './services/retirement/handlers';
import { todoHandlers } from './services/todos/handlers';
import { transferHandlers } from './services/transfers/handlers';
import { archiveUnit, createUnit, deleteUnit, listUnits, moveUnit, updateUnit } from './services/units';

export type Handlers = {
  [M in MethodName]: (ctx: CoreContext, args: ParsedArgsOf<M>) => Promise<ResultOf<M>>;
};

/** One service function per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'desk.info': (ctx) => deskInfo(ctx),
  'units.list': (ctx, args) => listUnits(ctx, args),
  'units.create': (ctx, args) => createUnit(ctx, args),
  'units.update': (ctx, args) => updateUnit(ctx, args.id, args.patch),
  'units.move': (ctx, args) => moveUnit(ctx, args.id, args.parentId, args.beforeId ?? null),
  'units.archive': (ctx, args) => archiveUnit(ctx, args.id, args.archived),
  'units.delete': (ctx, args) => deleteUnit(ctx, args.id),
  'staff.search': (ctx, args) => searchStaff(ctx, args),
  'staff.get': (ctx, args) => getStaff(ctx, args.id, args.year),
  'staff.create': (ctx, args) => createStaff(ctx, args.input, args.year),
  'staff.update': (ctx, args) => updateStaff(ctx, args.id, args.input, args.year),
  'staff.check': (ctx, args) => markChecked(ctx, args.ids, args.year, args.checked),
  'staff.checkReport': (ctx, args) => checkReport(ctx, args.id, args.year),
  'lists.get': (ctx) => getLists(ctx),
  'lists.saveRanks': (ctx, args) => saveRanks(ctx, args.ranks),
  'lists.saveUnitAttributes': (ctx, args) => saveUnitAttributes(ctx, args.attributes),
  'demo.generate': (ctx, args) => generateDemo(ctx, args),
  'import.preview': (ctx, args) => previewImport(ctx, args),
  'import.sheetSample': (ctx, args) => sheetSample(ctx, args),
  'import.apply': (ctx, args) => applyImportFile(ctx, args),
  'export.roster': (ctx, args) => exportRosterFile(ctx, args),
  'export.template': (ctx) => exportTemplateFile(ctx),
  'audit.recent': (ctx, args) => recentActions(ctx, args.limit),
  ...transferHandlers,
  ...exemptionHandlers,
  ...bookingHandlers,
  ...backupHandlers,
  ...todoHandlers,
  ...retirementHandlers,
  ...accountHandlers,
};
