import type { APIRequestContext, Page } from '@playwright/test';
import { TOKEN_HEADER } from '../../shared/channels';

/**
 * Opens the desk the way an admin does: an address like the one browser mode
 * printed, whose one-time code the page exchanges for the tab's session
 * secret. Each call gets a fresh address from the host (the printed one works
 * once); XUEFA_TOKEN fixes the secret so specs can call the API directly.
 */
export async function openDesk(page: Page, screen = 'units'): Promise<void> {
  await page.goto(`${await freshAddress(page.request)}#/${screen}`);
}

/** Another address that opens the desk once (POST /session/address, with the session secret). */
export async function freshAddress(request: APIRequestContext): Promise<string> {
  const res = await request.post('/session/address', { headers: { [TOKEN_HEADER]: process.env.XUEFA_E2E_TOKEN! }, data: {} });
  const body = (await res.json()) as { ok: boolean; value?: { url: string } };
  if (!body.ok) throw new Error(`no fresh address: HTTP ${res.status()}`);
  return body.value!.url;
}

export const screenshotDir = 'test-results/screenshots';

/** A contract call through the browser-mode host, for setting a spec's own data up; throws the desk's message on a refusal. */
export async function api<T>(request: APIRequestContext, method: string, args: unknown): Promise<T> {
  const res = await request.post(`/api/${method}`, { headers: { [TOKEN_HEADER]: process.env.XUEFA_E2E_TOKEN! }, data: args });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}
