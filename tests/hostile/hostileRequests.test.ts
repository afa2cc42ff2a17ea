import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/http';
import { startHostProcess, type HostProcess } from '../helpers/webHost';

/**
 * Raw request lines and headers an attacker (or a broken client) on the
 * machine can send the browser-mode host, over a plain socket so nothing
 * tidies them up first. The host runs in its own process, as an admin
 * starts it: after every one it must still be running and answer desk.info.
 */
let host: HostProcess;

beforeAll(async () => {
  host = await startHostProcess();
});
afterAll(() => host?.close());

interface RawReply {
  /** The status of the first response, or 0 when the connection closed without one. */
  status: number;
  text: string;
}

/**
 * Writes bytes as they are (latin1: one byte per character) and reads the
 * first final response (interim 1xx ones skipped), or until the host closes
 * the connection. With `end`, the client half-closes after writing: a request
 * that breaks off.
 */
function send(raw: string | Buffer, end = false): Promise<RawReply> {
  const { port } = new URL(host.origin);
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      const text = received.toString('utf8');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : 0, text });
      socket.destroy();
    };
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw);
      if (end) socket.end();
    });
    // A request the host waits on for more bytes is given up by the client after a while; that is no answer.
    socket.setTimeout(5_000, finish);
    socket.on('data', (c: Buffer) => {
      received = Buffer.concat([received, c]);
      for (;;) {
        const head = received.indexOf('\r\n\r\n');
        if (head < 0) return;
        const headers = received.subarray(0, head).toString('latin1');
        if (/^HTTP\/1\.[01] 1\d\d/.test(headers)) {
          received = received.subarray(head + 4);
          continue;
        }
        const length = /\r\ncontent-length: *(\d+)/i.exec(headers);
        if (length && received.length >= head + 4 + Number(length[1])) finish();
        return;
      }
    });
    socket.on('error', () => {});
    socket.on('close', finish);
  });
}

async function stillAnswers(): Promise<void> {
  expect(host.child.exitCode, host.output()).toBeNull();
  const r = await rawRequest(host.origin, {
    method: 'POST',
    path: '/api/desk.info',
    headers: { 'content-type': 'application/json', 'x-xuefa-token': host.token },
    body: '{}',
  });
  expect(r.status).toBe(200);
  expect(r.json()).toMatchObject({ ok: true });
}

const hostHeader = () => `Host: ${new URL(host.origin).host}\r\n`;
const withToken = () => `${hostHeader()}X-Xuefa-Token: ${host.token}\r\n`;
const post = (target: string, body = '{}', extra = '') =>
  `POST ${target} HTTP/1.1\r\n${withToken()}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

/** The JSON body of a reply, which must be a Chinese refusal. */
function refusal(reply: RawReply): { code: string; message: string } {
  expect(reply.text).toMatch(/\r\ncontent-type: application\/json/i);
  const body = reply.text.slice(reply.text.indexOf('\r\n\r\n') + 4);
  const parsed = JSON.parse(body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  expect(parsed.error.message).toMatch(/[\u4e00-\u9fff]/);
  return parsed.error;
}

describe('the browser-mode host and hostile requests', () => {
  it('answers an absolute URI it cannot read with 400 and stays up (it used to exit at `new URL`)', async () => {
    const r = await send(`GET http://[ HTTP/1.1\r\n${hostHeader()}\r\n`);
    expect(r.status).toBe(400);
    expect(refusal(r).code).toBe('BAD_ARGUMENTS');
    await stillAnswers();
  });

  it('answers a malformed percent-encoding in a method name with 400 and stays up (it used to exit at decodeURIComponent)', async () => {
    const r = await send(post('/api/%ZZ'));
    expect(r.status).toBe(400);
    expect(refusal(r).code).toBe('BAD_ARGUMENTS');
    await stillAnswers();
  });

  /** Name, bytes, the statuses acceptable (0: closed without an answer), and whether the client breaks off after writing. */
  const corpus: [string, () => string | Buffer, number[], boolean?][] = [
    ['an absolute URI naming this host', () => `GET ${host.origin}/api/desk.info HTTP/1.1\r\n${hostHeader()}\r\n`, [400]],
    ['an absolute URI with a bad IPv6 literal', () => `GET http://[::1/ HTTP/1.1\r\n${hostHeader()}\r\n`, [400]],
    ['a bare bracket as the target', () => `GET [ HTTP/1.1\r\n${hostHeader()}\r\n`, [400]],
    ['brackets in the path', () => `GET /[::1]:80/%5B HTTP/1.1\r\n${hostHeader()}\r\n`, [200, 404]],
    ['a scheme-relative path', () => `GET //attacker.example/api/desk.info HTTP/1.1\r\n${hostHeader()}\r\n`, [200, 404]],
    ['the asterisk target', () => `OPTIONS * HTTP/1.1\r\n${hostHeader()}\r\n`, [400]],
    ['a broken escape in a static path', () => `GET /%ZZ%E0%A4%A HTTP/1.1\r\n${hostHeader()}\r\n`, [200, 404]],
    ['a truncated UTF-8 escape in a method name', () => post('/api/%E0%A4%A'), [400]],
    ['an escape decoding to NUL in a method name', () => post('/api/desk.info%00'), [200]],
    ['a broken escape in a download id', () => `GET /download/%ZZ?key=x HTTP/1.1\r\n${hostHeader()}\r\n`, [401]],
    ['a broken escape in an upload name', () => `POST /upload?name=%ZZ HTTP/1.1\r\n${withToken()}Content-Type: application/octet-stream\r\nContent-Length: 2\r\n\r\nPK`, [200, 400]],
    ['raw bytes above ASCII in the path', () => Buffer.concat([Buffer.from('GET /'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(` HTTP/1.1\r\n${hostHeader()}\r\n`)]), [200, 400, 404]],
    ['a NUL byte in the path', () => `GET /a\0b HTTP/1.1\r\n${hostHeader()}\r\n`, [400]],
    ['an overlong path', () => `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n${hostHeader()}\r\n`, [431, 400]],
    ['an overlong method name', () => post(`/api/${'x'.repeat(12_000)}`), [200, 431]],
    ['a NUL byte in a header value', () => `GET / HTTP/1.1\r\n${hostHeader()}X-A: a\0b\r\n\r\n`, [400]],
    ['control characters in a header value', () => `GET / HTTP/1.1\r\n${hostHeader()}X-A: \x01\x7f\r\n\r\n`, [400]],
    ['a header without a colon', () => `GET / HTTP/1.1\r\n${hostHeader()}broken header\r\n\r\n`, [400]],
    ['a header name with a space', () => `GET / HTTP/1.1\r\n${hostHeader()}X A: b\r\n\r\n`, [400]],
    ['a Host header that is a bracket', () => `GET / HTTP/1.1\r\nHost: [\r\n\r\n`, [403]],
    ['an Origin that is not a URL', () => `GET / HTTP/1.1\r\n${hostHeader()}Origin: http://[\r\n\r\n`, [403]],
    ['two Host headers', () => `GET / HTTP/1.1\r\n${hostHeader()}Host: attacker.example\r\n\r\n`, [200, 400, 403]],
    ['an HTTP/0.9 request', () => 'GET /\r\n\r\n', [0, 400, 403]],
    ['an unknown protocol version', () => `GET / HTTP/9.9\r\n${hostHeader()}\r\n`, [0, 400, 505]],
    ['an unknown method', () => `BREW / HTTP/1.1\r\n${hostHeader()}\r\n`, [0, 400, 405]],
    ['pipelined garbage after a good request', () => `GET / HTTP/1.1\r\n${hostHeader()}\r\n\0\0GARBAGE \x01\r\n\r\n`, [200, 400]],
    ['a body longer than its Content-Length', () => post('/api/desk.info', '{}', '').replace('Content-Length: 2', 'Content-Length: 1'), [400]],
    ['a body longer than its Content-Length, the rest a request line', () => `${post('/api/desk.info')}GET http://[ HTTP/1.1\r\n${hostHeader()}\r\n`, [200]],
    ['a body shorter than its Content-Length', () => post('/api/desk.info', '{}').replace('Content-Length: 2', 'Content-Length: 900'), [0, 400], true],
    ['a Transfer-Encoding lie (chunked, body not chunked)', () => post('/api/desk.info', '{"a":1}', 'Transfer-Encoding: chunked\r\n'), [0, 400]],
    ['chunked with a bad chunk size', () => `POST /api/desk.info HTTP/1.1\r\n${withToken()}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n`, [0, 400]],
    ['an unknown transfer coding', () => `POST /api/desk.info HTTP/1.1\r\n${withToken()}Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}`, [0, 400, 501]],
    ['two different Content-Lengths', () => post('/api/desk.info', '{}', 'Content-Length: 5\r\n'), [400]],
    ['a negative Content-Length', () => post('/api/desk.info').replace('Content-Length: 2', 'Content-Length: -1'), [400]],
    ['a Content-Length that is not a number', () => post('/api/desk.info').replace('Content-Length: 2', 'Content-Length: abc'), [400]],
    ['a huge declared upload', () => `POST /upload?name=a.xlsx HTTP/1.1\r\n${withToken()}Content-Type: application/octet-stream\r\nContent-Length: 99999999999999\r\n\r\nPK`, [0, 413]],
    ['Expect: 100-continue on a refused call', () => `POST /api/desk.info HTTP/1.1\r\n${hostHeader()}Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}`, [100, 401]],
    ['a JSON body that is null', () => post('/api/desk.info', 'null'), [200]],
    ['a session exchange with no code', () => `POST /session HTTP/1.1\r\n${hostHeader()}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`, [401]],
    ['a session exchange whose body is not JSON', () => `POST /session HTTP/1.1\r\n${hostHeader()}Content-Type: application/json\r\nContent-Length: 5\r\n\r\n{"co"`, [400]],
    ['a session exchange with a code that is an object', () => `POST /session HTTP/1.1\r\n${hostHeader()}Content-Type: application/json\r\nContent-Length: 16\r\n\r\n{"code":{"a":1}}`, [401]],
    ['a download link for an id that is an object', () => post('/download-link', '{"fileId":{"a":1}}'), [400]],
    ['a download link with a null body', () => post('/download-link', 'null'), [400]],
    ['a download with a key that is an array', () => `GET /download/${'0'.repeat(32)}?key=a&key=b HTTP/1.1\r\n${hostHeader()}\r\n`, [401]],
    ['headers only, connection closed half-way', () => `POST /api/desk.info HTTP/1.1\r\n${hostHeader()}Content-Le`, [0, 400], true],
    ['nothing but CRLFs', () => '\r\n\r\n\r\n\r\n', [0, 400]],
    ['binary noise', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 256)), [0, 400]],
  ];

  for (const [name, bytes, statuses, end] of corpus) {
    it(`survives ${name}`, async () => {
      const r = await send(bytes(), end);
      expect(statuses, `${name}: ${r.text.slice(0, 300)}`).toContain(r.status);
      // Refusals are JSON in Chinese; only the static pages' 404 and 405 are empty.
      if (r.status >= 400 && r.status !== 404 && r.status !== 405) refusal(r);
      await stillAnswers();
    });
  }

  it('survives a client that sends half a request and vanishes, many times over', async () => {
    const { port } = new URL(host.origin);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        new Promise<void>((resolve) => {
          const s = net.connect(Number(port), '127.0.0.1', () => {
            s.write(post('/api/desk.info', '{"a":1}').slice(0, 40 + i));
            s.destroy();
          });
          s.on('error', () => {});
          s.on('close', () => resolve());
        }),
      ),
    );
    await stillAnswers();
  });
});
