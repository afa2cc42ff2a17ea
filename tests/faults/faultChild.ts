import path from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/core/desk';
import { openDatabase } from '../../electron/core/db/open';
import { migrations, type Migration } from '../../electron/core/db/migrations';
import { importRoster } from '../../electron/core/services/excel/importRoster';

/**
 * The desk's core in a process of its own, so a test can kill it at a known
 * point. At the point it prints a marker line and then holds still (the
 * event loop blocked, the transaction open) until it is killed:
 *
 *   import <dataDir> <file.xlsx> [pauseAtStaffInsert]   an import, held after the Nth INSERT INTO staff
 *   migrate <dbFile> <pauseAfterMigration>              migrations, held inside the batch after migration N (0-based)
 *
 * Without a pause point it runs to the end and prints DONE.
 */
const [mode, target, a, b] = process.argv.slice(2);

interface TracedConnection {
  on(event: 'trace', listener: (sql: string) => void): void;
}

function holdStill(marker: string): void {
  process.stdout.write(`${marker}\n`);
  // Block this thread: nothing more is sent to SQLite, nothing is committed.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  process.exit(3);
}

if (mode === 'import') {
  const desk = await openDesk({ mode: 'cli', dataDir: target!, clock: fixedClock('2024-09-01T09:00:00+08:00'), actor: 'fault' });
  const pauseAt = b === undefined ? Infinity : Number(b);
  let staffInserts = 0;
  // SQLite's own trace of every statement run on the desk's one connection:
  // bulk inserts go to that connection directly, past knex's query events.
  const client = desk.ctx.db.client as { acquireConnection(): Promise<TracedConnection>; releaseConnection(c: TracedConnection): Promise<void> };
  const conn = await client.acquireConnection();
  conn.on('trace', (sql: string) => {
    if (/^insert into "staff"/i.test(sql) && ++staffInserts === pauseAt) holdStill('MID-IMPORT');
  });
  await client.releaseConnection(conn);
  process.stdout.write('READING\n');
  const { report } = await importRoster(desk.ctx, a!, { createUnits: true });
  await desk.close();
  process.stdout.write(`DONE ${report.created}\n`);
} else if (mode === 'migrate') {
  const pauseAfter = Number(a);
  const list: Migration[] = migrations.map((m, i) =>
    i === pauseAfter
      ? {
          name: m.name,
          up: async (knex) => {
            await m.up(knex);
            holdStill('MID-MIGRATION');
          },
        }
      : m,
  );
  const opened = await openDatabase(target!, path.join(path.dirname(target!), 'backups'), new Date('2024-09-01T09:00:00+08:00'), list);
  await opened.db.destroy();
  process.stdout.write('DONE\n');
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
