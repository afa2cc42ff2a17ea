import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { openDesk, type Desk } from '../../electron/core/desk';

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

/** Unwraps a contract call that must succeed. */
export async function ok<T = unknown>(desk: Desk, method: string, args: unknown): Promise<T> {
  const r = await desk.call(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
