import sqlite3 from 'sqlite3';

/**
 * A database file opened read-only with the plain driver: for looking into a
 * backup or a staged restore without knex, pragmas or migrations touching it.
 */
export interface ReadOnlyDb {
  all<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export function openReadOnly(file: string): Promise<ReadOnlyDb> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      resolve({
        all: <T>(sql: string) => new Promise<T[]>((res, rej) => db.all(sql, (e, rows) => (e ? rej(e) : res(rows as T[])))),
        close: () => new Promise<void>((res) => db.close(() => res())),
      });
    });
  });
}

/** Runs `use` on the file opened read-only, closing it whatever happens. */
export async function withReadOnly<T>(file: string, use: (db: ReadOnlyDb) => Promise<T>): Promise<T> {
  const db = await openReadOnly(file);
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

/** The first column of each row of a pragma's answer, joined: 'ok' when all is well. */
export function verdict(rows: Record<string, unknown>[]): string {
  return rows.map((r) => String(Object.values(r)[0])).join('; ');
}
