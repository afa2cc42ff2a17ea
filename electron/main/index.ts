import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { isDeskError } from '../../shared/errors';
import { openDesk, type Desk } from '../core/desk';
import { keepNewFilesPrivate } from '../core/files/privateFiles';
import { APP_FOLDER } from '../core/paths';
import { fileChannels } from './files';
import { registerContract, registerFileChannels } from './ipc';
import { fileUrl, rendererFileFor } from './protocol';
import { APP_SCHEME, APP_START_URL, denyAllPermissionChecks, denyAllPermissions, hardenContents, schemePrivileges, secureWindowOptions } from './security';

/** The thin Electron shell: one window, the contract's IPC handler and two file channels, everything else in core. */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');

keepNewFilesPrivate();
protocol.registerSchemesAsPrivileged([schemePrivileges]);
app.enableSandbox();

let desk: Desk | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('web-contents-created', (_e, contents) => hardenContents(contents, (url) => void shell.openExternal(url)));

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler(denyAllPermissions);
  session.defaultSession.setPermissionCheckHandler(denyAllPermissionChecks);
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFileFor(request.url, rendererDir);
    return file ? net.fetch(fileUrl(file)) : new Response('not found', { status: 404 });
  });

  try {
    desk = await openDesk({ mode: 'electron', debugSwitches: !app.isPackaged, dataDir: process.env.XUEFA_DATA_DIR ?? path.join(app.getPath('appData'), APP_FOLDER) });
  } catch (e) {
    // Another program (browser mode, the command line) holds this data folder: say who, and leave it be.
    const inUse = isDeskError(e) && e.code === 'DESK_IN_USE';
    dialog.showErrorBox(inUse ? '数据文件夹正被另一个程序使用' : '无法打开数据库', isDeskError(e) ? e.message : String(e));
    app.exit(inUse ? 3 : 2);
    return;
  }
  const opened = desk;
  registerContract(ipcMain, (method, args) => opened.call(method, args));
  registerFileChannels(
    ipcMain,
    fileChannels(opened, {
      showSaveDialog: (options) => {
        const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      downloadsDir: app.getPath('downloads'),
    }),
  );

  const win = new BrowserWindow(secureWindowOptions(preloadPath, app.isPackaged));
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_START_URL);
});

app.on('window-all-closed', () => app.quit());

app.on('will-quit', (event) => {
  if (!desk) return;
  event.preventDefault();
  const closing = desk;
  desk = null;
  void closing.close().finally(() => app.quit());
});
