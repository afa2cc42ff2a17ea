import ExcelJS from 'exceljs';
import { DeskError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { selectUnits } from '../db/repositories/units';
import { rosterLayout } from './rosterLayout';
import { neutralizeFormula } from './safeText';
import { writeAtomically } from './writeAtomically';

const PAGE = 5000;

interface ExportRow {
  id: number;
  id_number: string;
  name: string;
  sex: string;
  birth_date: string;
  unit_id: number;
  phone: string | null;
  account: string | null;
  rank: string | null;
  post: string | null;
  status: string;
  notes: string | null;
}

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
    if (!root) throw new DeskError('UNIT_NOT_FOUND', `找不到单位“${opts.unitPath}”，请写单位名称或从一级单位起的路径。`);
    unitIds = new Set(units.filter((u) => u.path === root.path || u.path.startsWith(`${root.path}/`)).map((u) => u.id));
  }

  let count = 0;
  await writeAtomically(file, async (temp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    wb.creator = '学法考法管理台';
    const ws = wb.addWorksheet('学员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = rosterLayout.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
    ws.getRow(1).font = { bold: true };
    let after = 0;
    for (;;) {
      const page = (await ctx.db('staff')
        .select('id', 'id_number', 'name', 'sex', 'birth_date', 'unit_id', 'phone', 'account', 'rank', 'post', 'status', 'notes')
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)) as ExportRow[];
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      for (const s of page) {
        if (unitIds && !unitIds.has(s.unit_id)) continue;
        const values: Record<string, string> = {
          name: s.name,
          idNumber: s.id_number,
          sex: s.sex,
          birthDate: s.birth_date,
          unit: paths.get(s.unit_id) ?? '',
          phone: s.phone ?? '',
          account: s.account ?? '',
          rank: s.rank ?? '',
          post: s.post ?? '',
          status: s.status,
          notes: s.notes ?? '',
        };
        ws.addRow(rosterLayout.map((c) => neutralizeFormula(values[c.key] ?? ''))).commit();
        count++;
      }
    }
    ws.commit();
    await wb.commit();
  });
  return { rows: count };
}

function onlyOne<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
