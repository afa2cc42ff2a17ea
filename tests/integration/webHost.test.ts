import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHost } from '../../electron/web/server';
import type { Desk } from '../../electron/core/desk';
import { rawRequest, type RawRequest, type Reply } from '../helpers/http';
import { ok } from '../helpers/tempDesk';
import { startTempHost, type TempHost } from '../helpers/webHost';

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
  return (await ok<unknown[]>(desk, 'units.list', {})).length;
}

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints an address carrying the token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
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
