import fs from 'node:fs';
import ExcelJS from 'exceljs';

/** What `fill` gets: the streaming workbook, and a check to call between pages. */
export interface WorkbookStream {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  /** Throws the file's write error (a full disk…) if there was one, so a long loop stops at once. */
  check(): void;
}

/**
 * Writes a workbook with exceljs's streaming writer into `file`, and settles
 * when the file is complete and closed, or when writing it fails.
 *
 * exceljs never passes on an error of the file it writes to: once the file
 * stream fails (ENOSPC on a full disk) the zip stream stops moving, a
 * worksheet's commit waits for its "zipped" event forever, and the export
 * never answers. Here the file stream is the desk's own, its error is
 * awaited beside every step, and on failure the zip is abandoned and the
 * file closed before the error is thrown (the caller removes the file).
 */
export async function writeWorkbookStream(file: string, fill: (out: WorkbookStream) => Promise<void>, options: { useStyles?: boolean } = {}): Promise<void> {
  const stream = fs.createWriteStream(file);
  let error: unknown = null;
  const failed = new Promise<never>((_, reject) => {
    stream.once('error', (e) => {
      error = e;
      reject(e);
    });
  });
  // Seen by the race below; never an unhandled rejection on its own.
  failed.catch(() => undefined);
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: options.useStyles ?? true, useSharedStrings: false });
  const check = () => {
    if (error !== null) throw error;
  };
  try {
    await Promise.race([
      (async () => {
        await fill({ wb, check });
        check();
        await wb.commit();
      })(),
      failed,
    ]);
  } catch (e) {
    abandon(wb, stream);
    await closed;
    throw error ?? e;
  }
  await closed;
}

/** Stops the zip and closes the file after a failure; neither may throw over the error being reported. */
function abandon(wb: ExcelJS.stream.xlsx.WorkbookWriter, stream: fs.WriteStream): void {
  const zip = (wb as unknown as { zip?: { unpipe(): void; abort(): void } }).zip;
  try {
    zip?.unpipe();
    zip?.abort();
  } catch {
    // Already ended.
  }
  stream.destroy();
}
