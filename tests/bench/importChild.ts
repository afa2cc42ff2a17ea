import { importRoster } from '../../electron/core/services/excel/importRoster';
import { openTempDesk } from '../helpers/tempDesk';
import { exceljsStreamRead } from './excelBaseline';

/**
 * Run in its own process so its peak memory is the import's alone.
 * `baseline`: exceljs streaming read of the file, timed (its memory is not
 * the desk's, so it runs in a process of its own). Otherwise the desk's dry
 * run, then a real import (plan + apply in one transaction) into an empty
 * desk, as the 导入 screen does them. Prints one JSON object.
 */
const [file, mode] = [process.argv[2]!, process.argv[3]];
const time = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

if (mode === 'baseline') {
  const readMs = await time(() => exceljsStreamRead(file));
  process.stdout.write(`${JSON.stringify({ readMs })}\n`);
  process.exit(0);
}
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
  process.stdout.write(`${JSON.stringify({ rows, created, dryMs, importMs, peakRssMb })}\n`);
} finally {
  await cleanup();
}
