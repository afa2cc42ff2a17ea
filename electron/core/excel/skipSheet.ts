/**
 * Passes over a sheet the streaming reader handed out without reading it.
 * A sheet that came before the shared strings in the zip is parked by
 * exceljs in a temporary file and handed out as a stream on that file,
 * opened lazily; once the reader moves on it deletes the file, and the
 * unread stream's late "file not found" would otherwise be an uncaught
 * error that ends the process. Nothing is read, so nothing is lost.
 */
export function skipSheet(ws: unknown): void {
  const source = (ws as { iterator?: { on?: unknown; destroy?: unknown } }).iterator;
  if (source && typeof source.on === 'function') (source as NodeJS.EventEmitter).on('error', () => undefined);
  if (source && typeof source.destroy === 'function') (source as { destroy(): void }).destroy();
}
