import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isDeskError } from '../../shared/errors';
import { openDesk } from '../core/desk';
import { keepNewFilesPrivate } from '../core/files/privateFiles';
import { startWebHost } from './server';

/** The built renderer, beside this file's folder once built (out/main → out/renderer). */
export function builtRendererDir(): string {
  return process.env.XUEFA_RENDERER_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
}

/**
 * Starts browser mode and prints where to open it. Returns when the host is up;
 * Ctrl+C closes the database cleanly.
 */
export async function startBrowserMode(argv: string[] = process.argv.slice(2)): Promise<void> {
  keepNewFilesPrivate();
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      db: { type: 'string' },
    },
    strict: true,
  });
  let desk;
  try {
    desk = await openDesk({ mode: 'browser', dataDir: values['data-dir'], databaseFile: values.db });
  } catch (e) {
    if (isDeskError(e) && (e.code === 'DESK_IN_USE' || e.code === 'DESK_BUSY')) {
      console.error(e.message);
      process.exit(3);
    }
    console.error(isDeskError(e) ? `无法打开数据库：${e.message}` : e);
    process.exit(2);
  }
  const port = Number(values.port ?? process.env.XUEFA_PORT ?? 0);
  const host = await startWebHost({ desk, staticDir: builtRendererDir(), port, token: process.env.XUEFA_TOKEN });
  console.log('学法考法管理台 · 浏览器模式（仅本机可访问）');
  console.log(`数据文件：${desk.ctx.paths.databaseFile}`);
  if (desk.backupBeforeMigrate) console.log(`升级数据库前已备份到：${desk.backupBeforeMigrate}`);
  console.log(`请在浏览器中打开：${host.url}`);
  console.log('这个地址只能打开一次：打开后请一直使用那个浏览器标签页（刷新不受影响）；关闭后要重新打开，请按 Ctrl+C 退出再重新启动。');
  console.log('按 Ctrl+C 退出。');
  const stop = () => {
    void host.close().then(() => desk.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
