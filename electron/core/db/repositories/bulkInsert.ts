import type { Executor } from '../../context';

/** Rows per statement: each statement carries its rows as one JSON text. */
const ROWS_PER_STATEMENT = 5000;

export type Plain = string | number | boolean | null;

/** ES2024 string methods (in every Node and Electron the desk runs on; not yet in the compiler's lib). */
interface WellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** The text as SQLite stores it: a lone surrogate becomes U+FFFD, as binding the text would have made it. */
export function storedText(v: string): string {
  return (v as unknown as WellFormed).isWellFormed() ? v : (v as unknown as WellFormed).toWellFormed();
}

function plain(table: string, column: string, v: unknown): Plain {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return storedText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  throw new TypeError(`insertRows: ${table}.${column} is a ${typeof v}, not text, a number or null`);
}

/**
 * Inserts many rows, in statements that each carry up to ROWS_PER_STATEMENT
 * rows as ONE bound JSON array of arrays, unpacked by SQLite itself
 * (`jsonb_each`). Binding 100,000 rows value by value costs the calling
 * thread more than SQLite's whole insert; one text per statement leaves
 * that thread free (SQLite runs on a worker thread of its own). jsonb_each
 * hands each row to the SELECT as binary JSON, so reading its columns does
 * not parse the row's text again for every column (json_each would: about
 * 40 % more SQLite time for the staff table). Rows go in the order given.
 * Values must be text, numbers, booleans or null.
 */
export async function insertRows(db: Executor, table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await insertValueRows(
      db,
      table,
      columns,
      rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => columns.map((c) => plain(table, c, r[c]))),
    );
  }
}

/** insertRows for rows already given as values in `columns` order (text passed through storedText). */
export async function insertValueRows(db: Executor, table: string, columns: string[], rows: Plain[][]): Promise<void> {
  if (rows.length === 0) return;
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT ${columns.map((_, i) => `value ->> ${i}`).join(', ')} FROM jsonb_each(?) ORDER BY key`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await db.raw(sql, [JSON.stringify(rows.length <= ROWS_PER_STATEMENT ? rows : rows.slice(i, i + ROWS_PER_STATEMENT))]);
  }
}
