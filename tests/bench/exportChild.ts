import fs from 'node:fs';
import { openDesk } from '../../electron/core/desk';
import { exportRoster } from '../../electron/core/excel/exportRoster';
import { exceljsStreamWrite } from './excelBaseline';

/**
 * One side of the export's ratio, in a process of its own (so neither side
 * carries the other's memory or warmed-up code), timed and printed as one
 * JSON object:
 * - `exceljs ROWS.json OUT.xlsx`: exceljs alone writing the rows, read from
 *   the JSON file first (not timed);
 * - `desk DATA_DIR OUT.xlsx`: the desk's roster export (opening it not timed).
 */
const [mode, source, out] = [process.argv[2], process.argv[3]!, process.argv[4]!];
if (mode === 'exceljs') {
  const rows = JSON.parse(fs.readFileSync(source, 'utf8')) as string[][];
  const start = performance.now();
  await exceljsStreamWrite(out, rows);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, rows: rows.length })}\n`);
} else {
  const desk = await openDesk({ mode: 'cli', dataDir: source, actor: 'bench' });
  try {
    const start = performance.now();
    const { rows } = await exportRoster(desk.ctx, out);
    process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, rows })}\n`);
  } finally {
    await desk.close();
  }
}
