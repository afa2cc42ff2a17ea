import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/helpers/chromium';

/** End-to-end tests drive the real UI in browser mode, in the Chromium tests/helpers/chromium.ts describes. */

/** One fresh data folder per run, shared with the workers through the environment. */
process.env.XUEFA_E2E_DATA ??= fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-e2e-'));
process.env.XUEFA_E2E_TOKEN ??= `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const port = Number(process.env.XUEFA_E2E_PORT ?? 47831);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // The desk is shared by every spec file; the first-start test needs it empty, so it runs before the rest.
  projects: [
    { name: 'first-start', testMatch: /foundation\.spec\.ts$/ },
    { name: 'desk', testIgnore: /foundation\.spec\.ts$/, dependencies: ['first-start'] },
  ],
  webServer: {
    command: `node out/main/web.js --port ${port} --data-dir "${process.env.XUEFA_E2E_DATA}"`,
    url: `http://127.0.0.1:${port}/`,
    env: { XUEFA_TOKEN: process.env.XUEFA_E2E_TOKEN, XUEFA_NOW: '2024-09-02T09:00:00+08:00' },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
  },
});
