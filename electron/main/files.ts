import fs from 'node:fs';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { DeskError, deskError } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';
import type { StoredFile } from '../../shared/common/schemas';
import type { Desk } from '../core/desk';
import { settle } from '../core/dispatch';
import { SpreadsheetFileError } from '../core/excel/fileErrors';
import { writeAtomically } from '../core/excel/writeAtomically';
import { storeUpload } from '../core/files/inbox';
import { exportFile } from '../core/files/outbox';
import { registerPickedBackup } from '../core/services/backup/sources';

export interface SavedDownload {
  saved: boolean;
  /** Where the admin saved it; null when they cancelled. */
  path: string | null;
}

/** What the desktop app's two file channels do, with the dialog injected so it tests without Electron. */
export interface FileChannels {
  upload(name: string, bytes: Uint8Array): Promise<ApiResult<StoredFile>>;
  saveDownload(fileId: string): Promise<ApiResult<SavedDownload>>;
  /**
   * The open dialog for a backup to restore. The file is not copied or read
   * into the page (a backup may be many gigabytes): the core reads it where it
   * lies, and the page gets an id for backup.inspect / backup.restore
   * ({ kind: 'picked', fileId }); null when the admin cancelled.
   */
  pickBackup(): Promise<ApiResult<{ fileId: string; name: string; size: number } | null>>;
}

export interface FileChannelDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** The open dialog (picking a backup); without one, picking answers as if cancelled. */
  showOpenDialog?(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  /** The folder the save dialog opens in (the user's 下载 folder). */
  downloadsDir: string;
}

export function fileChannels(desk: Desk, deps: FileChannelDeps): FileChannels {
  const dataDir = desk.ctx.paths.dataDir;
  return {
    upload: (name, bytes) => settle('upload', () => storeUpload(dataDir, name, bytes)),
    pickBackup: () =>
      settle('pick', async () => {
        if (!deps.showOpenDialog) return null;
        const choice = await deps.showOpenDialog({
          title: '选择要恢复的备份文件',
          defaultPath: deps.downloadsDir,
          filters: [{ name: '学法考法备份', extensions: ['xfbak', 'sqlite'] }],
          properties: ['openFile'],
        });
        const file = choice.canceled ? undefined : choice.filePaths[0];
        if (!file) return null;
        const stat = await fs.promises.stat(file).catch(() => null);
        if (!stat?.isFile()) throw deskError('BACKUP_NOT_FOUND.notAFile');
        return { ...registerPickedBackup(desk.ctx, file), size: stat.size };
      }),
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
