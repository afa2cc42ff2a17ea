import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/contract';
import { DeskError } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';
import { isTrustedSender } from './security';

type Call = (method: unknown, args: unknown) => Promise<ApiResult<unknown>>;

/**
 * One handler serves every contract method: it drops calls from frames that
 * are not the desk's own page, then hands the call to the core, which parses
 * the arguments with the contract's schema.
 */
export function registerContract(ipcMain: Pick<IpcMain, 'handle'>, call: Call): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      const e = new DeskError('FORBIDDEN');
      return { ok: false, error: { code: e.code, message: e.message } } satisfies ApiResult<never>;
    }
    return call(method, args);
  });
}
