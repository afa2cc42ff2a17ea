/**
 * The desk's one notion of "now". XUEFA_NOW (an ISO date or date-time) pins it
 * for tests and for planning "as of" a day; otherwise the system clock.
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
  return env.XUEFA_NOW ? fixedClock(env.XUEFA_NOW) : systemClock;
}
