import fs from 'node:fs';
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { DeskError } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';
import type { StoredFile } from '../../shared/schemas';
import type { Desk } from '../core/desk';
import { settle } from '../core/dispatch';
import { storeUpload } from '../core/files/inbox';
import { exportFile } from '../core/files/outbox';

export interface SavedDownload {
  saved: boolean;
  /** Where the admin saved it; null when they cancelled. */
  path: string | null;
}

/** What the desktop app's two file channels do, with the dialog injected so it tests without Electron. */
export interface FileChannels {
  upload(name: string, bytes: Uint8Array): Promise<ApiResult<StoredFile>>;
  saveDownload(fileId: string): Promise<ApiResult<SavedDownload>>;
}

export interface FileChannelDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** The folder the save dialog opens in (the user's 下载 folder). */
  downloadsDir: string;
}

export function fileChannels(desk: Desk, deps: FileChannelDeps): FileChannels {
  const dataDir = desk.ctx.paths.dataDir;
  return {
    upload: (name, bytes) => settle('upload', () => storeUpload(dataDir, name, bytes)),
    saveDownload: (fileId) =>
      settle('save', async () => {
        const entry = await exportFile(dataDir, fileId);
        const choice = await deps.showSaveDialog({
          title: '保存文件',
          defaultPath: path.join(deps.downloadsDir, entry.name),
          filters: entry.name.endsWith('.xfbak') ? [{ name: '学法考法备份', extensions: ['xfbak'] }] : [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        });
        if (choice.canceled || !choice.filePath) return { saved: false, path: null };
        try {
          await fs.promises.copyFile(entry.path, choice.filePath);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'ENOSPC' || code === 'ENOENT') {
            throw new DeskError('FILE_NOT_SAVED', `${path.basename(choice.filePath)} 没有保存：文件可能正在 Excel 或 WPS 中打开、没有写入权限或磁盘已满。请关闭该文件或换一个位置后重试。`);
          }
          throw e;
        }
        return { saved: true, path: choice.filePath };
      }),
  };
}
