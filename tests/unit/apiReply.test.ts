import { describe, expect, it, vi } from 'vitest';
import { readReply } from '../../renderer/src/api/reply';

/**
 * What the page makes of the host's replies (renderer/src/api/reply.ts),
 * with real fetch Responses: whatever a proxy, a crashed host or a cut
 * connection gives back, the admin reads a Chinese message, never an English
 * SyntaxError.
 */
describe('reading a reply in the page', () => {
  const badReply = { ok: false, error: { code: 'BAD_REPLY', message: expect.stringContaining('后台没有正常回答') } };

  it('passes the desk’s own answers through', async () => {
    expect(await readReply(new Response('{"ok":true,"value":[1]}', { status: 200 }))).toEqual({ ok: true, value: [1] });
    const refusal = { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问' } };
    expect(await readReply(new Response(JSON.stringify(refusal), { status: 401 }))).toEqual(refusal);
  });

  it.each([
    ['a proxy’s HTML error page (502)', new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'content-type': 'text/html' } })],
    ['an empty body', new Response('', { status: 200 })],
    ['an empty 502', new Response(null, { status: 502 })],
    ['JSON cut short', new Response('{"ok":true,"val', { status: 200 })],
    ['JSON that is not an answer', new Response('{"message":"Bad Gateway"}', { status: 502 })],
    ['a refusal without a message', new Response('{"ok":false,"error":{"code":"X"}}', { status: 500 })],
    ['null', new Response('null', { status: 200 })],
  ])('turns %s into a Chinese message', async (_name, res) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await readReply(res);
    expect(r).toEqual(badReply);
    expect(JSON.stringify(r)).not.toMatch(/SyntaxError|Unexpected|JSON/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`HTTP ${res.status}`), expect.any(String));
    logged.mockRestore();
  });
});
