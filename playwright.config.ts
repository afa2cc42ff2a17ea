import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real UI in browser mode. On Linux they use the
 * system Chromium (Playwright cannot download its own browsers here);
 * CHROMIUM_PATH overrides, and elsewhere Playwright's own browser is used.
 */
const executablePath = process.env.CHROMIUM_PATH ?? (process.platform === 'linux' ? '/usr/bin/chromium' : undefined);

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
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
