import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pausePoint } from '../../electron/core/backup/pausePoint';
import { clockFromEnv } from '../../electron/core/clock';
import { DEBUG_SWITCHES, honourDebugSwitches } from '../../electron/core/debugSwitches';
import { openDesk } from '../../electron/core/desk';
import { gateWaitMs } from '../../electron/core/deskLock';

const testEnv = { XUEFA_NOW: '2024-09-02T09:00:00+08:00', XUEFA_GATE_WAIT_MS: '300', XUEFA_PAUSE_AT: 'restore-staged' };
const folders: string[] = [];

afterEach(() => {
  honourDebugSwitches(true);
  for (const name of DEBUG_SWITCHES) delete process.env[name];
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('debug switches', () => {
  it('are honoured outside an installed app: the clock pinned, the gate wait shortened', () => {
    expect(clockFromEnv(testEnv).now().toISOString()).toBe('2024-09-02T01:00:00.000Z');
    expect(gateWaitMs(testEnv)).toBe(300);
  });

  it('are ignored once the desk is opened as an installed app', async () => {
    Object.assign(process.env, testEnv);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-switches-'));
    folders.push(dataDir);
    const before = Date.now();
    const desk = await openDesk({ mode: 'electron', dataDir, debugSwitches: false });
    try {
      // The system clock, not XUEFA_NOW's 2024 morning.
      expect(desk.ctx.clock.now().getTime()).toBeGreaterThanOrEqual(before);
      expect(clockFromEnv().now().getTime()).toBeGreaterThanOrEqual(before);
      expect(gateWaitMs()).toBe(30_000);
      // A pause point named by XUEFA_PAUSE_AT returns at once instead of waiting forever.
      await expect(pausePoint('restore-staged')).resolves.toBeUndefined();
    } finally {
      await desk.close();
    }
  });
});
