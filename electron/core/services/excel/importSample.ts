import type { ImportSheetSample, RosterField } from '../../../../shared/excel/schemas';
import type { ColumnChoices } from '../../db/repositories/importMappings';
import { matchColumns, requiredFields } from '../../excel/rosterColumns';
import type { SheetSample } from '../../excel/sheetSample';

/**
 * Turns a sheet's first rows into what the 选择表头行 panel shows: each row
 * with the field each cell would be read as if that row were the header
 * (the header words plus the admin's remembered choices), and the row that
 * looks most like a header, to start from.
 */
export function sampleOf(fileName: string, sample: SheetSample, choices: ColumnChoices): ImportSheetSample {
  let suggestedRow: number | null = null;
  let best = 0;
  const rows = sample.rows.map(({ row, cells }) => {
    const fields: (RosterField | null)[] = cells.map(() => null);
    const matched = matchColumns(cells, choices);
    for (const m of matched) fields[m.column - 1] = m.field;
    // A title or a data row rarely holds a required column's name; a header row does.
    const score = matched.some((m) => requiredFields.includes(m.field)) ? matched.length : 0;
    if (score > best) {
      best = score;
      suggestedRow = row;
    }
    return { row, cells, fields };
  });
  return { fileName, sheets: sample.sheets, sheet: sample.sheet, rows, moreColumns: sample.moreColumns, suggestedRow };
}
