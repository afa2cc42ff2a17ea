import knexFactory, { type Knex } from 'knex';

/**
 * The page size a new desk's database is created with. A county's roster is
 * 100,000 people with an audit row each: 16 kB pages hold four times the
 * rows of SQLite's default 4 kB, so a bulk import splits, writes and
 * checksums a quarter as many pages (about a fifth less of SQLite's time for
 * 100,000 new people, measured), and every index is a level shallower.
 */
const PAGE_SIZE = 16_384;

/**
 * A knex instance on one SQLite file with the desk's pragmas on every pooled
 * connection: WAL, synchronous=FULL, foreign keys enforced.
 */
export function connect(file: string, opts: { immediate?: boolean } = {}): Knex {
  const db = knexFactory({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    // knex's own warnings go to stderr: the CLI's stdout holds exactly one JSON value with --json.
    log: {
      warn: (m: unknown) => console.error('[xuefa] knex:', m),
      error: (m: unknown) => console.error('[xuefa] knex:', m),
      deprecate: (m: unknown) => console.error('[xuefa] knex:', m),
      debug: (m: unknown) => console.error('[xuefa] knex:', m),
    },
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) {
        const pragmas = [
          // Takes effect only when the file is new (before WAL is switched on); an existing desk keeps its own.
          `PRAGMA page_size = ${PAGE_SIZE}`,
          `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
          'PRAGMA foreign_keys = ON',
          'PRAGMA journal_mode = WAL',
          'PRAGMA synchronous = FULL',
        ];
        const next = (i: number): void => {
          if (i === pragmas.length) return done(null, conn);
          conn.run(pragmas[i]!, (err) => (err ? done(err, conn) : next(i + 1)));
        };
        next(0);
      },
    },
  });
  if (opts.immediate !== false) beginImmediate(db);
  return db;
}

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

interface KnexTransaction {
  begin(conn: unknown): Promise<unknown>;
  query(conn: unknown, sql: string): Promise<unknown>;
}

/**
 * The desk's transactions are its writes (a few also read a consistent
 * picture, which costs nothing in one process), so each takes SQLite's write lock when it begins (`BEGIN IMMEDIATE`), waiting
 * the busy timeout for another connection's. knex's sqlite3 client always
 * says `BEGIN` (deferred): such a transaction reads, then finds at its first
 * write that another process wrote meanwhile, and SQLite answers SQLITE_BUSY
 * at once, without waiting, because waiting could deadlock. Nested
 * transactions are savepoints and are left as they are. A reader opened
 * beside the desk's holder (`immediate: false`) keeps deferred transactions,
 * so its consistent reads never hold up the holder's writes.
 */
function beginImmediate(db: Knex): void {
  const client = db.client as { transaction: (...args: unknown[]) => KnexTransaction };
  const make = client.transaction.bind(client);
  client.transaction = (...args: unknown[]) => {
    const trx = make(...args);
    trx.begin = (conn) => trx.query(conn, 'BEGIN IMMEDIATE;');
    return trx;
  };
}

interface SqliteConnection {
  run(sql: string, cb: (err: Error | null) => void): void;
}
