import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

/** The project's root: children run from it, so `--import tsx` and relative paths resolve. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed by the test, as opposed to ending on its own. */
  killed: boolean;
}

export interface RunningChild {
  child: ChildProcess;
  pid: number;
  /** Everything the child wrote so far. */
  stdout(): string;
  stderr(): string;
  /**
   * Resolves with the first match of `pattern` in what the child wrote on
   * `stream` (both: stdout then stderr, each searched), as soon as it appears;
   * rejects with what the child said if it ends first.
   */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr' | 'both'): Promise<RegExpExecArray>;
  /** Sends `signal` (SIGKILL unless told) unless the child has ended; resolves when it has. */
  kill(signal?: NodeJS.Signals): Promise<ChildRun>;
  /** Resolves when the child has ended (its streams closed). */
  ended: Promise<ChildRun>;
}

export interface ChildOptions extends Pick<SpawnOptions, 'uid' | 'gid' | 'cwd'> {
  /** The child's environment (the test process's own unless given). */
  env?: NodeJS.ProcessEnv;
  /** A guard: SIGKILL after this long, so a hung child cannot hang the test (2 minutes unless told; null: none, for a server the test stops). */
  guardMs?: number | null;
  /** `script` is built JavaScript (out/…), run as an admin runs it: plain `node`, without tsx. */
  built?: boolean;
}

/**
 * A TypeScript file of the project (`script`, relative to the root or
 * absolute) run from source in a Node process of its own (`node --import tsx`),
 * or with `built` a built file run by plain `node`, its output collected.
 * Every child process a test starts goes through here.
 */
export function startChild(script: string, args: string[], opts: ChildOptions = {}): RunningChild {
  const { guardMs = 120_000, built = false, ...spawnOpts } = opts;
  const loader = built ? [] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...loader, path.resolve(ROOT, script), ...args], { cwd: ROOT, ...spawnOpts, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let killed = false;
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (c: Buffer) => {
    stdout += c.toString();
    listeners.forEach((l) => l());
  });
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
    listeners.forEach((l) => l());
  });
  const ended = new Promise<ChildRun>((resolve) => {
    child.on('error', (e) => {
      stderr += String(e);
      resolve({ code: null, signal: null, stdout, stderr, killed });
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, killed }));
  });
  const kill = (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) {
      killed = true;
      child.kill(signal);
    }
    return ended;
  };
  if (guardMs !== null) {
    const guard = setTimeout(() => void kill(), guardMs);
    void ended.then(() => clearTimeout(guard));
  }
  return {
    child,
    pid: child.pid ?? 0,
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor: (pattern, stream = 'both') =>
      new Promise((resolve, reject) => {
        const check = () => {
          const texts = stream === 'stdout' ? [stdout] : stream === 'stderr' ? [stderr] : [stdout, stderr];
          for (const text of texts) {
            const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
            if (m) {
              listeners.delete(check);
              resolve(m);
              return true;
            }
          }
          return false;
        };
        if (check()) return;
        listeners.add(check);
        void ended.then((run) => {
          if (!listeners.delete(check)) return;
          reject(Object.assign(new Error(`the child ended (${run.code ?? run.signal}) before writing ${pattern}:\n${run.stdout}\n${run.stderr}`), { run }));
        });
      }),
    kill,
    ended,
  };
}

/** Runs a child to its end. */
export function runChild(script: string, args: string[], opts: ChildOptions = {}): Promise<ChildRun> {
  return startChild(script, args, opts).ended;
}
