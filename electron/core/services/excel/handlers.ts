import type { excelMethods } from '../../../../shared/excel/methods';
import type { HandlerTable } from '../../handlerTable';
import { applyImportFile, exportRosterFile, exportTemplateFile, previewImport, sheetSample } from './excelBridge';

/** One service function per method of shared/excel/methods.ts. */
export const excelHandlers: HandlerTable<typeof excelMethods> = {
  'import.preview': (ctx, args) => previewImport(ctx, args),
  'import.sheetSample': (ctx, args) => sheetSample(ctx, args),
  'import.apply': (ctx, args) => applyImportFile(ctx, args),
  'export.roster': (ctx, args) => exportRosterFile(ctx, args),
  'export.template': (ctx) => exportTemplateFile(ctx),
};
