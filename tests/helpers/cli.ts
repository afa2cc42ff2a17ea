import { afterEach } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from './tempDesk';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the xuefa command line in this process, as `npx xuefa …` would, and collects what it prints. */
export async function xuefa(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/**
 * Call once at the top of a test file: gives a function that makes a fresh
 * temp folder, each removed after the test that made it.
 */
export function tempFolders(): () => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });
  return () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };
}
