import type { APIRequestContext, Page } from '@playwright/test';
import { TOKEN_HEADER } from '../../shared/channels';

/** Opens the desk the way an admin does: the address browser mode printed, token included. */
export async function openDesk(page: Page, screen = 'units'): Promise<void> {
  await page.goto(`/?token=${process.env.XUEFA_E2E_TOKEN}#/${screen}`);
}

export const screenshotDir = 'test-results/screenshots';

/** A contract call through the browser-mode host, for setting a spec's own data up; throws the desk's message on a refusal. */
export async function api<T>(request: APIRequestContext, method: string, args: unknown): Promise<T> {
  const res = await request.post(`/api/${method}`, { headers: { [TOKEN_HEADER]: process.env.XUEFA_E2E_TOKEN! }, data: args });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}
