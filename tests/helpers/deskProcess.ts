import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TOKEN_HEADER } from '../../shared/contract';
import { runChild, startChild, type ChildOptions, type ChildRun } from './childProcess';
import { rawRequest } from './http';

export type ProcessRun = ChildRun;

/** `xuefa <args>` in a process of its own, from the sources (as `npx xuefa` runs the built file). */
export function runCliProcess(args: string[], opts: Pick<ChildOptions, 'uid' | 'gid' | 'env'> = {}): Promise<ProcessRun> {
  return runChild('electron/cli/index.ts', args, opts);
}

export interface HostProcess {
  pid: number;
  origin: string;
  /** A contract call through the host's HTTP API, as the page makes it. */
  call<T = unknown>(method: string, args: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
  /** Ctrl+C: the host closes the desk and exits. */
  stop(): Promise<ProcessRun>;
  /** SIGKILL: nothing is closed. */
  kill(): Promise<ProcessRun>;
  /** Resolves when the process has ended on its own or been stopped. */
  ended: Promise<ProcessRun>;
}

/**
 * Browser mode (`electron/web/index.ts --data-dir <dir>`) in a process of its
 * own. Resolves once it prints its address, or rejects with what it said
 * when it exits first (a refusal).
 */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const site = fs.mkdtempSync(path.join(path.dirname(dataDir), 'site-'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>学法考法管理台</title>');
  const token = crypto.randomBytes(16).toString('hex');
  const child = startChild('electron/web/index.ts', ['--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, XUEFA_RENDERER_DIR: site, XUEFA_TOKEN: token },
    guardMs: null,
  });
  const origin = (await child.waitFor(/(http:\/\/127\.0\.0\.1:\d+)\S*/, 'stdout').catch((e: Error & { run: ProcessRun }) => {
    throw Object.assign(new Error(`the host ended: ${e.run.stderr}`), { run: e.run });
  }))[1]!;
  return {
    pid: child.pid,
    origin,
    ended: child.ended,
    call: async (method, args) => {
      const r = await rawRequest(origin, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(args) });
      return r.json();
    },
    stop: () => child.kill('SIGTERM'),
    kill: () => child.kill('SIGKILL'),
  };
}

/** The SHA-256 of every file under `dir`, by path: what "left byte-identical" is checked against. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
