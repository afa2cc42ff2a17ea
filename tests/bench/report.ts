import type { RatioResult } from './excelBench';
import type { RendererResult } from './rendererBench';
import type { MeasureResult } from './stats';

/** One line of the bench's table: a figure, its target, and whether it met it. */
export interface BenchLine {
  name: string;
  figure: string;
  target: string;
  pass: boolean;
  detail: string;
}

export function searchLine(r: MeasureResult): BenchLine {
  return { name: `search: ${r.name} (p95)`, figure: `${r.p95.toFixed(1)} ms`, target: `≤ ${r.target} ms`, pass: r.pass, detail: `p50 ${r.p50.toFixed(1)} ms, ${r.count} calls` };
}

export function ratioLine(r: RatioResult): BenchLine {
  const detail = `${r.ms} ms vs exceljs ${r.baselineMs} ms${r.note ? `; ${r.note}` : ''}`;
  return { name: r.name, figure: `${r.ratio.toFixed(2)}×`, target: `≤ ${r.target}×`, pass: r.pass, detail };
}

export function rssLine(peakRssMb: number, targetMb: number): BenchLine {
  return { name: 'import peak RSS', figure: `${peakRssMb} MB`, target: `≤ ${targetMb} MB`, pass: peakRssMb <= targetMb, detail: 'dry run then plan + apply, in a process of its own' };
}

export function eligibilityLine(r: { ms: number; cpuMs: number; people: number; eligible: number }, targetMs: number): BenchLine {
  return {
    name: `booking eligibility, ${r.people.toLocaleString('en-US')} people, one session`,
    figure: `${r.ms} ms`,
    target: `≤ ${targetMs} ms`,
    pass: r.ms <= targetMs,
    detail: `wall, median of 5; CPU ${r.cpuMs} ms; ${r.eligible} eligible`,
  };
}

export function archiveLine(r: { seconds: number; pages: number; bytes: number }, people: number, targetSeconds: number): BenchLine {
  return {
    name: `exemption archive, ${people} people with a scan each`,
    figure: `${r.seconds.toFixed(2)} s`,
    target: `≤ ${targetSeconds} s`,
    pass: r.seconds <= targetSeconds,
    detail: `${r.pages} pages, ${(r.bytes / 1024 / 1024).toFixed(1)} MB`,
  };
}

export function rendererLines(r: RendererResult, staff: number, targetMs: number, rowLimit: number): BenchLine[] {
  return [
    {
      name: `renderer: roster rows shown after page load (${staff.toLocaleString('en-US')} people)`,
      figure: `${r.loadMs} ms`,
      target: `≤ ${targetMs} ms`,
      pass: r.loadMs <= targetMs,
      detail: `median of ${r.loadsMs.length} fresh loads: ${r.loadsMs.join(', ')} ms${r.browserUi.length > 0 ? `; Chromium's own UI pages ran alongside: ${r.browserUi.join(', ')}` : ''}`,
    },
    {
      name: 'renderer: most roster rows in the DOM while scrolling',
      figure: String(r.maxRows),
      target: `≤ ${rowLimit}`,
      pass: r.maxRows <= rowLimit,
      detail: `at depths ${r.rowsAtDepth.map((d) => `${Math.round(d.depth * 100)}%: ${d.rows}`).join(', ')}; then wheeled`,
    },
  ];
}

/** The lines as a plain text table, columns padded (CJK counted as two columns wide). */
export function lineTable(lines: BenchLine[]): string {
  const rows = [['measure', 'figure', 'target', 'result', 'detail'], ...lines.map((l) => [l.name, l.figure, l.target, l.pass ? 'pass' : 'FAIL', l.detail])];
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ')).join('\n');
}
