import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, isMethodName, methodNames } from '../../shared/contract';
import type { ApiResult } from '../../shared/result';

/**
 * One namespaced object, `window.xuefa`, derived from the contract: a call
 * function that only forwards contract methods, and the list of them.
 * Nothing raw (no ipcRenderer, no Node) reaches the page.
 */
const api = {
  methods: [...methodNames],
  call(method: string, args: unknown): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `不支持的操作：${method}` } });
    }
    return ipcRenderer.invoke(IPC_CHANNEL, method, args) as Promise<ApiResult<unknown>>;
  },
};

export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('xuefa', api);
