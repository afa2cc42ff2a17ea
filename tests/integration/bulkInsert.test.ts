import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { insertRows } from '../../electron/core/db/repositories/bulkInsert';
import { useTempDesk } from '../helpers/deskFixture';

/**
 * Bulk inserts carry their rows to SQLite as one JSON text per statement;
 * what lands in the table must be exactly what binding each value would
 * have stored: the same types, the same text to the last character, in
 * the order given.
 */
let desk: Desk;

useTempDesk(async (open) => {
  ({ desk } = open);
  await desk.ctx.db.raw('CREATE TABLE bulk_probe (n INTEGER, r REAL, t TEXT, maybe TEXT) STRICT');
}, { perFile: true });

describe('insertRows', () => {
  it('stores numbers, text and nulls exactly, whatever characters the text holds', async () => {
    const texts = ['汨罗市司法局', 'a "quoted" \\ back\\slash', 'line\nbreak\ttab', '𠮷野家 😀', '\u0000inner nul', '', '430102199003070012'];
    const rows = texts.map((t, i) => ({ n: 9_007_199_254_740_991 - i, r: i + 0.1, t, maybe: i % 2 ? null : undefined }));
    await insertRows(desk.ctx.db, 'bulk_probe', ['n', 'r', 't', 'maybe'], rows);
    const back = (await desk.ctx.db.raw('SELECT n, typeof(n) AS nt, r, typeof(r) AS rt, t, typeof(t) AS tt, maybe FROM bulk_probe ORDER BY rowid')) as Record<string, unknown>[];
    expect(back).toEqual(rows.map((row) => ({ n: row.n, nt: 'integer', r: row.r, rt: 'real', t: row.t, tt: 'text', maybe: null })));
    await desk.ctx.db.raw('DELETE FROM bulk_probe');
  });

  it('keeps the given order across statements (more rows than one statement carries)', async () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ n: (i * 7919) % 12_345, t: `第${i}行` }));
    await desk.ctx.db.transaction((trx) => insertRows(trx, 'bulk_probe', ['n', 't'], rows));
    const back = (await desk.ctx.db.raw('SELECT n, t FROM bulk_probe ORDER BY rowid')) as { n: number; t: string }[];
    expect(back).toEqual(rows);
    await desk.ctx.db.raw('DELETE FROM bulk_probe');
  });

  it('turns a lone surrogate into U+FFFD, as binding the text would', async () => {
    await insertRows(desk.ctx.db, 'bulk_probe', ['t'], [{ t: 'a\uD800b' }, { t: '\uDC00' }]);
    const back = (await desk.ctx.db.raw('SELECT t FROM bulk_probe ORDER BY rowid')) as { t: string }[];
    expect(back.map((r) => r.t)).toEqual(['a\uFFFDb', '\uFFFD']);
    await desk.ctx.db.raw('DELETE FROM bulk_probe');
  });

  it('refuses a value that is not text, a number or null, and writes nothing', async () => {
    await expect(insertRows(desk.ctx.db, 'bulk_probe', ['t'], [{ t: 'fine' }, { t: Buffer.from('x') }])).rejects.toThrow(/bulk_probe\.t is a object/);
    expect(await desk.ctx.db('bulk_probe').count({ c: '*' })).toEqual([{ c: 0 }]);
  });
});
