import { importRoster } from '../../electron/core/excel/importRoster';
import { openTempDesk } from '../helpers/tempDesk';
import { exceljsStreamRead } from './excelBaseline';

/**
 * Run in its own process so its peak memory is the import's alone:
 * exceljs streaming read of the file, then the desk's dry run, then a real
 * import (plan + apply in one transaction) into an empty desk.
 * Prints one JSON object.
 */
const file = process.argv[2]!;
const time = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

const readMs = await time(() => exceljsStreamRead(file));
const { desk, cleanup } = await openTempDesk();
try {
  let rows = 0;
  const dryMs = await time(async () => {
    rows = (await importRoster(desk.ctx, file, { dryRun: true, createUnits: true })).report.rows;
  });
  let created = 0;
  const importMs = await time(async () => {
    const { report } = await importRoster(desk.ctx, file, { createUnits: true });
    if (!report.applied) throw new Error(`import did not apply: ${report.errors.length} errors, first: ${JSON.stringify(report.errors.slice(0, 3))}`);
    created = report.created;
  });
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ rows, created, readMs, dryMs, importMs, peakRssMb })}\n`);
} finally {
  await cleanup();
}
