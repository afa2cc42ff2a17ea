import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import sirv from 'sirv';
import type { Desk } from '../core/desk';
import { handleDownload, handleDownloadLink, handleUpload } from './files';
import { refuse, sendJson } from './http';
import { authorisedJsonPost, jsonBody } from './readJson';
import { HostSession } from './session';

export interface WebHostOptions {
  desk: Desk;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * Fixes the session secret (tests, which call the API directly); a random
   * one per launch otherwise. The printed address never carries it.
   */
  token?: string;
  /** The upload cap (200 MB); tests set a small one. */
  maxUploadBytes?: number;
}

export interface WebHost {
  /** The address to open: it carries a one-time code and opens the desk once. */
  url: string;
  origin: string;
  /** The session secret, sent as the token header by the page (and by tests). */
  token: string;
  /** Another address that opens the desk once (what POST /session/address answers). */
  newAddress(): string;
  /** The path of a download (or, with `inline`, a preview) that opens the export `fileId` and nothing else. */
  downloadPath(fileId: string, inline?: boolean): string;
  close(): Promise<void>;
}

const HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
];
/**
 * Frames of other pages may not show the desk: said in a header, since
 * browsers ignore frame-ancestors in the page's meta CSP. Not on downloads,
 * whose PDFs Chromium's viewer shows inside a frame of its own.
 */
const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * Browser mode: serves the built renderer and the contract at
 * `POST /api/<method>` on 127.0.0.1 only, plus `POST /upload` and
 * `GET /download/<fileId>` for spreadsheets (see files.ts). Every API call
 * and upload must carry the session secret, which the page gets once for
 * the printed address's one-time code (`POST /session`, see session.ts); a
 * download carries a key for its one file. Requests whose Host or Origin is
 * not this host are refused (a defence against DNS rebinding and other
 * sites' pages).
 *
 * No request can end the process: the listener and every route are guarded,
 * a request line or address the parser or `URL` cannot read is answered 400,
 * and anything unexpected is logged and answered 500 INTERNAL.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const session = new HostSession(opts.token);
  const serveStatic = sirv(opts.staticDir, { single: true, dev: false, etag: true });
  let allowedHosts = new Set<string>();
  let origin = '';
  const files = { desk: opts.desk, token: session.secret, session, maxUploadBytes: opts.maxUploadBytes };
  const addressFor = (code: string) => `${origin}/?code=${code}`;

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    for (const [name, value] of HEADERS) res.setHeader(name, value);
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendJson(res, 403, refuse('FORBIDDEN.host'));
    }
    const from = req.headers.origin;
    if (from !== undefined && !allowedHosts.has(hostOf(from))) {
      return sendJson(res, 403, refuse('FORBIDDEN.otherPage'));
    }
    const url = requestUrl(req.url);
    if (!url) return sendJson(res, 400, refuse('BAD_ARGUMENTS.badAddress'));
    const path = url.pathname;
    if (!path.startsWith('/download/')) res.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
    if (path.startsWith('/api/')) return handleApi(req, res, url, opts.desk, session);
    if (path === '/session') return handleSession(req, res, session);
    if (path === '/session/address') {
      if (!(await authorisedJsonPost(req, res, session))) return;
      return sendJson(res, 200, { ok: true, value: { url: addressFor(session.newCode()) } });
    }
    if (path === '/upload') return handleUpload(req, res, url, files);
    if (path === '/download-link') return handleDownloadLink(req, res, files);
    if (path.startsWith('/download/')) return handleDownload(req, res, url, files);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      return void res.end();
    }
    serveStatic(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  }

  const server = http.createServer((req, res) => {
    req.on('error', () => {});
    res.on('error', (e) => console.error('[xuefa] a reply could not be sent:', e));
    try {
      route(req, res).catch((e: unknown) => internalError(res, e));
    } catch (e) {
      internalError(res, e);
    }
  });
  server.on('clientError', answerUnreadable);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', (e) => console.error('[xuefa] browser-mode host:', e));
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origin = `http://127.0.0.1:${port}`;
  return {
    url: addressFor(session.newCode()),
    origin,
    token: session.secret,
    newAddress: () => addressFor(session.newCode()),
    downloadPath: (fileId, inline = false) => session.downloadPath(fileId, inline),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The request target as a URL on this host, or null when it is not an origin-form path `URL` can read. */
function requestUrl(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Appended, not resolved: `//other.example/x` stays a path on this host.
    return new URL(`http://127.0.0.1${target}`);
  } catch {
    return null;
  }
}

function internalError(res: http.ServerResponse, e: unknown): void {
  console.error('[xuefa] a request failed:', e);
  if (res.headersSent) res.destroy();
  else sendJson(res, 500, refuse('INTERNAL'));
}

/** A request the HTTP parser could not read (a bad request line, header or body framing), or one that timed out. */
function answerUnreadable(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  const body = JSON.stringify(refuse(status === 431 ? 'BAD_ARGUMENTS.headersTooLong' : status === 408 ? 'BAD_ARGUMENTS.timedOut' : 'BAD_ARGUMENTS.unreadable'));
  try {
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  } catch {
    socket.destroy();
  }
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, desk: Desk, session: HostSession) {
  const body = await authorisedJsonPost(req, res, session);
  if (body === undefined) return;
  let method: string;
  try {
    method = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    return sendJson(res, 400, refuse('BAD_ARGUMENTS.badMethodName'));
  }
  sendJson(res, 200, await desk.call(method, body));
}

/** POST /session { code }: the session secret for the printed address's one-time code, once. */
async function handleSession(req: http.IncomingMessage, res: http.ServerResponse, session: HostSession) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, refuse('BAD_ARGUMENTS.postOnly'));
  }
  const body = await jsonBody(req, res);
  if (body === undefined) return;
  const outcome = session.exchange((body as { code?: unknown } | null)?.code);
  if (typeof outcome === 'object') return sendJson(res, 200, { ok: true, value: { token: outcome.secret } });
  sendJson(res, outcome === 'used' ? 410 : 401, refuse('ADDRESS_USED'));
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}
