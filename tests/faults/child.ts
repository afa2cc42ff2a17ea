import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ChildRun {
  /** Killed by the test (SIGKILL), as opposed to ending on its own. */
  killed: boolean;
  stdout: string;
  stderr: string;
  code: number | null;
  ms: number;
}

export interface KillPlan {
  /** SIGKILL as soon as this line appears on stdout. */
  onMarker?: string;
  /** SIGKILL this long after start (unless it ended first). */
  afterMs?: number;
}

/** Runs tests/faults/faultChild.ts with `args` in its own Node process, killing it as planned. */
export function runFaultChild(args: string[], plan: KillPlan = {}): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'faultChild.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let killed = false;
  const kill = () => {
    if (child.exitCode === null && !killed) {
      killed = true;
      child.kill('SIGKILL');
    }
  };
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
    if (plan.onMarker && stdout.split('\n').includes(plan.onMarker)) kill();
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = plan.afterMs === undefined ? null : setTimeout(kill, plan.afterMs);
  const guard = setTimeout(kill, 120_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      clearTimeout(guard);
      resolve({ killed, stdout, stderr, code, ms: performance.now() - started });
    });
  });
}
