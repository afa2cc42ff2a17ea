import type { Knex } from 'knex';
import type { Executor } from '../../context';

/** SQLite allows 32,766 bound values per statement; stay well below. */
const MAX_VALUES = 30_000;

/**
 * Inserts many rows with hand-built multi-row INSERT statements: the same
 * SQL knex would write, without building a query object per chunk, and in
 * chunks as large as SQLite allows. Every row must have the given columns.
 */
export async function insertRows(db: Executor, table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const perChunk = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const values: unknown[] = [];
    for (const r of chunk) for (const c of columns) values.push(r[c] ?? null);
    await db.raw(head + Array(chunk.length).fill(tuple).join(', '), values as readonly Knex.Value[]);
  }
}
