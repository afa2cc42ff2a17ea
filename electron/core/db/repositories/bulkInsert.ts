import type { Knex } from 'knex';
import type { Executor } from '../../context';

/** SQLite allows 32,766 bound values per statement; stay well below. */
const MAX_VALUES = 30_000;

/** The parts of node-sqlite3's Database and Statement a bulk insert uses. */
interface RawStatement {
  run(values: unknown[], done: (err: Error | null) => void): void;
  finalize(done: (err: Error | null) => void): void;
}
interface RawConnection {
  prepare(sql: string, done: (err: Error | null) => void): RawStatement;
}

/**
 * The transaction's own sqlite3 connection: knex hands every query of a
 * transaction to the one connection it holds, and so may we. Outside a
 * transaction there is no single connection to use (null).
 */
async function transactionConnection(db: Executor): Promise<RawConnection | null> {
  if (!db.isTransaction) return null;
  const client = (db as Knex.Transaction & { client: { acquireConnection(): Promise<RawConnection> } }).client;
  return client.acquireConnection();
}

const promised = (f: (done: (err: Error | null) => void) => void) =>
  new Promise<void>((resolve, reject) => f((err) => (err ? reject(err) : resolve())));

/**
 * Inserts many rows with multi-row INSERT statements, in chunks as large as
 * SQLite allows. Inside a transaction the full-size statement is prepared
 * once and run on the transaction's connection directly, which spares
 * knex's per-value binding work (most of the cost at 100,000 rows).
 * Every row must have the given columns.
 */
export async function insertRows(db: Executor, table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const perChunk = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sqlFor = (n: number) => head + Array(n).fill(tuple).join(', ');
  const conn = await transactionConnection(db);
  let prepared: RawStatement | null = null;
  try {
    for (let i = 0; i < rows.length; i += perChunk) {
      const chunk = rows.slice(i, i + perChunk);
      const values: unknown[] = [];
      for (const r of chunk) for (const c of columns) values.push(r[c] ?? null);
      if (conn && chunk.length === perChunk) {
        if (!prepared) {
          const sql = sqlFor(perChunk);
          prepared = await new Promise<RawStatement>((resolve, reject) => {
            const s = conn.prepare(sql, (err) => (err ? reject(err) : resolve(s)));
          });
        }
        const stmt: RawStatement = prepared;
        await promised((done) => stmt.run(values, done));
      } else {
        await db.raw(sqlFor(chunk.length), values as readonly Knex.Value[]);
      }
    }
  } finally {
    const stmt = prepared;
    if (stmt) await promised((done) => stmt.finalize(done));
  }
}
