import type { DeskInfo } from '../../../shared/schemas';
import type { CoreContext } from '../context';
import { countUnits } from '../db/repositories/units';

export const APP_NAME = '学法考法管理台';

export async function deskInfo(ctx: CoreContext): Promise<DeskInfo> {
  return {
    appName: APP_NAME,
    version: ctx.appVersion,
    databaseFile: ctx.paths.databaseFile,
    schemaVersion: ctx.schemaVersion,
    mode: ctx.mode,
    unitCount: await countUnits(ctx.db),
  };
}
