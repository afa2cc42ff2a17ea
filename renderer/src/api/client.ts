import type { ArgsOf, MethodName, ResultOf } from '../../../shared/contract';
import { TOKEN_HEADER } from '../../../shared/channels';
import type { ApiError, ApiResult } from '../../../shared/result';

/**
 * The renderer's one way to the core. In the desktop app the preload exposes
 * `window.xuefa`; in browser mode calls go to `POST /api/<method>` with the
 * per-launch token from the address the host printed.
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

const TOKEN_KEY = 'xuefa.token';

/** Takes the token from ?token=… once, keeps it for this tab, and tidies the address bar. */
export function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = browserToken();
  return {
    async call(method, args) {
      let res: Response;
      try {
        res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(args ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'OFFLINE', message: '连接不到学法考法管理台的后台，请确认它仍在运行后刷新页面。' } };
      }
      return (await res.json()) as ApiResult<unknown>;
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
