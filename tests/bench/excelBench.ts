import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Desk } from '../../electron/core/desk';
import { tempDir } from '../helpers/tempDesk';
import { median } from './stats';

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
const EXPORT_ROUNDS = 5;


/**
 * Export and import against exceljs alone on the same rows and file, in one
 * run so the ratios hold on a noisy machine.
 */
export async function excelBench(desk: Desk): Promise<{ results: RatioResult[]; peakRssMb: number; rows: number }> {
  const t = tempDir('xuefa-bench-xlsx-');
  try {
    const file = path.join(t.dir, 'roster.xlsx');
    // The same rows for exceljs alone to write, handed to its process as JSON.
    const rowsFile = path.join(t.dir, 'rows.json');
    {
      const units = new Map(((await desk.call('units.list', { includeArchived: true })) as { ok: true; value: { id: number; path: string }[] }).value.map((u) => [u.id, u.path]));
      const staff = (await desk.ctx.db('staff').orderBy('id').select('name', 'id_number', 'sex', 'birth_date', 'unit_id', 'phone', 'account', 'rank', 'post', 'status', 'notes')) as Record<string, string | number | null>[];
      const plain = staff.map((s) => [s.name, s.id_number, s.sex, s.birth_date, units.get(s.unit_id as number), s.phone, s.account, s.rank, s.post, s.status, s.notes].map((v) => String(v ?? '')));
      fs.writeFileSync(rowsFile, JSON.stringify(plain));
    }

    // Alternating rounds, exceljs alone first, each side in a fresh process of its own; medians.
    const deskEnv = { XUEFA_NOW: desk.ctx.clock.now().toISOString() };
    const writeRounds: number[] = [];
    const exportRounds: number[] = [];
    let rows = 0;
    for (let i = 0; i < EXPORT_ROUNDS; i++) {
      writeRounds.push(runScript<{ ms: number }>('exportChild.ts', ['exceljs', rowsFile, path.join(t.dir, 'baseline.xlsx')]).ms);
      const ours = runScript<{ ms: number; rows: number }>('exportChild.ts', ['desk', desk.ctx.paths.dataDir, file], deskEnv);
      exportRounds.push(ours.ms);
      rows = ours.rows;
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
        ratio('export roster vs exceljs stream write', exportMs, writeMs, 1.5, `medians of ${EXPORT_ROUNDS} alternating rounds (each side in a process of its own): ${exportRounds.map(Math.round).join(', ')} vs ${writeRounds.map(Math.round).join(', ')} ms`),
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
  return runScript<T>('importChild.ts', [file, ...(mode ? [mode] : [])]);
}

/** A script of tests/bench in a process of its own; its last line of JSON. */
function runScript<T>(script: string, args: string[], env: Record<string, string> = {}): T {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...env } });
  if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}
