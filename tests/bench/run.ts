import { parseArgs } from 'node:util';
import type { StaffPage } from '../../shared/schemas';
import { openTempDesk } from '../helpers/tempDesk';
import { excelBench, ratioTable } from './excelBench';
import { searchQueries } from './searchQueries';
import { summarise, table, type Measure } from './stats';

/**
 * npm run bench [-- --units N --staff M --json]: a temp desk filled with the
 * demo generator, then the roster search timed through desk.call exactly as
 * a transport calls it. Exits 1 when a target is missed.
 */
const TARGET_MS = 30;
const ROUNDS = 5;
const RSS_TARGET_MB = 500;

const { values } = parseArgs({
  options: { units: { type: 'string', default: '3000' }, staff: { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } },
});
const units = Number(values.units);
const staff = Number(values.staff);
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);

const { desk, cleanup } = await openTempDesk();
try {
  const t0 = performance.now();
  const made = await desk.call('demo.generate', { units, staff });
  if (!made.ok) throw new Error(`demo.generate: ${made.error.message}`);
  const generateMs = Math.round(performance.now() - t0);
  log(`演示数据：${units} 个单位、${staff} 名学员，用时 ${generateMs} ms`);

  const measures: Measure[] = [];
  for (const group of await searchQueries(desk)) {
    const m: Measure = { name: group.name, samples: [], targetMs: TARGET_MS };
    for (let round = 0; round <= ROUNDS; round++) {
      for (const q of group.queries) {
        const start = performance.now();
        const r = await desk.call('staff.search', { ...q, year: 2024 });
        const ms = performance.now() - start;
        if (!r.ok) throw new Error(`staff.search ${JSON.stringify(q)}: ${r.error.message}`);
        if (round === 0 && (r.value as StaffPage).total === 0) throw new Error(`staff.search ${JSON.stringify(q)} found nobody`);
        if (round > 0) m.samples.push(ms); // round 0 warms the caches
      }
    }
    measures.push(m);
  }
  const all: Measure = { name: 'all searches', samples: measures.flatMap((m) => m.samples), targetMs: TARGET_MS };
  const results = [...measures, all].map(summarise);
  log('正在测量 Excel 导出和导入……');
  const excel = await excelBench(desk);
  const pass = results.every((r) => r.pass) && excel.results.every((r) => r.pass) && excel.peakRssMb <= RSS_TARGET_MB;
  if (values.json) process.stdout.write(`${JSON.stringify({ units, staff, generateMs, results, excel, pass })}\n`);
  else log(`${table(results)}\n\nExcel (${excel.rows} rows)\n${ratioTable(excel.results, excel.peakRssMb, RSS_TARGET_MB)}`);
  process.exitCode = pass ? 0 : 1;
} finally {
  await cleanup();
}
