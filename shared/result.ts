/**
 * What every contract call returns, whichever transport carried it
 * (Electron IPC, the browser-mode HTTP host, or the CLI in-process).
 */
export interface ApiError {
  /** A stable code the UI and scripts can rely on (see errors.ts). */
  code: string;
  /** A message for the administrator, in Chinese. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
