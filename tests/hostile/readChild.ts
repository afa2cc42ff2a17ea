import { SpreadsheetFileError } from '../../electron/core/excel/fileErrors';
import { importRoster } from '../../electron/core/services/excel/importRoster';
import { openTempDesk } from '../helpers/tempDesk';

/**
 * Runs one workbook through the desk's import (a dry run into an empty desk)
 * in its own process, so its time and peak memory are the file's alone.
 * Prints one JSON object: how the desk answered, how long it took, and how
 * far the peak resident memory rose above the desk's own.
 */
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
process.stdout.write(`${JSON.stringify({ ...answer, ms, rssGrowthMb })}\n`);
