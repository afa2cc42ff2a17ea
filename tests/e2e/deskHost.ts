import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startChild, type RunningChild } from '../helpers/childProcess';

export { expect } from '@playwright/test';

/** The desk's clock in every e2e host: a Monday in the 2024 exam season. */
export const E2E_NOW = '2024-09-02T09:00:00+08:00';

/** A browser-mode host of the built app (`node out/main/web.js`) on a data folder of its own. */
export interface DeskHost {
  /** The spec file it serves. */
  file: string;
  /** http://127.0.0.1:<port>, the port the host chose itself (--port 0). */
  origin: string;
  /** The desk's data folder (a fresh temp folder). */
  dataDir: string;
}

interface RunningHost extends DeskHost {
  stop(): Promise<void>;
}

async function startHost(file: string): Promise<RunningHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-e2e-'));
  const run: RunningChild = startChild('out/main/web.js', ['--port', '0', '--data-dir', dataDir], {
    built: true,
    guardMs: null,
    env: { ...process.env, XUEFA_TOKEN: process.env.XUEFA_E2E_TOKEN, XUEFA_NOW: E2E_NOW },
  });
  let printed: string;
  try {
    // Printed once the host listens: it answers from then on.
    printed = (await run.waitFor(/请在浏览器中打开：(\S+)/, 'stdout'))[1]!;
  } catch (e) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the e2e host for ${path.basename(file)} did not start (was \`npm run build\` run?)`, { cause: e });
  }
  return {
    file,
    origin: new URL(printed).origin,
    dataDir,
    stop: async () => {
      const ended = await run.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (ended.code !== 0 && ended.code !== null) console.error(`[e2e] the host for ${path.basename(file)} ended with ${ended.code}:\n${ended.stderr}`);
    },
  };
}

interface DeskHosts {
  /** The host of `file`, started (and the previous file's stopped) unless it runs already. */
  forFile(file: string): Promise<DeskHost>;
}

/**
 * The time for starting a file's host (and stopping the last file's): it is
 * not the test's own work, so it does not count against the test's timeout.
 */
const HOST_START_TIMEOUT_MS = 60_000;

/**
 * The e2e `test`: every spec FILE gets a desk of its own. The first test (or
 * hook) of a file starts a host on a fresh data folder; the file's other tests
 * and hooks reuse it; when the worker moves on to another file, or ends, the
 * host is stopped and its folder removed. So no spec sees another's data, and
 * the order of the files does not matter. `baseURL` points at the file's host,
 * so `page`, `request` and any context made in a test or hook go there.
 *
 * A worker runs one file's tests one after another; should a test fail, the
 * worker is replaced and the file's remaining tests (and its beforeAll hooks)
 * run again on a fresh desk, so tests that build on each other say so with
 * `test.describe.configure({ mode: 'serial' })`.
 */
export const test = base.extend<{ desk: DeskHost }, { deskHosts: DeskHosts }>({
  deskHosts: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const running: { host: RunningHost | null } = { host: null };
      await use({
        forFile: async (file) => {
          if (running.host?.file === file) return running.host;
          const previous = running.host;
          running.host = null;
          await previous?.stop();
          running.host = await startHost(file);
          return running.host;
        },
      });
      await running.host?.stop();
    },
    { scope: 'worker' },
  ],
  desk: [
    async ({ deskHosts }, use, testInfo) => {
      await use(await deskHosts.forFile(testInfo.file));
    },
    { timeout: HOST_START_TIMEOUT_MS },
  ],
  baseURL: async ({ desk }, use) => {
    await use(desk.origin);
  },
});
