import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, IPC_PICK_BACKUP_CHANNEL, IPC_SAVE_CHANNEL, IPC_UPLOAD_CHANNEL } from '../../shared/contract';
import { deskError } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';
import type { FileChannels } from './files';
import { isTrustedSender } from './security';

type Call = (method: unknown, args: unknown) => Promise<ApiResult<unknown>>;
type Handler = (...args: unknown[]) => Promise<ApiResult<unknown>>;

/**
 * Registers a channel that answers only the desk's own top frame; calls
 * from any other frame are refused before anything runs (Electron Fiddle's
 * one-wrapper pattern).
 */
function handleTrusted(ipcMain: Pick<IpcMain, 'handle'>, channel: string, handler: Handler): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) return refused('FORBIDDEN');
    return handler(...args);
  });
}

function refused(key: 'FORBIDDEN' | 'BAD_ARGUMENTS.uploadInvalid' | 'BAD_ARGUMENTS.fileIdInvalid'): ApiResult<never> {
  const e = deskError(key);
  return { ok: false, error: { code: e.code, message: e.message } };
}

/**
 * One handler serves every contract method: it drops calls from frames that
 * are not the desk's own page, then hands the call to the core, which parses
 * the arguments with the contract's schema.
 */
export function registerContract(ipcMain: Pick<IpcMain, 'handle'>, call: Call): void {
  handleTrusted(ipcMain, IPC_CHANNEL, (method, args) => call(method, args));
}

/** The file channels beside the contract: an upload into the inbox, saving an export, picking a backup to restore. */
export function registerFileChannels(ipcMain: Pick<IpcMain, 'handle'>, files: FileChannels): void {
  handleTrusted(ipcMain, IPC_UPLOAD_CHANNEL, async (name, bytes) => {
    if (typeof name !== 'string' || !(bytes instanceof Uint8Array)) return refused('BAD_ARGUMENTS.uploadInvalid');
    return files.upload(name, bytes);
  });
  handleTrusted(ipcMain, IPC_SAVE_CHANNEL, async (fileId) => {
    if (typeof fileId !== 'string') return refused('BAD_ARGUMENTS.fileIdInvalid');
    return files.saveDownload(fileId);
  });
  handleTrusted(ipcMain, IPC_PICK_BACKUP_CHANNEL, () => files.pickBackup());
}
