import { type DeskError, deskError } from '../../shared/errors';
import { debugSwitch } from './debugSwitches';

/**
 * One desk's calls share its database connection; a restore closes and
 * reopens it. This gate lets ordinary calls run side by side (`shared`) and
 * gives a restore the desk to itself (`exclusive`): it waits for calls in
 * progress to finish, and calls arriving meanwhile wait for it.
 *
 * No wait is endless: a call that cannot pass the gate within the bound
 * (30 s; `XUEFA_GATE_WAIT_MS` sets another in tests) answers DESK_BUSY naming the job
 * in its way, and a restore that gives up lets the waiting calls through
 * again, so one stuck job cannot freeze the desk.
 */
interface Gate {
  /** The jobs in progress, by a number of their own. */
  active: Map<number, string>;
  exclusive: { done: Promise<void>; job: string } | null;
  idle: (() => void)[];
}

const gates = new WeakMap<object, Gate>();
let nextId = 0;

/** What a job is called in a message when nothing better is known. */
export const ANOTHER_JOB = '另一项操作';

const DEFAULT_WAIT_MS = 30_000;

export function gateWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(debugSwitch('XUEFA_GATE_WAIT_MS', env));
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_WAIT_MS;
}

function gateOf(key: object): Gate {
  let g = gates.get(key);
  if (!g) {
    g = { active: new Map(), exclusive: null, idle: [] };
    gates.set(key, g);
  }
  return g;
}

export async function shared<T>(key: object, run: () => Promise<T>, job: string = ANOTHER_JOB): Promise<T> {
  const g = gateOf(key);
  const deadline = Date.now() + gateWaitMs();
  while (g.exclusive) {
    const holder = g.exclusive.job;
    await before(deadline, g.exclusive.done, () => busy(holder));
  }
  const id = nextId++;
  g.active.set(id, job);
  try {
    return await run();
  } finally {
    g.active.delete(id);
    if (g.active.size === 0) for (const wake of g.idle.splice(0)) wake();
  }
}

export async function exclusive<T>(key: object, run: () => Promise<T>, job: string = ANOTHER_JOB): Promise<T> {
  const g = gateOf(key);
  const deadline = Date.now() + gateWaitMs();
  while (g.exclusive) {
    const holder = g.exclusive.job;
    await before(deadline, g.exclusive.done, () => busy(holder));
  }
  let release!: () => void;
  g.exclusive = { done: new Promise<void>((resolve) => (release = resolve)), job };
  try {
    if (g.active.size > 0) {
      await before(deadline, new Promise<void>((resolve) => g.idle.push(resolve)), () => busy(activeJob(g)));
    }
    return await run();
  } finally {
    g.exclusive = null;
    release();
  }
}

/** The job to name when several are in the way: a named one before "another". */
function activeJob(g: Gate): string {
  const jobs = [...g.active.values()];
  return jobs.find((j) => j !== ANOTHER_JOB) ?? ANOTHER_JOB;
}

function busy(job: string): DeskError {
  return deskError('DESK_BUSY.gate', { job: job === ANOTHER_JOB ? null : job, seconds: Math.round(gateWaitMs() / 1000) });
}

/** Waits for `done`, or throws `timedOut()` once the deadline passes. */
async function before(deadline: number, done: Promise<void>, timedOut: () => Error): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), Math.max(0, deadline - Date.now()));
  });
  try {
    await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}
