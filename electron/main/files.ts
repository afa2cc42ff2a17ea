import fs from 'node:fs';
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { DeskError } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';
import type { StoredFile } from '../../shared/schemas';
import type { Desk } from '../core/desk';
import { settle } from '../core/dispatch';
import { SpreadsheetFileError } from '../core/excel/fileErrors';
import { writeAtomically } from '../core/excel/writeAtomically';
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
          filters: [saveFilter(entry.name)],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        });
        if (choice.canceled || !choice.filePath) return { saved: false, path: null };
        try {
          // Through a temporary neighbour: a failed save leaves the admin's old file as it was.
          await writeAtomically(choice.filePath, (temp) => fs.promises.copyFile(entry.path, temp));
        } catch (e) {
          if (e instanceof SpreadsheetFileError) throw new DeskError('FILE_NOT_SAVED', e.message);
          throw e;
        }
        return { saved: true, path: choice.filePath };
      }),
  };
}

/** The save dialog's file type, from the name the desk suggests (roster exports, the printed archive, evidence copies). */
export function saveFilter(name: string): { name: string; extensions: string[] } {
  const ext = path.extname(name).toLowerCase().slice(1);
  if (ext === 'pdf') return { name: 'PDF 文件', extensions: ['pdf'] };
  if (ext === 'xfbak') return { name: '学法考法备份', extensions: ['xfbak'] };
  if (ext === 'png' || ext === 'jpg' || ext === 'jpeg') return { name: '图片', extensions: [ext] };
  return { name: 'Excel 工作簿', extensions: ['xlsx'] };
}
