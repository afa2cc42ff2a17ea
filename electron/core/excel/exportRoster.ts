import { deskError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { selectUnits } from '../db/repositories/units';
import { rosterLayout, type LayoutColumn } from './rosterLayout';
import { neutralizeFormula } from './safeText';
import { writeWorkbookStream } from './workbookStream';
import { writeAtomically } from './writeAtomically';

const PAGE = 5000;

/** A person as one row of the sheet, in rosterLayout's order: text, except the unit's id where the unit goes. */
type SheetRow = (string | number)[];

/** Each column as SQLite gives it for the sheet: text, '' for nothing stored; the unit as its id (its path comes from the units). */
const columnSql: Record<LayoutColumn['key'], string> = {
  name: 'name',
  idNumber: 'id_number',
  sex: 'sex',
  birthDate: 'birth_date',
  unit: 'unit_id',
  phone: "ifnull(phone, '')",
  account: "ifnull(account, '')",
  rank: "ifnull(rank, '')",
  post: "ifnull(post, '')",
  status: 'status',
  notes: "ifnull(notes, '')",
};
const UNIT = rosterLayout.findIndex((c) => c.key === 'unit');

/**
 * Writes the roster (or one unit with its sub-units) in the template's
 * columns: IDs as text cells, a frozen header, sensible widths, formula-like
 * text neutralised. Streams in pages, writes atomically. Returns the row count.
 */
export async function exportRoster(ctx: CoreContext, file: string, opts: { unitPath?: string } = {}): Promise<{ rows: number }> {
  const units = await selectUnits(ctx.db, { includeArchived: true });
  const paths = new Map(units.map((u) => [u.id, u.path]));
  let unitIds: Set<number> | null = null;
  if (opts.unitPath !== undefined) {
    const wanted = opts.unitPath.replace(/[＞>]/g, '/').split('/').map((s) => s.trim()).filter(Boolean).join('/');
    const root = units.find((u) => u.path === wanted) ?? onlyOne(units.filter((u) => u.name === wanted));
    if (!root) throw deskError('UNIT_NOT_FOUND.written', { written: opts.unitPath });
    unitIds = new Set(units.filter((u) => u.path === root.path || u.path.startsWith(`${root.path}/`)).map((u) => u.id));
  }

  let count = 0;
  await writeAtomically(file, (temp) => writeWorkbookStream(temp, async ({ wb, check }) => {
    wb.creator = '学法考法管理台';
    const ws = wb.addWorksheet('学员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = rosterLayout.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
    ws.getRow(1).font = { bold: true };
    for await (const page of staffPages(ctx)) {
      check();
      for (const row of page) {
        const unitId = row[UNIT] as number;
        if (unitIds && !unitIds.has(unitId)) continue;
        row[UNIT] = paths.get(unitId) ?? '';
        ws.addRow(row.map((v) => neutralizeFormula(v as string))).commit();
        count++;
      }
    }
    ws.commit();
  }));
  return { rows: count };
}

/**
 * Everyone, in id order, a page at a time, each page read by SQLite as one
 * JSON text of rows (one string to hand over instead of 5,000 row objects
 * built on the JavaScript thread). The next page is asked for before this
 * one is handed out, so SQLite reads it (on its own thread) while this one
 * is written.
 */
async function* staffPages(ctx: CoreContext): AsyncGenerator<SheetRow[]> {
  const columns = rosterLayout.map((c) => columnSql[c.key]).join(', ');
  const read = (after: number): Promise<{ rows: string | null; last: number | null }> => {
    const page = Promise.resolve(
      ctx.db.raw(
        `SELECT json_group_array(json_array(${columns}) ORDER BY id) AS rows, max(id) AS last
         FROM (SELECT * FROM staff WHERE id > ? ORDER BY id LIMIT ?)`,
        [after, PAGE],
      ) as unknown as Promise<{ rows: string | null; last: number | null }[]>,
    ).then((r) => r[0]!);
    // A page asked for ahead and never awaited (the writing failed) must not fail unseen.
    page.catch(() => undefined);
    return page;
  };
  let next = read(0);
  for (;;) {
    const { rows, last } = await next;
    if (last === null || rows === null) return;
    next = read(last);
    yield JSON.parse(rows) as SheetRow[];
  }
}

function onlyOne<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
