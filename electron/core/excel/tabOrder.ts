import { skipSheet } from './skipSheet';

/** What the streaming reader knows of the workbook once xl/workbook.xml is read: its tabs, in order. */
interface ReaderWithTabs extends AsyncIterable<unknown> {
  model?: { sheets?: { name?: string; state?: string }[] };
}

interface SheetReader {
  name: string;
  state?: string;
}

/**
 * The first tab, in the workbook's tab order, for which `read` finds what it
 * looks for. The streaming reader hands out sheets in the order of the zip's
 * entries, which need not be the tabs' order: LibreOffice writes a part over
 * 100 kB only when the save finishes (package/source/zipapi/ZipOutputStream.cxx,
 * finish(): the last one scheduled first), and exceljs reads a sheet met after
 * the shared strings at once while it keeps earlier ones for later. So a sheet
 * found out of turn is held until every tab before it is ruled out.
 * `wanted` says, from a tab's name and state, whether it is to be read at all.
 * `read` is told whether the sheet is met in turn (every wanted tab before it
 * already ruled out), so that what it finds is sure to be the answer.
 */
export async function firstInTabOrder<T>(
  reader: ReaderWithTabs,
  wanted: (name: string, state: string | undefined) => boolean,
  read: (ws: unknown, name: string, inTurn: boolean) => Promise<T | null>,
): Promise<{ sheet: string; found: T } | null> {
  const found = new Map<number, { sheet: string; found: T }>();
  const done = new Set<number>();
  let tabs: { name: string; state?: string }[] = [];
  // The lowest tab with a find, once every wanted tab before it has been read.
  const settled = () => {
    if (found.size === 0) return null;
    const first = Math.min(...found.keys());
    for (let i = 0; i < first; i++) if (!done.has(i) && wanted(tabs[i]!.name, tabs[i]!.state)) return null;
    return found.get(first)!;
  };
  for await (const item of reader) {
    if (tabs.length === 0) tabs = (reader.model?.sheets ?? []).map((s) => ({ name: String(s.name ?? ''), ...(s.state === undefined ? {} : { state: s.state }) }));
    const ws = item as SheetReader;
    if (!wanted(ws.name, ws.state)) {
      skipSheet(ws);
      continue;
    }
    const tab = tabs.findIndex((t) => t.name === ws.name);
    const inTurn = found.size === 0 && tabs.every((t, i) => i >= tab || done.has(i) || !wanted(t.name, t.state));
    const result = await read(ws, ws.name, inTurn);
    // A sheet the workbook does not list: take it as met, as before.
    if (tab < 0) {
      if (result) return { sheet: ws.name, found: result };
      continue;
    }
    done.add(tab);
    if (result) found.set(tab, { sheet: ws.name, found: result });
    const first = settled();
    if (first) return first;
  }
  return found.size ? found.get(Math.min(...found.keys()))! : null;
}
