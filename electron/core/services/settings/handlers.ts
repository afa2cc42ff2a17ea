import type { settingsMethods } from '../../../../shared/settings/methods';
import type { HandlerTable } from '../../handlerTable';
import { deskInfo } from './desk';
import { getLists, saveRanks, saveUnitAttributes } from './lists';

/** One service function per method of shared/settings/methods.ts. */
export const settingsHandlers: HandlerTable<typeof settingsMethods> = {
  'desk.info': (ctx) => deskInfo(ctx),
  'lists.get': (ctx) => getLists(ctx),
  'lists.saveRanks': (ctx, args) => saveRanks(ctx, args.ranks),
  'lists.saveUnitAttributes': (ctx, args) => saveUnitAttributes(ctx, args.attributes),
};
