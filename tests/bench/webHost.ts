import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface RunningHost {
  /** The address browser mode printed: it opens the desk once. */
  url: string;
  /** Another address that opens the desk once, for the next fresh browser context. */
  freshAddress(): Promise<string>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILT_WEB_HOST = path.join(ROOT, 'out/main/web.js');
const URL_LINE = /请在浏览器中打开：(\S+)/;

/** Builds the app into out/ (`electron-vite build`), its output on stderr so stdout stays the bench's own. */
export function buildApp(): void {
  const bin = path.join(ROOT, 'node_modules/.bin/electron-vite');
  const r = spawnSync(bin, ['build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new Error(`electron-vite build failed (${r.status ?? r.signal})`);
}

/**
 * The built browser-mode host (`node out/main/web.js`) on a free port and the
 * given data folder, as an admin starts it; resolves once it prints its address.
 */
export async function startBuiltWebHost(dataDir: string, timeoutMs = 30_000): Promise<RunningHost> {
  if (!fs.existsSync(BUILT_WEB_HOST)) throw new Error(`${path.relative(ROOT, BUILT_WEB_HOST)} is missing: run npx electron-vite build first`);
  // The session secret is fixed so the bench can ask for a fresh one-time address per browser context.
  const token = crypto.randomBytes(24).toString('base64url');
  const child = spawn(process.execPath, [BUILT_WEB_HOST, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, XUEFA_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Should the bench itself fail or be interrupted, the host does not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => process.off('exit', killOnExit));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host printed no address within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = URL_LINE.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited (${code}) before printing its address:\n${output}`));
    });
  }).catch(async (e: unknown) => {
    child.kill('SIGTERM');
    await exited;
    throw e;
  });
  return {
    url,
    async freshAddress() {
      const res = await fetch(new URL('/session/address', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-xuefa-token': token }, body: '{}' });
      const body = (await res.json()) as { ok: boolean; value?: { url: string } };
      if (!body.ok) throw new Error(`the host gave no fresh address (HTTP ${res.status})`);
      return body.value!.url;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
