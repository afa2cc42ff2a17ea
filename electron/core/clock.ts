import { debugSwitch } from './debugSwitches';

/**
 * The desk's one notion of "now". XUEFA_NOW (an ISO date or date-time) pins it
 * for tests (never in an installed app, see debugSwitches.ts); otherwise the
 * system clock. Planning "as of" a day is 设置 → 计划日期's job.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(at)}`);
  return { now: () => new Date(d.getTime()) };
}

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const now = debugSwitch('XUEFA_NOW', env);
  return now ? fixedClock(now) : systemClock;
}
