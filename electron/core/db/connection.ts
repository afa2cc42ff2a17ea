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
export function connect(file: string): Knex {
  return knexFactory({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) {
        const pragmas = [
          // Takes effect only when the file is new (before WAL is switched on); an existing desk keeps its own.
          `PRAGMA page_size = ${PAGE_SIZE}`,
          'PRAGMA busy_timeout = 5000',
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
}

interface SqliteConnection {
  run(sql: string, cb: (err: Error | null) => void): void;
}
