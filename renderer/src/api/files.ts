import { TOKEN_HEADER } from '../../../shared/channels';
import type { ApiResult } from '../../../shared/result';
import type { StoredFile } from '../../../shared/common/schemas';
import { ApiCallError, browserSession, OFFLINE, postJson, readReply } from './client';

/**
 * Files beside the contract, by the same two transports as `call()`: in the
 * desktop app the preload's upload/saveDownload; in browser mode
 * `POST /upload` and a `GET /download/<id>?key=…` link, whose key (from
 * `POST /download-link`) opens that one file only, never the desk.
 */

function unwrap<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as T;
}

/**
 * Hands a chosen file to the desk; resolves with its id for import.preview /
 * import.apply, or (kind 'backup', which has its own, far larger cap) for
 * backup.inspect / backup.restore.
 */
export async function uploadFile(file: File, kind: 'worksheet' | 'backup' = 'worksheet'): Promise<StoredFile> {
  if (window.xuefa) {
    return unwrap<StoredFile>(await window.xuefa.upload(file.name, new Uint8Array(await file.arrayBuffer())));
  }
  const token = await sessionToken();
  let res: Response;
  try {
    res = await fetch(`/upload?name=${encodeURIComponent(file.name)}${kind === 'backup' ? '&kind=backup' : ''}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [TOKEN_HEADER]: token },
      body: file,
    });
  } catch {
    throw new ApiCallError(OFFLINE);
  }
  return unwrap<StoredFile>(await readReply(res));
}

async function sessionToken(): Promise<string> {
  try {
    return await browserSession();
  } catch (e) {
    throw e instanceof ApiCallError ? e : new ApiCallError(OFFLINE);
  }
}

/** The address of one export's download (or preview), its key included. */
async function downloadHref(fileId: string, inline: boolean): Promise<string> {
  return unwrap<{ href: string }>(await postJson('/download-link', { fileId, inline }, await sessionToken())).href;
}

/** Whether a backup can be picked where it lies (the desktop app's open dialog) instead of uploaded. */
export function canPickBackup(): boolean {
  return typeof window.xuefa?.pickBackup === 'function';
}

/**
 * Desktop app: the open dialog for a backup; the desk reads the file where it
 * lies, whatever its size. Resolves with the source to inspect and restore,
 * or null when the admin cancelled.
 */
export async function pickBackup(): Promise<{ kind: 'picked'; fileId: string } | null> {
  const picked = unwrap<{ fileId: string } | null>(await window.xuefa!.pickBackup());
  return picked ? { kind: 'picked', fileId: picked.fileId } : null;
}

export interface DownloadOutcome {
  /** False when the admin cancelled the save dialog (desktop app). */
  saved: boolean;
  /** Where it was saved (desktop app); null in the browser, which saves into its own 下载 folder. */
  path: string | null;
}

/** Saves an export: the desktop app asks where; the browser downloads it under `name`. */
export async function downloadFile(fileId: string, name: string): Promise<DownloadOutcome> {
  if (window.xuefa) return unwrap<DownloadOutcome>(await window.xuefa.saveDownload(fileId));
  const link = document.createElement('a');
  link.href = await downloadHref(fileId, false);
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return { saved: true, path: null };
}

/**
 * Opens a PDF or image the desk wrote (the printed archive, a copy of an
 * evidence file) to look at: in browser mode in a new tab; the desktop app,
 * which opens no windows, offers to save it instead.
 */
export async function previewFile(fileId: string, name: string): Promise<DownloadOutcome> {
  if (window.xuefa) return downloadFile(fileId, name);
  window.open(await downloadHref(fileId, true), '_blank', 'noopener');
  return { saved: false, path: null };
}
