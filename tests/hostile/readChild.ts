import { createRequire } from 'node:module';
import type zlibTypes from 'node:zlib';
import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { openTempDesk } from '../helpers/tempDesk';

/**
 * Runs one workbook through the desk's import (a dry run into an empty desk)
 * in its own process, so its time and peak memory are the file's alone.
 * Prints one JSON object: how the desk answered, how many bytes it inflated
 * from the zip (the work a hostile file made it do), how far the peak resident
 * memory rose above the desk's own, and how long it took (for the record).
 */
let inflatedBytes = 0;
// The module object the desk's `import zlib from 'node:zlib'` receives: every inflate it makes is counted.
const zlib = createRequire(import.meta.url)('node:zlib') as typeof zlibTypes;
const createInflateRaw = zlib.createInflateRaw.bind(zlib);
Object.defineProperty(zlib, 'createInflateRaw', {
  value: (options?: zlibTypes.ZlibOptions) => {
    const inflate = createInflateRaw(options);
    inflate.on('data', (chunk: Buffer) => void (inflatedBytes += chunk.length));
    return inflate;
  },
});

const file = process.argv[2]!;
const maxRows = process.argv[3] ? Number(process.argv[3]) : undefined;
const { desk, cleanup } = await openTempDesk();
const baseMb = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
let answer: Record<string, unknown>;
try {
  const { report, plan } = await importRoster(desk.ctx, file, { dryRun: true, createUnits: true, maxRows });
  answer = {
    outcome: 'read',
    rows: report.rows,
    created: report.created,
    errorCodes: [...new Set(report.errors.map((e) => e.code))],
    longestMessage: Math.max(0, ...report.errors.map((e) => e.message.length)),
    stoppedAtRow: plan.stoppedAtRow ?? null,
  };
} catch (e) {
  answer = e instanceof SpreadsheetFileError ? { outcome: 'refused', code: e.code, message: e.message } : { outcome: 'crashed', message: String(e).slice(0, 500) };
}
const ms = Math.round(performance.now() - started);
const rssGrowthMb = Math.round(process.resourceUsage().maxRSS / 1024 - baseMb);
await cleanup();
process.stdout.write(`${JSON.stringify({ ...answer, ms, inflatedBytes, rssGrowthMb })}\n`);
