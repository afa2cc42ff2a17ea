import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Desk } from '../../electron/core/desk';
import { exportRoster } from '../../electron/core/excel/exportRoster';
import { tempDir } from '../helpers/tempDesk';
import { exceljsStreamWrite } from './excelBaseline';

export interface RatioResult {
  name: string;
  ms: number;
  baselineMs: number;
  ratio: number;
  target: number;
  pass: boolean;
  note?: string;
}

/** Rounds of (exceljs read, import) whose medians are compared. */
const IMPORT_ROUNDS = 5;
/** Rounds of (exceljs write, export) whose medians are compared. */
const EXPORT_ROUNDS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Export and import against exceljs alone on the same rows and file, in one
 * run so the ratios hold on a noisy machine.
 */
export async function excelBench(desk: Desk): Promise<{ results: RatioResult[]; peakRssMb: number; rows: number }> {
  const t = tempDir('xuefa-bench-xlsx-');
  try {
    const file = path.join(t.dir, 'roster.xlsx');
    // The same rows, in memory, for exceljs alone to write.
    const units = new Map(((await desk.call('units.list', { includeArchived: true })) as { ok: true; value: { id: number; path: string }[] }).value.map((u) => [u.id, u.path]));
    const staff = (await desk.ctx.db('staff').orderBy('id').select('name', 'id_number', 'sex', 'birth_date', 'unit_id', 'phone', 'account', 'rank', 'post', 'status', 'notes')) as Record<string, string | number | null>[];
    const plain = staff.map((s) => [s.name, s.id_number, s.sex, s.birth_date, units.get(s.unit_id as number), s.phone, s.account, s.rank, s.post, s.status, s.notes].map((v) => String(v ?? '')));

    // Alternating rounds in this process (exceljs alone first, so the export never warms its writer for it); medians.
    let rows = 0;
    const writeRounds: number[] = [];
    const exportRounds: number[] = [];
    for (let i = 0; i < EXPORT_ROUNDS; i++) {
      let start = performance.now();
      await exceljsStreamWrite(path.join(t.dir, 'baseline.xlsx'), plain);
      writeRounds.push(performance.now() - start);
      start = performance.now();
      rows = (await exportRoster(desk.ctx, file)).rows;
      exportRounds.push(performance.now() - start);
    }
    const exportMs = median(exportRounds);
    const writeMs = median(writeRounds);

    // Alternating rounds, each in fresh processes; medians, so one slow spell of a shared machine does not decide.
    const rounds = Array.from({ length: IMPORT_ROUNDS }, () => ({
      ...runChild<{ readMs: number }>(file, 'baseline'),
      ...runChild<{ rows: number; created: number; dryMs: number; importMs: number; peakRssMb: number }>(file),
    }));
    for (const r of rounds) if (r.created !== rows) throw new Error(`import created ${r.created} of ${rows}`);
    const imp = {
      readMs: median(rounds.map((r) => r.readMs)),
      dryMs: median(rounds.map((r) => r.dryMs)),
      importMs: median(rounds.map((r) => r.importMs)),
      peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)),
    };

    const ratio = (name: string, ms: number, baselineMs: number, target: number, note?: string): RatioResult => ({
      name,
      ms: Math.round(ms),
      baselineMs: Math.round(baselineMs),
      ratio: Math.round((ms / baselineMs) * 100) / 100,
      target,
      pass: ms / baselineMs <= target,
      ...(note ? { note } : {}),
    });
    return {
      rows,
      peakRssMb: imp.peakRssMb,
      results: [
        ratio('export roster vs exceljs stream write', exportMs, writeMs, 1.5, `medians of ${EXPORT_ROUNDS} alternating rounds: ${exportRounds.map(Math.round).join(', ')} vs ${writeRounds.map(Math.round).join(', ')} ms`),
        ratio('import dry run vs exceljs stream read', imp.dryMs, imp.readMs, 2.0, `medians of ${IMPORT_ROUNDS} alternating rounds`),
        ratio('import (plan + apply) vs exceljs stream read', imp.importMs, imp.readMs, 2.0, `into an empty desk, creating the units; medians of ${IMPORT_ROUNDS} rounds`),
      ],
    };
  } finally {
    t.cleanup();
  }
}

/** tests/bench/importChild.ts in a process of its own; its one line of JSON. */
function runChild<T>(file: string, mode?: 'baseline'): T {
  const args = ['--import', 'tsx', path.join(import.meta.dirname, 'importChild.ts'), file, ...(mode ? [mode] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`import bench failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}
