import type { CellValue } from 'exceljs';

/**
 * A cell as a person reads it in Excel: rich text joined, a formula's result,
 * a hyperlink's text, a date as YYYY-MM-DD, an error as its code (#N/A).
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result);
  if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * What a cell shows instead of a value: an error such as #N/A or #REF!, typed
 * or a formula's result, or '' for a formula whose result the file does not
 * hold in a form that can be read. Null for any other cell (empty included).
 * Such a cell is never data: a name "#N/A" is a VLOOKUP that found nothing.
 */
export function cellError(value: CellValue | undefined, formulaResultsStale = false): string | null {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return null;
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    // The workbook asks to be recalculated on opening: what it stored is no result to trust.
    if (formulaResultsStale) return '';
    const result = (value as { result?: CellValue }).result;
    if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) return '';
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return String(result.error);
  }
  return null;
}

/** The number a cell holds, when it holds one (directly or as a formula's result). */
export function cellNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return cellNumber((value as { result?: CellValue }).result);
  }
  return null;
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return String(n);
  return String(n);
}

function dateText(d: Date): string {
  // exceljs gives spreadsheet dates as UTC midnight.
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

const EXPONENT_TEXT = /^\s*\d+(\.\d+)?\s*E\s*\+\s*\d+\s*$/i;

/**
 * The Excel trap: an ID number typed into a General cell is stored as a
 * number and keeps only 15 significant digits; shown as 1.10101E+17 its
 * digits are gone. Such a cell is refused, never repaired. Returns the ID
 * text when the cell holds it exactly, or null when precision was lost.
 */
export function idCellText(value: CellValue | undefined): { text: string } | { precisionLost: string } {
  const n = cellNumber(value);
  if (n !== null) {
    const digits = Number.isInteger(n) ? String(n) : '';
    if (!/^\d{1,15}$/.test(digits)) return { precisionLost: Number.isFinite(n) ? n.toExponential(5).toUpperCase() : String(n) };
    return { text: digits };
  }
  const text = cellText(value);
  if (EXPONENT_TEXT.test(text)) return { precisionLost: text.trim() };
  return { text };
}
