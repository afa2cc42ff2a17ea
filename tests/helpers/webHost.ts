import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Desk } from '../../electron/core/desk';
import { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web/server';
import { startChild } from './childProcess';
import { openTempDesk, tempDir } from './tempDesk';

export interface TempHost {
  desk: Desk;
  /** The desk's data folder (inbox/, exports/, the database). */
  dataDir: string;
  host: WebHost;
  /** Stops the host, closes the desk and removes both temp folders. */
  close(): Promise<void>;
}

/**
 * The browser-mode host on a fresh desk in a temp folder, serving a
 * one-page stand-in for the built renderer.
 */
export async function startTempHost(options: Pick<WebHostOptions, 'maxUploadBytes'> = {}): Promise<TempHost> {
  const d = await openTempDesk();
  const site = tempDir('xuefa-site-');
  fs.writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html><title>学法考法管理台</title>');
  const host = await startWebHost({ desk: d.desk, staticDir: site.dir, ...options });
  return {
    desk: d.desk,
    dataDir: d.dir,
    host,
    close: async () => {
      await host.close();
      await d.cleanup();
      site.cleanup();
    },
  };
}

export interface HostProcess {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The address the host printed (one-time code included). */
  url: string;
  /** The session secret (fixed through XUEFA_TOKEN). */
  token: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the host wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Stops the host (SIGTERM) and removes its folders. */
  close(): Promise<void>;
}

/**
 * `node electron/web/index.ts --port 0 --data-dir <fresh folder>` in a child
 * process, as an admin starts browser mode (through tsx, so no build is
 * needed), serving a one-page stand-in for the built renderer. A request
 * that ended the host ends only that process.
 */
export async function startHostProcess(): Promise<HostProcess> {
  const data = tempDir('xuefa-host-');
  const site = tempDir('xuefa-site-');
  fs.writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html><title>学法考法管理台</title>');
  const token = crypto.randomBytes(24).toString('base64url');
  const run = startChild('electron/web/index.ts', ['--port', '0', '--data-dir', data.dir], {
    env: { ...process.env, XUEFA_TOKEN: token, XUEFA_RENDERER_DIR: site.dir },
    guardMs: null,
  });
  const { child } = run;
  const output = () => run.stdout() + run.stderr();
  const exited = run.ended.then((r) => r.code);
  const url = (
    await run.waitFor(/请在浏览器中打开：(\S+)/).catch(async () => {
      throw new Error(`the host exited (${await exited}) before printing its address:\n${output()}`);
    })
  )[1]!;
  return {
    origin: new URL(url).origin,
    url,
    token,
    dataDir: data.dir,
    child,
    output,
    exited,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      data.cleanup();
      site.cleanup();
    },
  };
}
