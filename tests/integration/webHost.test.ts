import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebHost } from '../../electron/web/server';
import type { Desk } from '../../electron/core/desk';
import { rawRequest, type RawRequest, type Reply } from '../helpers/http';
import { call } from '../helpers/tempDesk';
import { startHostProcess, startTempHost, type TempHost } from '../helpers/webHost';

let desk: Desk;
let host: WebHost;
let served: TempHost | undefined;

beforeAll(async () => {
  served = await startTempHost();
  ({ desk, host } = served);
});
afterAll(() => served?.close());

const request = (opts: RawRequest): Promise<Reply> => rawRequest(host.origin, opts);

const api = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-xuefa-token': host.token, ...headers },
    body: JSON.stringify(args),
  });

async function unitCount(): Promise<number> {
  return (await call(desk, 'units.list', {})).length;
}

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints an address carrying a one-time code, never the session secret', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toMatch(new RegExp(`^${host.origin}/\\?code=[\\w-]{32}$`));
    expect(host.url).not.toContain(host.token);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('says frames of other pages may not show it, in a header (a meta CSP cannot)', async () => {
    const r = await request({ path: '/' });
    expect(r.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(r.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the renderer, and the page for any screen address', async () => {
    for (const p of ['/', '/units']) {
      const r = await request({ path: p });
      expect(r.status).toBe(200);
      expect(r.text).toContain('学法考法管理台');
    }
  });

  it('answers a contract call made with the token', async () => {
    const r = await api('units.create', { name: '汨罗市司法局', parentId: null });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, value: { name: '汨罗市司法局', level: 1 } });
  });

  it('refuses a call without the token, or with a wrong one, and changes nothing', async () => {
    const before = await unitCount();
    const none = await request({ method: 'POST', path: '/api/units.create', headers: { 'content-type': 'application/json' }, body: '{"name":"甲","parentId":null}' });
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await api('units.create', { name: '乙', parentId: null }, { 'x-xuefa-token': `${host.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(await unitCount()).toBe(before);
  });

  it('refuses requests for another host name (DNS rebinding) and from other sites’ pages', async () => {
    const before = await unitCount();
    const rebound = await request({ path: '/', headers: { host: 'attacker.example:80' } });
    expect(rebound.status).toBe(403);
    const foreign = await api('units.create', { name: '丙', parentId: null }, { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const own = await api('units.list', {}, { origin: host.origin });
    expect(own.status).toBe(200);
    expect(await unitCount()).toBe(before);
  });

  it('refuses wrong types, bad JSON, non-JSON bodies and oversized bodies with clear errors', async () => {
    const before = await unitCount();
    const types = await api('units.create', { name: ['x'], parentId: 'top' });
    expect(types.json()).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(types.json().error!.message).toContain('请求参数不正确');
    const badJson = await request({ method: 'POST', path: '/api/units.create', headers: { 'content-type': 'application/json', 'x-xuefa-token': host.token }, body: '{"name":' });
    expect(badJson.status).toBe(400);
    const form = await request({ method: 'POST', path: '/api/units.create', headers: { 'content-type': 'text/plain', 'x-xuefa-token': host.token }, body: 'name=x' });
    expect(form.status).toBe(415);
    const huge = await api('units.create', { name: 'x'.repeat(3 * 1024 * 1024), parentId: null });
    expect(huge.status).toBe(413);
    const unknown = await api('units.dropAll', {});
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const get = await request({ path: '/api/units.list', headers: { 'x-xuefa-token': host.token } });
    expect(get.status).toBe(405);
    expect(await unitCount()).toBe(before);
  });
});

/** What the page does with the printed address: POST /session { code } for the tab's session secret. */
const exchange = (address: string) =>
  request({ method: 'POST', path: '/session', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: new URL(address).searchParams.get('code') }) });

describe('the printed address works once', () => {
  it('gives the session secret for its code once; the address left in the history then opens nothing', async () => {
    const address = host.newAddress();
    const first = await exchange(address);
    expect(first.status).toBe(200);
    expect(first.json()).toEqual({ ok: true, value: { token: host.token } });

    const again = await exchange(address);
    expect(again.status).toBe(410);
    expect(again.json()).toMatchObject({ ok: false, error: { code: 'ADDRESS_USED' } });
    expect(again.json().error!.message).toContain('请回到已经打开的学法考法管理台窗口');
    expect(again.text).not.toContain(host.token);
  });

  it('prints at start (node out/main/web.js, npm start) an address that works once and never shows the secret', async () => {
    const started = await startHostProcess();
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]{32}$/);
      expect(started.output()).not.toContain(started.token);
      await vi.waitFor(() => expect(started.output()).toContain('这个地址只能打开一次'));
      const swap = () =>
        rawRequest(started.origin, { method: 'POST', path: '/session', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: new URL(started.url).searchParams.get('code') }) });
      expect((await swap()).json()).toEqual({ ok: true, value: { token: started.token } });
      expect((await swap()).status).toBe(410);
    } finally {
      await started.close();
    }
  });

  it('refuses a code it never gave (a mistyped address, one from an earlier launch)', async () => {
    for (const code of ['', 'x', 'A'.repeat(32), `${new URL(host.newAddress()).searchParams.get('code')}x`]) {
      const r = await request({ method: 'POST', path: '/session', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      expect(r.status, code).toBe(401);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'ADDRESS_USED' } });
    }
    const form = await request({ method: 'POST', path: '/session', headers: { 'content-type': 'text/plain' }, body: 'code=x' });
    expect(form.status).toBe(415);
  });

  it('does not take the session secret from the address', async () => {
    const before = await unitCount();
    const r = await request({ method: 'POST', path: `/api/units.create?token=${host.token}`, headers: { 'content-type': 'application/json' }, body: '{"name":"丁","parentId":null}' });
    expect(r.status).toBe(401);
    expect(await unitCount()).toBe(before);
  });

  it('gives another one-time address only to a caller holding the session secret', async () => {
    const refused = await request({ method: 'POST', path: '/session/address', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(401);
    const r = await request({ method: 'POST', path: '/session/address', headers: { 'content-type': 'application/json', 'x-xuefa-token': host.token }, body: '{}' });
    const { url } = r.json<{ url: string }>().value!;
    expect(url).not.toContain(host.token);
    expect((await exchange(url)).json()).toEqual({ ok: true, value: { token: host.token } });
  });
});

describe('download and preview links', () => {
  const link = (fileId: string, inline?: boolean, token = host.token) =>
    request({ method: 'POST', path: '/download-link', headers: { 'content-type': 'application/json', 'x-xuefa-token': token }, body: JSON.stringify({ fileId, inline }) });

  it('carry a key for their one file, never the session secret', async () => {
    const t = await call(desk, 'export.template', {});
    const r = await link(t.fileId);
    const { href } = r.json<{ href: string }>().value!;
    expect(href).toMatch(new RegExp(`^/download/${t.fileId}\\?key=[\\w-]{43}$`));
    expect(href).not.toContain(host.token);
    const got = await request({ path: href });
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
    // A PDF previewed in the tab is shown by Chromium's viewer inside a frame of its own.
    expect(got.headers['content-security-policy']).toBeUndefined();

    const preview = (await link(t.fileId, true)).json<{ href: string }>().value!.href;
    expect(preview).toMatch(/&inline=1$/);
  });

  it('open that file and no other, and only with the session secret are they made', async () => {
    const a = await call(desk, 'export.template', {});
    const b = await call(desk, 'export.template', {});
    const keyOfA = host.downloadPath(a.fileId).split('?key=')[1]!;
    const other = await request({ path: `/download/${b.fileId}?key=${keyOfA}` });
    expect(other.status).toBe(401);
    expect(other.json().error!.message).toContain('重新点击');
    expect((await request({ path: `/download/${a.fileId}?token=${host.token}` })).status).toBe(401);

    expect((await link(a.fileId, false, 'wrong')).status).toBe(401);
    const missing = await link('0'.repeat(32));
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect((await link('../xuefa.sqlite')).status).toBe(404);
  });
});
