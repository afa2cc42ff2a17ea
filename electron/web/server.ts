import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { TOKEN_HEADER } from '../../shared/contract';
import type { Desk } from '../core/desk';
import { handleDownload, handleUpload } from './files';
import { refuse, sendJson, tokenMatches } from './http';

/** Largest request body the host reads (contract arguments are small). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface WebHostOptions {
  desk: Desk;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; a random one per launch otherwise. */
  token?: string;
  /** The upload cap (200 MB); tests set a small one. */
  maxUploadBytes?: number;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode: serves the built renderer and the contract at
 * `POST /api/<method>` on 127.0.0.1 only, plus `POST /upload` and
 * `GET /download/<fileId>` for spreadsheets (see files.ts). Every API call
 * and upload must carry the per-launch token (a download carries it in its
 * address); requests whose Host or Origin is not this host are refused (a
 * defence against DNS rebinding and other sites' pages).
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const serveStatic = sirv(opts.staticDir, { single: true, dev: false, etag: true });
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendJson(res, 403, refuse('FORBIDDEN', '拒绝访问：主机名不符（只接受本机地址 127.0.0.1 或 localhost）'));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(hostOf(origin))) {
      return sendJson(res, 403, refuse('FORBIDDEN', '拒绝访问：请求来自其他网页'));
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      void handleApi(req, res, url, opts.desk, token);
      return;
    }
    const files = { desk: opts.desk, token, maxUploadBytes: opts.maxUploadBytes };
    if (url.pathname === '/upload') {
      void handleUpload(req, res, url, files);
      return;
    }
    if (url.pathname.startsWith('/download/')) {
      void handleDownload(req, res, url, files);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      return res.end();
    }
    serveStatic(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, desk: Desk, token: string) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, refuse('BAD_ARGUMENTS', '接口只接受 POST 请求'));
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return sendJson(res, 401, refuse('UNAUTHORIZED'));
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, refuse('BAD_ARGUMENTS', '请求内容必须是 JSON'));
  }
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (e) {
    const tooLarge = e instanceof BodyTooLarge;
    return sendJson(res, tooLarge ? 413 : 400, refuse('BAD_ARGUMENTS', tooLarge ? '请求内容过大' : '请求内容不是有效的 JSON'));
  }
  const method = decodeURIComponent(url.pathname.slice('/api/'.length));
  sendJson(res, 200, await desk.call(method, body));
}

class BodyTooLarge extends Error {}

/**
 * Reads a JSON body. Past MAX_BODY_BYTES the rest is drained unread so the
 * client still gets its 413; a sender that goes on far beyond is cut off.
 */
function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES * 16) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(new BodyTooLarge());
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text.trim() === '' ? {} : (JSON.parse(text) as unknown));
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}
