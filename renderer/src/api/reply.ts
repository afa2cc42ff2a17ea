import { errorMessages } from '../../../shared/errors';
import type { ApiResult } from '../../../shared/result';

/**
 * The desk's answer in a reply, whatever came back: a proxy's HTML page, an
 * empty body or a 502 becomes BAD_REPLY with a Chinese message instead of a
 * SyntaxError (the status and the first of the body go to the console).
 */
export async function readReply(res: Response): Promise<ApiResult<unknown>> {
  let text = '';
  try {
    text = await res.text();
    const value = JSON.parse(text) as unknown;
    if (isApiResult(value)) return value;
  } catch {
    // Not JSON at all; said below.
  }
  console.error(`[xuefa] unreadable reply from ${res.url || 'the desk'}: HTTP ${res.status}`, text.slice(0, 200));
  return { ok: false, error: { code: 'BAD_REPLY', message: errorMessages.BAD_REPLY } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in value;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}
