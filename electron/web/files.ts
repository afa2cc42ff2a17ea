import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { TOKEN_HEADER } from '../../shared/contract';
import { DeskError, isDeskError } from '../../shared/errors';
import type { Desk } from '../core/desk';
import { findEntry } from '../core/files/fileStore';
import { MAX_UPLOAD_BYTES, openUpload, tooLarge, uploadCap, type UploadKind, type UploadSink } from '../core/files/inbox';
import { exportsDir } from '../core/files/outbox';
import { drainThen, failure, refuse, sendJson, tokenMatches } from './http';
import { authorisedJsonPost } from './readJson';
import type { HostSession } from './session';

/**
 * Browser mode's file transport, beside the contract:
 *   POST /upload?name=<file name>[&kind=backup]
 *                                   raw body (application/octet-stream) → { ok, value: { fileId, name, size } };
 *                                   a worksheet at most 200 MB, a backup (kind=backup) at most 20 GB
 *   POST /download-link             { fileId, inline? } with the token header → { ok, value: { href } }
 *   GET  /download/<fileId>?key=…   an export as an attachment (an <a href> cannot send headers)
 * A download's key opens that one file only (see session.ts), so a link left
 * in the browser's history opens nothing else. The caller has already
 * checked Host and Origin.
 */
export interface FileRoutesOptions {
  desk: Desk;
  token: string;
  session: HostSession;
  /** The worksheet upload cap; 200 MB unless a test sets a small one. */
  maxUploadBytes?: number;
  /** The backup upload cap (?kind=backup); 20 GB unless a test sets a small one. */
  maxBackupUploadBytes?: number;
}


const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Content types by the download's name; PDFs and images (免考存档, 证明材料) may also be opened in the tab (?inline=1). */
const TYPES: Record<string, string> = { '.xlsx': XLSX_TYPE, '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, opts: FileRoutesOptions): Promise<void> {
  const refuseAfterBody = (status: number, body: unknown) => drainThen(req, () => sendJson(res, status, body));
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuseAfterBody(405, refuse('BAD_ARGUMENTS.uploadPostOnly'));
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], opts.token)) return refuseAfterBody(401, refuse('UNAUTHORIZED'));
  if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
    return refuseAfterBody(415, refuse('BAD_ARGUMENTS.uploadBytesOnly'));
  }
  const name = url.searchParams.get('name') ?? '';
  if (!name.trim() || name.length > 500) return refuseAfterBody(400, refuse('BAD_ARGUMENTS.uploadNameMissing'));
  const kindParam = url.searchParams.get('kind') ?? 'worksheet';
  if (kindParam !== 'worksheet' && kindParam !== 'backup') return refuseAfterBody(400, refuse('BAD_ARGUMENTS.uploadKind'));
  const kind: UploadKind = kindParam;
  const maxBytes = kind === 'backup' ? (opts.maxBackupUploadBytes ?? uploadCap('backup')) : (opts.maxUploadBytes ?? MAX_UPLOAD_BYTES);
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return refuseAfterBody(413, failure(tooLarge(name, maxBytes, kind)));

  let sink: UploadSink;
  try {
    sink = await openUpload(opts.desk.ctx.paths.dataDir, name, maxBytes, kind);
  } catch (e) {
    console.error('[xuefa] upload could not start:', e);
    return refuseAfterBody(500, refuse('INTERNAL'));
  }
  receive(req, sink, maxBytes, (status, body) => sendJson(res, status, body));
}

/** Streams the body into the sink chunk by chunk (pausing the socket while each is written). */
function receive(req: http.IncomingMessage, sink: UploadSink, maxBytes: number, respond: (status: number, body: unknown) => void): void {
  let problem: DeskError | null = null;
  let discarded = 0;
  let queue = Promise.resolve();
  req.on('data', (chunk: Buffer) => {
    if (problem) {
      // Keep reading so the client gets its answer; one going on and on is cut off.
      discarded += chunk.length;
      if (discarded > maxBytes) {
        respond(413, failure(problem));
        req.destroy();
      }
      return;
    }
    req.pause();
    queue = queue
      .then(() => sink.write(chunk))
      .catch((e: unknown) => {
        if (!isDeskError(e)) console.error('[xuefa] upload failed:', e);
        problem = isDeskError(e) ? e : new DeskError('INTERNAL');
      })
      .finally(() => req.resume());
  });
  req.on('close', () => {
    if (!req.complete) queue.then(() => sink.abort()).catch((e: unknown) => console.error('[xuefa] a broken-off upload could not be removed:', e));
  });
  req.on('end', () => {
    queue.then(async () => {
      if (problem) return respond(problem.code === 'FILE_TOO_LARGE' || problem.code === 'BACKUP_TOO_LARGE' ? 413 : 500, failure(problem));
      try {
        respond(200, { ok: true, value: await sink.finish() });
      } catch (e) {
        console.error('[xuefa] upload could not be stored:', e);
        await sink.abort();
        respond(500, refuse('INTERNAL'));
      }
    }).catch((e: unknown) => {
      console.error('[xuefa] upload failed:', e);
      respond(500, refuse('INTERNAL'));
    });
  });
}

export async function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, opts: FileRoutesOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET');
    return sendJson(res, 405, refuse('BAD_ARGUMENTS.downloadGetOnly'));
  }
  let fileId = '';
  try {
    fileId = decodeURIComponent(url.pathname.slice('/download/'.length));
  } catch {
    // A malformed escape is just another unknown id.
  }
  if (!opts.session.opensFile(fileId, url.searchParams.get('key'))) return sendJson(res, 401, refuse('UNAUTHORIZED.downloadKey'));
  const entry = await findEntry(exportsDir(opts.desk.ctx.paths.dataDir), fileId);
  if (!entry) return sendJson(res, 404, refuse('FILE_NOT_FOUND.download'));
  const type = TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream';
  const inline = url.searchParams.get('inline') === '1' && type !== XLSX_TYPE && type !== 'application/octet-stream';
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', String(entry.size));
  res.setHeader('Content-Disposition', attachment(entry.name, inline ? 'inline' : 'attachment'));
  res.setHeader('Cache-Control', 'no-store');
  if (req.method === 'HEAD') return void res.end();
  try {
    await pipeline(fs.createReadStream(entry.path), res);
  } catch {
    res.destroy();
  }
}

/** POST /download-link { fileId, inline? }: the address of one export's download or preview, for the page's link. */
export async function handleDownloadLink(req: http.IncomingMessage, res: http.ServerResponse, opts: FileRoutesOptions): Promise<void> {
  const body = (await authorisedJsonPost(req, res, opts.session)) as { fileId?: unknown; inline?: unknown } | null | undefined;
  if (body === undefined) return;
  const fileId = body?.fileId;
  if (typeof fileId !== 'string') return sendJson(res, 400, refuse('BAD_ARGUMENTS'));
  if (!(await findEntry(exportsDir(opts.desk.ctx.paths.dataDir), fileId))) return sendJson(res, 404, refuse('FILE_NOT_FOUND.download'));
  sendJson(res, 200, { ok: true, value: { href: opts.session.downloadPath(fileId, body?.inline === true) } });
}

/** RFC 6266 with an RFC 5987 filename* for the Chinese name, and a plain ASCII fallback. */
export function attachment(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
