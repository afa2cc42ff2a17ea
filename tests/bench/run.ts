import { parseArgs } from 'node:util';
import type { StaffPage } from '../../shared/staff/schemas';
import type { Desk } from '../../electron/core/desk';
import { openTempDesk } from '../helpers/tempDesk';
import { ARCHIVE_TARGET_SECONDS, benchArchive } from './archiveBench';
import { benchEligibility, ELIGIBILITY_TARGET_MS } from './eligibilityBench';
import { excelBench } from './excelBench';
import { benchRenderer, RENDERER_TARGET_MS, ROW_LIMIT } from './rendererBench';
import { archiveLine, eligibilityLine, lineTable, ratioLine, rendererLines, rssLine, searchLine, type BenchLine } from './report';
import { searchQueries } from './searchQueries';
import { summarise, type Measure, type MeasureResult } from './stats';
import { buildApp } from './webHost';

/**
 * npm run bench [-- --units N --staff M --json]: every performance target in
 * one table. On a temp desk filled with the demo generator: roster searches
 * through desk.call exactly as a transport calls them, then the Excel export
 * and import against exceljs alone. Then, each on a desk of its own: booking
 * eligibility for 10,000 people, the printed exemption archive for 200, and
 * the app, built afresh, in Chromium on the demo desk. Exits 1 when a target
 * is missed.
 */
const SEARCH_TARGET_MS = 30;
const ROUNDS = 5;
const RSS_TARGET_MB = 500;
const ELIGIBILITY_PEOPLE = 10_000;
const ARCHIVE_PEOPLE = 200;

const { values } = parseArgs({
  options: { units: { type: 'string', default: '3000' }, staff: { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } },
});
const units = Number(values.units);
const staff = Number(values.staff);
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);

async function timeSearches(desk: Desk): Promise<MeasureResult[]> {
  const measures: Measure[] = [];
  for (const group of await searchQueries(desk)) {
    const m: Measure = { name: group.name, samples: [], targetMs: SEARCH_TARGET_MS };
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
  const all: Measure = { name: 'all searches', samples: measures.flatMap((m) => m.samples), targetMs: SEARCH_TARGET_MS };
  return [...measures, all].map(summarise);
}

const { desk, cleanup } = await openTempDesk();
let generateMs: number;
let search: MeasureResult[];
let excel: Awaited<ReturnType<typeof excelBench>>;
try {
  const t0 = performance.now();
  const made = await desk.call('demo.generate', { units, staff });
  if (!made.ok) throw new Error(`demo.generate: ${made.error.message}`);
  generateMs = Math.round(performance.now() - t0);
  log(`演示数据：${units} 个单位、${staff} 名学员，用时 ${generateMs} ms`);
  log('正在测量名册查询……');
  search = await timeSearches(desk);
  log('正在测量 Excel 导出和导入……');
  excel = await excelBench(desk);
} finally {
  await cleanup();
}
log('正在测量报考资格……');
const eligibility = await benchEligibility(ELIGIBILITY_PEOPLE);
log('正在测量免考存档……');
const archive = await benchArchive(ARCHIVE_PEOPLE);
log('正在构建程序并测量浏览器中的学员名册……');
buildApp();
const renderer = await benchRenderer(units, staff);

const lines: BenchLine[] = [
  ...excel.results.filter((r) => r.name.startsWith('import')).map(ratioLine),
  rssLine(excel.peakRssMb, RSS_TARGET_MB),
  ...excel.results.filter((r) => r.name.startsWith('export')).map(ratioLine),
  ...search.map(searchLine),
  eligibilityLine(eligibility, ELIGIBILITY_TARGET_MS),
  archiveLine(archive, ARCHIVE_PEOPLE, ARCHIVE_TARGET_SECONDS),
  ...rendererLines(renderer, staff, RENDERER_TARGET_MS, ROW_LIMIT),
];
const pass = lines.every((l) => l.pass);
if (values.json) process.stdout.write(`${JSON.stringify({ units, staff, generateMs, pass, lines, search, excel, eligibility, archive, renderer })}\n`);
else log(`\n${lineTable(lines)}\n\n${pass ? '全部达标' : `未达标：${lines.filter((l) => !l.pass).length} 项`}（Excel ${excel.rows} 行）`);
process.exitCode = pass ? 0 : 1;
