import type { SheetRows } from './sheetRows';

/**
 * The first sheet, in the workbook's tab order, for which `read` finds what
 * it looks for. CheckedWorkbookReader hands the sheets out in tab order,
 * whatever order the zip holds their parts in (LibreOffice writes a part
 * over 100 kB only when the save finishes), so the first find is the
 * answer. `wanted` says, from a tab's name and state, whether it is read at
 * all; a sheet passed over is never opened.
 */
export async function firstInTabOrder<T>(
  sheets: AsyncIterable<SheetRows>,
  wanted: (name: string, state: string | undefined) => boolean,
  read: (ws: SheetRows, name: string) => Promise<T | null>,
): Promise<{ sheet: string; found: T } | null> {
  for await (const ws of sheets) {
    if (!wanted(ws.name, ws.state)) continue;
    const found = await read(ws, ws.name);
    if (found) return { sheet: ws.name, found };
  }
  return null;
}
