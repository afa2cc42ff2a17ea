import crypto from 'node:crypto';
import type http from 'node:http';
import { deskError, type DeskError, type DetailsOf, type ErrorKey } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';

/** Small pieces every browser-mode route shares. */

export function tokenMatches(given: string | string[] | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function failure(e: DeskError): ApiResult<never> {
  return { ok: false, error: { code: e.code, message: e.message } };
}

/** The refusal for a catalogue key, as the reply's body. */
export function refuse<K extends ErrorKey>(key: K, ...details: DetailsOf<K>): ApiResult<never> {
  return failure(deskError(key, ...details));
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value));
}

/**
 * Answers once the request body has been read and discarded, so the client
 * sees the status instead of a reset; a sender going on past `limit` bytes
 * is answered and cut off.
 */
export function drainThen(req: http.IncomingMessage, respond: () => void, limit = 32 * 1024 * 1024): void {
  let seen = 0;
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      respond();
    }
  };
  req.on('data', (c: Buffer) => {
    seen += c.length;
    if (seen > limit) {
      once();
      req.destroy();
    }
  });
  req.on('end', once);
  req.resume();
}
