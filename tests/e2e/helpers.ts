import type { Page } from '@playwright/test';

/** Opens the desk the way an admin does: the address browser mode printed, token included. */
export async function openDesk(page: Page, screen = 'units'): Promise<void> {
  await page.goto(`/?token=${process.env.XUEFA_E2E_TOKEN}#/${screen}`);
}

export const screenshotDir = 'test-results/screenshots';
