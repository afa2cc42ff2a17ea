import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, IPC_PICK_BACKUP_CHANNEL, IPC_SAVE_CHANNEL, IPC_UPLOAD_CHANNEL, isMethodName, methodNames } from '../../shared/contract';
import type { ApiResult } from '../../shared/result';

/**
 * One namespaced object, `window.xuefa`, derived from the contract: a call
 * function that only forwards contract methods, the list of them, and the
 * file functions (upload a spreadsheet, save an export where the admin
 * chooses, pick a backup to restore in an open dialog). Nothing raw (no ipcRenderer, no Node, no paths) reaches the page.
 */
const api = {
  methods: [...methodNames],
  call(method: string, args: unknown): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `不支持的操作：${method}` } });
    }
    return ipcRenderer.invoke(IPC_CHANNEL, method, args) as Promise<ApiResult<unknown>>;
  },
  upload(name: string, bytes: Uint8Array): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(IPC_UPLOAD_CHANNEL, String(name), bytes) as Promise<ApiResult<unknown>>;
  },
  saveDownload(fileId: string): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(IPC_SAVE_CHANNEL, String(fileId)) as Promise<ApiResult<unknown>>;
  },
  /** The open dialog for a backup to restore: the file stays where it is, the page gets an id. */
  pickBackup(): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(IPC_PICK_BACKUP_CHANNEL) as Promise<ApiResult<unknown>>;
  },
};

export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('xuefa', api);
