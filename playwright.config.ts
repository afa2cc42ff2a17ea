import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/helpers/chromium';

/**
 * End-to-end tests drive the real UI in browser mode, in the Chromium
 * tests/helpers/chromium.ts describes. Each spec file starts its own host of
 * the built app (`npm run build` first) on a fresh data folder: see
 * tests/e2e/deskHost.ts, which also sets `baseURL` to that host.
 */

/** The session secret every e2e host is started with (XUEFA_TOKEN), shared with the workers through the environment. */
process.env.XUEFA_E2E_TOKEN ??= `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
  },
});
