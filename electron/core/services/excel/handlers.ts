import type { excelMethods } from '../../../../shared/methods/excel';
import type { HandlerTable } from '../../handlerTable';
import { applyImportFile, exportRosterFile, exportTemplateFile, previewImport, sheetSample } from './excelBridge';

/** One service function per method of shared/methods/excel.ts. */
export const excelHandlers: HandlerTable<typeof excelMethods> = {
  'import.preview': (ctx, args) => previewImport(ctx, args),
  'import.sheetSample': (ctx, args) => sheetSample(ctx, args),
  'import.apply': (ctx, args) => applyImportFile(ctx, args),
  'export.roster': (ctx, args) => exportRosterFile(ctx, args),
  'export.template': (ctx) => exportTemplateFile(ctx),
};
