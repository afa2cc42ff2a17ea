import type http from 'node:http';
import { TOKEN_HEADER } from '../../shared/contract';
import { refuse, sendJson } from './http';
import type { HostSession } from './session';

/** Largest request body the host reads (contract arguments are small). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; tooLarge: boolean };

/**
 * Reads a JSON body ({} when empty). Past MAX_BODY_BYTES the rest is drained
 * unread so the client still gets its 413; a sender that goes on far beyond
 * is cut off. A body that breaks off settles as unreadable.
 */
export function readJson(req: http.IncomingMessage): Promise<JsonBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES * 16) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return resolve({ ok: false, tooLarge: true });
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ ok: true, value: text.trim() === '' ? {} : (JSON.parse(text) as unknown) });
      } catch {
        resolve({ ok: false, tooLarge: false });
      }
    });
    req.on('error', () => resolve({ ok: false, tooLarge: size > MAX_BODY_BYTES }));
    req.on('close', () => {
      if (!req.complete) resolve({ ok: false, tooLarge: size > MAX_BODY_BYTES });
    });
  });
}

/**
 * Checks a POST of JSON carrying the session secret, answering the refusal itself;
 * resolves with the parsed body, or undefined when it answered.
 */
export async function authorisedJsonPost(req: http.IncomingMessage, res: http.ServerResponse, session: HostSession): Promise<unknown> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return void sendJson(res, 405, refuse('BAD_ARGUMENTS.postOnly'));
  }
  if (!session.allows(req.headers[TOKEN_HEADER])) return void sendJson(res, 401, refuse('UNAUTHORIZED'));
  return jsonBody(req, res);
}

/** The parsed JSON body ({} when empty), or undefined once a refusal has been answered. */
export async function jsonBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return void sendJson(res, 415, refuse('BAD_ARGUMENTS.jsonOnly'));
  }
  const body = await readJson(req);
  if (body.ok) return body.value;
  sendJson(res, body.tooLarge ? 413 : 400, refuse(body.tooLarge ? 'BAD_ARGUMENTS.bodyTooLarge' : 'BAD_ARGUMENTS.notJson'));
  return undefined;
}
