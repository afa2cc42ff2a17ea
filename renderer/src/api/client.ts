import type { ArgsOf, MethodName, ResultOf } from '../../../shared/contract';
import { TOKEN_HEADER } from '../../../shared/channels';
import type { ApiError, ApiResult } from '../../../shared/result';
import { readReply } from './reply';

export { readReply };

/**
 * The renderer's one way to the core. In the desktop app the preload exposes
 * `window.xuefa`; in browser mode calls go to `POST /api/<method>` with the
 * tab's session secret, which the page got once for the one-time code in the
 * address the host printed (see browserSession).
 */
interface Transport {
  call(method: string, args: unknown): Promise<ApiResult<unknown>>;
}

/** What the desktop app's preload exposes as `window.xuefa`. */
export interface DesktopBridge extends Transport {
  methods: string[];
  upload(name: string, bytes: Uint8Array): Promise<ApiResult<unknown>>;
  saveDownload(fileId: string): Promise<ApiResult<unknown>>;
  pickBackup(): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    xuefa?: DesktopBridge;
  }
}

export class ApiCallError extends Error implements ApiError {
  readonly code: string;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

export const OFFLINE: ApiError = { code: 'OFFLINE', message: '连接不到学法考法管理台的后台，请确认它仍在运行后刷新页面。' };

/** A POST of JSON to the host; never throws (OFFLINE, BAD_REPLY). */
export async function postJson(path: string, body: unknown, token?: string): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { [TOKEN_HEADER]: token }) },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    return { ok: false, error: OFFLINE };
  }
  return readReply(res);
}

const SECRET_KEY = 'xuefa.session';
let session: Promise<string> | null = null;

/**
 * The tab's session secret. The first time, from the one-time code in the
 * address (`?code=…`), which is taken out of the address bar at once and
 * exchanged with the host; after that (a reload) from sessionStorage. A code
 * already spent (the address from the history, a second tab) rejects with
 * ADDRESS_USED unless this tab already holds a secret.
 */
export function browserSession(): Promise<string> {
  session ??= openSession();
  return session;
}

/** True while the address still carries a code to exchange (the page waits for it before showing the desk). */
export function addressHasCode(): boolean {
  return new URL(window.location.href).searchParams.has('code');
}

async function openSession(): Promise<string> {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  const kept = sessionStorage.getItem(SECRET_KEY) ?? '';
  if (code === null) return kept;
  url.searchParams.delete('code');
  window.history.replaceState(window.history.state, '', url.toString());
  const reply = await postJson('/session', { code });
  if (reply.ok) {
    const { token } = reply.value as { token: string };
    sessionStorage.setItem(SECRET_KEY, token);
    return token;
  }
  if (kept) return kept;
  throw new ApiCallError(reply.error);
}

function httpTransport(): Transport {
  return {
    async call(method, args) {
      let token: string;
      try {
        token = await browserSession();
      } catch (e) {
        return { ok: false, error: e instanceof ApiCallError ? { code: e.code, message: e.message } : OFFLINE };
      }
      return postJson(`/api/${encodeURIComponent(method)}`, args, token);
    },
  };
}

let transport: Transport | null = null;

export function currentTransport(): 'electron' | 'browser' {
  return window.xuefa ? 'electron' : 'browser';
}

/** Calls a contract method; resolves with its value or rejects with ApiCallError. */
export async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  transport ??= window.xuefa ?? httpTransport();
  const result = await transport.call(method, args);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as ResultOf<M>;
}
