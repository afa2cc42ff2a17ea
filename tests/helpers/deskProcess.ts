import { spawn, type SpawnOptions } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TOKEN_HEADER } from '../../shared/contract';
import { rawRequest } from './http';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'electron/cli/index.ts');
const WEB = path.join(ROOT, 'electron/web/index.ts');

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `xuefa <args>` in a process of its own, from the sources (as `npx xuefa` runs the built file). */
export function runCliProcess(args: string[], opts: Pick<SpawnOptions, 'uid' | 'gid' | 'env'> = {}): Promise<ProcessRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
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
 * Browser mode (`node out/main/web.js --data-dir <dir>`) in a process of its
 * own. Resolves once it prints its address, or rejects with what it said
 * when it exits first (a refusal).
 */
export function startHostProcess(dataDir: string): Promise<HostProcess> {
  const site = fs.mkdtempSync(path.join(path.dirname(dataDir), 'site-'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>学法考法管理台</title>');
  const token = crypto.randomBytes(16).toString('hex');
  const child = spawn(process.execPath, ['--import', 'tsx', WEB, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XUEFA_RENDERER_DIR: site, XUEFA_TOKEN: token },
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const ended = new Promise<ProcessRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\S*/.exec(stdout);
      if (!m) return;
      const origin = m[1]!;
      resolve({
        pid: child.pid!,
        origin,
        ended,
        call: async (method, args) => {
          const r = await rawRequest(origin, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(args) });
          return r.json();
        },
        stop: () => {
          child.kill('SIGTERM');
          return ended;
        },
        kill: () => {
          child.kill('SIGKILL');
          return ended;
        },
      });
    });
    void ended.then((run) => reject(Object.assign(new Error(`the host ended: ${run.stderr}`), { run })));
  });
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
