import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserMode } from '../web/start';
import { findElectronRuntime } from './electronRuntime';

/**
 * `npm start`: the desktop app where the Electron runtime is installed,
 * otherwise browser mode with one clear line saying why.
 * XUEFA_BROWSER_MODE=1 asks for browser mode even where Electron exists.
 */
const binary = process.env.XUEFA_BROWSER_MODE ? null : findElectronRuntime();
if (binary) {
  const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const child = spawn(binary, [appRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('本机没有 Electron 运行环境（Electron runtime not installed），改用浏览器模式启动。');
  await startBrowserMode(process.argv.slice(2));
}
