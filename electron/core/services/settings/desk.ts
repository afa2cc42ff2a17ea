import type { DeskInfo } from '../../../../shared/settings/schemas';
import type { CoreContext } from '../../context';
import { countUnits } from '../../db/repositories/units';
import { planningNow } from '../bookings/planningClock';

export const APP_NAME = '学法考法管理台';

export async function deskInfo(ctx: CoreContext): Promise<DeskInfo> {
  return {
    appName: APP_NAME,
    version: ctx.appVersion,
    databaseFile: ctx.paths.databaseFile,
    schemaVersion: ctx.schemaVersion,
    mode: ctx.mode,
    unitCount: await countUnits(ctx.db),
    staffCount: Number(((await ctx.db('staff').count({ n: '*' }).first()) as { n: number } | undefined)?.n ?? 0),
    today: (await planningNow(ctx)).slice(0, 10),
    clockToday: localDate(ctx.clock.now()),
  };
}

/** YYYY-MM-DD in the machine's local time zone (the admin's calendar day). */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
