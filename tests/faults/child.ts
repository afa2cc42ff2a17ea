import { startChild } from '../helpers/childProcess';

export interface ChildRun {
  /** Killed by the test (SIGKILL), as opposed to ending on its own. */
  killed: boolean;
  stdout: string;
  stderr: string;
  code: number | null;
  /** How long the child ran: a later run kills at a fraction of it. */
  ms: number;
}

export interface KillPlan {
  /** SIGKILL as soon as this line appears on stdout. */
  onMarker?: string;
  /** SIGKILL this long after start (unless it ended first). */
  afterMs?: number;
}

/** Runs tests/faults/faultChild.ts with `args` in its own Node process, killing it as planned. */
export async function runFaultChild(args: string[], plan: KillPlan = {}): Promise<ChildRun> {
  const started = performance.now();
  const child = startChild('tests/faults/faultChild.ts', args);
  if (plan.onMarker) {
    const line = new RegExp(`^${plan.onMarker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
    void child.waitFor(line, 'stdout').then(() => child.kill(), () => undefined);
  }
  const timer = plan.afterMs === undefined ? null : setTimeout(() => void child.kill(), plan.afterMs);
  const run = await child.ended;
  if (timer) clearTimeout(timer);
  return { killed: run.killed, stdout: run.stdout, stderr: run.stderr, code: run.code, ms: performance.now() - started };
}
