import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';
import type { ArgsOf, MethodName, ResultOf } from '../../shared/contract';
import type { ApiError } from '../../shared/result';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'xuefa-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A real desk on a real SQLite file in a temp folder. */
export async function openTempDesk(at = '2024-09-01T09:00:00+08:00'): Promise<{ desk: Desk; dir: string; cleanup(): Promise<void> }> {
  const t = tempDir();
  const desk = await openDesk({ mode: 'cli', dataDir: t.dir, clock: fixedClock(at), actor: 'tester' });
  return {
    desk,
    dir: t.dir,
    cleanup: async () => {
      await desk.close();
      t.cleanup();
    },
  };
}

/** A contract call that must succeed, typed by the contract: arguments checked at compile time, the result typed. */
export async function call<M extends MethodName>(desk: Desk, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const r = await desk.call(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as ResultOf<M>;
}

/** A contract call that must be refused: its error code and message. Arguments the contract refuses are sent with `desk.call`. */
export async function refusal<M extends MethodName>(desk: Desk, method: M, args: ArgsOf<M>): Promise<ApiError> {
  const r = await desk.call(method, args);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
