import fs from 'node:fs';
import path from 'node:path';
import type { Desk } from '../../electron/core/desk';
import { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web/server';
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
