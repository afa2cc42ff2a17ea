import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { devToolsAllowed, isAllowedExternal } from '../../electron/main/security';

/**
 * The real electron/main/index.ts, started against a mocked `electron`:
 * what window it opens, what it lets pages do, and whom its IPC answers.
 */
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const appHandlers = new Map<string, Handler>();
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  const ipcHandlers = new Map<string, Handler>();
  const state = {
    appHandlers,
    windows,
    ipcHandlers,
    privileged: [] as unknown[],
    protocolHandler: null as Handler | null,
    permissionHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    sandboxEnabled: false,
    openedExternally: [] as string[],
    errors: [] as string[],
    saveDialogs: [] as Record<string, unknown>[],
    saveAnswer: { canceled: true, filePath: undefined as string | undefined },
    openDialogs: [] as Record<string, unknown>[],
    openAnswer: { canceled: true, filePaths: [] as string[] },
    quits: 0,
  };
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      windows.push(this.record);
    }
    removeMenu() {}
    once() {}
    show() {}
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  const electron = {
    app: {
      // As installed: the DevTools switch must be ignored.
      isPackaged: true,
      enableSandbox: () => void (state.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (name: string, h: Handler) => void appHandlers.set(name, h),
      whenReady: () => Promise.resolve(),
      getPath: () => os.tmpdir(),
      quit: () => void (state.quits += 1),
      exit: () => {},
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (_t: string, m: string) => void state.errors.push(m),
      showSaveDialog: async (options: Record<string, unknown>) => {
        state.saveDialogs.push(options);
        return state.saveAnswer;
      },
      showOpenDialog: async (options: Record<string, unknown>) => {
        state.openDialogs.push(options);
        return state.openAnswer;
      },
    },
    ipcMain: { handle: (channel: string, h: Handler) => void ipcHandlers.set(channel, h) },
    net: { fetch: async (url: string) => new Response(`file:${url}`) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void state.privileged.push(...s),
      handle: (_scheme: string, h: Handler) => void (state.protocolHandler = h),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => void (state.permissionHandler = h),
        setPermissionCheckHandler: (h: Handler) => void (state.permissionCheckHandler = h),
      },
    },
    shell: { openExternal: async (url: string) => void state.openedExternally.push(url) },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-shell-'));
const { state } = fake;

beforeAll(async () => {
  process.env.XUEFA_DATA_DIR = dataDir;
  // Someone sets the switch on an installed desk.
  process.env.XUEFA_DEVTOOLS = '1';
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(state.windows[0]?.url).toBeDefined());
});
afterAll(async () => {
  delete process.env.XUEFA_DATA_DIR;
  delete process.env.XUEFA_DEVTOOLS;
  const quit = state.appHandlers.get('will-quit');
  quit?.({ preventDefault: () => {} });
  // The shell closes the desk, then quits: wait for that, not for a while.
  await vi.waitFor(() => expect(state.quits).toBe(1));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function fakeContents() {
  const on = new Map<string, (...a: unknown[]) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
    on: (name: string, h: (...a: unknown[]) => void) => void on.set(name, h),
  };
  state.appHandlers.get('web-contents-created')!({}, contents);
  const navigate = (event: string, url: string) => {
    const e = { prevented: false, preventDefault() { this.prevented = true; } };
    on.get(event)!(e, url);
    return e.prevented;
  };
  return { open: (url: string) => openHandler!({ url }), navigate };
}

const call = (frame: { url: string; parent: unknown } | null, method: string, args: unknown) =>
  state.ipcHandlers.get('xuefa:call')!({ senderFrame: frame }, method, args) as Promise<{ ok: boolean; error?: { code: string } }>;
const ownFrame = { url: 'app://desk/index.html#/units', parent: null };

describe('the Electron window', () => {
  it('opens one window with isolation, sandbox and no Node in the page, from the app:// scheme', () => {
    expect(state.windows).toHaveLength(1);
    const prefs = state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(state.windows[0]!.url).toBe('app://desk/index.html');
    expect(state.sandboxEnabled).toBe(true);
    expect(state.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) })]);
  });

  it('ignores the DevTools switch in an installed (packaged) app', () => {
    const prefs = state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(process.env.XUEFA_DEVTOOLS).toBe('1');
    expect(prefs.devTools).toBe(false);
    expect(devToolsAllowed(true, { XUEFA_DEVTOOLS: '1' })).toBe(false);
    expect(devToolsAllowed(false, { XUEFA_DEVTOOLS: '1' })).toBe(true);
    expect(devToolsAllowed(false, {})).toBe(false);
  });

  it('denies every new window and hands no link to the system browser (the UI links to no web page)', () => {
    const c = fakeContents();
    for (const url of [
      'https://hn.12348.gov.cn/',
      'https://attacker.example/',
      'http://127.0.0.1:9/',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'smb://attacker.example/share/x.exe',
      'mailto:a@example.com',
      'app://desk/index.html',
    ]) {
      expect(c.open(url), url).toEqual({ action: 'deny' });
    }
    expect(state.openedExternally).toEqual([]);
  });

  it('would open only https pages of an allowed origin, matched exactly', () => {
    const origins = ['https://xf.example.gov.cn'];
    expect(isAllowedExternal('https://xf.example.gov.cn/exam?id=1', origins)).toBe(true);
    for (const url of [
      'http://xf.example.gov.cn/',
      'https://xf.example.gov.cn.attacker.example/',
      'https://attacker.example/?https://xf.example.gov.cn',
      'https://user:pw@xf.example.gov.cn/',
      'https://xf.example.gov.cn:8443/',
      'file://xf.example.gov.cn/x',
      'not a url',
    ]) {
      expect(isAllowedExternal(url, origins), url).toBe(false);
    }
    expect(isAllowedExternal('https://xf.example.gov.cn/')).toBe(false);
  });

  it('blocks navigation and redirects away from the desk’s own pages, and webviews', () => {
    const c = fakeContents();
    expect(c.navigate('will-navigate', 'https://attacker.example/')).toBe(true);
    expect(c.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(c.navigate('will-navigate', 'app://desk/index.html#/staff')).toBe(false);
    expect(c.navigate('will-attach-webview', 'app://desk/')).toBe(true);
  });

  it('denies permission requests', () => {
    const granted: boolean[] = [];
    state.permissionHandler!({}, 'media', (g: boolean) => granted.push(g));
    state.permissionHandler!({}, 'notifications', (g: boolean) => granted.push(g));
    expect(granted).toEqual([false, false]);
  });

  it('answers every permission check with no, as well', () => {
    expect(state.permissionCheckHandler).not.toBeNull();
    for (const permission of ['clipboard-read', 'clipboard-sanitized-write', 'notifications', 'media', 'geolocation', 'hid', 'serial', 'usb']) {
      expect(state.permissionCheckHandler!(null, permission, 'app://desk', {}), permission).toBe(false);
    }
  });

  it('serves only files inside the built renderer on app://', async () => {
    const ok = (await state.protocolHandler!({ url: 'app://desk/assets/index.js' })) as Response;
    expect(await ok.text()).toMatch(/renderer\/assets\/index\.js$/);
    const escape = (await state.protocolHandler!({ url: 'app://desk/..%2F..%2Fmain%2Findex.js' })) as Response;
    expect(escape.status).toBe(404);
  });
});

describe('IPC', () => {
  it('serves contract calls from the desk’s own top frame', async () => {
    const r = await call(ownFrame, 'units.create', { name: '汨罗市司法局', parentId: null });
    expect(r).toMatchObject({ ok: true, value: { name: '汨罗市司法局' } });
  });

  it('refuses a foreign frame, a sub-frame or a missing frame, and changes nothing', async () => {
    const before = (await call(ownFrame, 'units.list', {})) as unknown as { value: unknown[] };
    for (const frame of [
      { url: 'https://attacker.example/', parent: null },
      { url: 'app://desk/index.html', parent: { url: 'app://desk/index.html' } },
      { url: 'file:///tmp/x.html', parent: null },
      null,
    ]) {
      const r = await call(frame, 'units.create', { name: `外来${Math.random()}`, parentId: null });
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const after = (await call(ownFrame, 'units.list', {})) as unknown as { value: unknown[] };
    expect(after.value).toHaveLength(before.value.length);
  });

  it('parses arguments with the contract before anything runs', async () => {
    expect(await call(ownFrame, 'units.create', { name: 42 })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await call(ownFrame, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});

describe('file channels', () => {
  type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
  const invoke = (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) =>
    state.ipcHandlers.get(channel)!({ senderFrame: frame }, ...args) as Promise<Reply>;
  const inbox = () => (fs.existsSync(path.join(dataDir, 'inbox')) ? fs.readdirSync(path.join(dataDir, 'inbox')) : []);
  const foreignFrames = [
    { url: 'https://attacker.example/', parent: null },
    { url: 'app://desk/index.html', parent: { url: 'app://desk/index.html' } },
    { url: 'file:///tmp/x.html', parent: null },
    null,
  ];

  it('takes an upload from the desk’s own page into the inbox under a random id', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    const r = await invoke('xuefa:upload', ownFrame, '名册.xlsx', bytes);
    expect(r).toMatchObject({ ok: true, value: { name: '名册.xlsx', size: 7, fileId: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    expect(inbox()).toContain(`${String(r.value!.fileId)}.xlsx`);
    expect(await invoke('xuefa:upload', ownFrame, '名册.xlsx', 'not bytes')).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });

  it('refuses uploads and saves from any other frame before anything runs', async () => {
    const before = inbox().length;
    const exported = (await call(ownFrame, 'export.template', {})) as unknown as { value: { fileId: string } };
    for (const frame of foreignFrames) {
      expect(await invoke('xuefa:upload', frame, 'x.xlsx', new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await invoke('xuefa:save-download', frame, exported.value.fileId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(inbox().length).toBe(before);
    expect(state.saveDialogs).toHaveLength(0);
  });

  it('saves an export where the admin chooses in the save dialog, offering its Chinese name', async () => {
    const exported = (await call(ownFrame, 'export.template', {})) as unknown as { value: { fileId: string; name: string } };
    state.saveAnswer = { canceled: true, filePath: undefined };
    expect(await invoke('xuefa:save-download', ownFrame, exported.value.fileId)).toEqual({ ok: true, value: { saved: false, path: null } });
    expect(String(state.saveDialogs[0]!.defaultPath)).toMatch(/学员名册导入模板\.xlsx$/);

    const target = path.join(dataDir, '我的模板.xlsx');
    state.saveAnswer = { canceled: false, filePath: target };
    expect(await invoke('xuefa:save-download', ownFrame, exported.value.fileId)).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');

    const dialogs = state.saveDialogs.length;
    expect(await invoke('xuefa:save-download', ownFrame, '../xuefa.sqlite')).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(await invoke('xuefa:save-download', ownFrame, 42)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(state.saveDialogs).toHaveLength(dialogs);
  });

  it('picks a backup in the open dialog and reads it where it lies: the page gets an id, never a path, and no copy is made', async () => {
    const made = (await call(ownFrame, 'backup.create', {})) as unknown as { value: { fileId: string } };
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-picked-'));
    const backup = path.join(elsewhere, '单位备份.xfbak');
    state.saveAnswer = { canceled: false, filePath: backup };
    expect(await invoke('xuefa:save-download', ownFrame, made.value.fileId)).toMatchObject({ ok: true, value: { saved: true } });
    await call(ownFrame, 'units.create', { name: `备份之后${Math.random()}`, parentId: null });
    const unitsBefore = ((await call(ownFrame, 'units.list', {})) as unknown as { value: unknown[] }).value.length;
    const inboxBefore = inbox();

    state.openAnswer = { canceled: true, filePaths: [] };
    expect(await invoke('xuefa:pick-backup', ownFrame)).toEqual({ ok: true, value: null });
    expect(state.openDialogs[0]).toMatchObject({ filters: [{ extensions: ['xfbak', 'sqlite'] }], properties: ['openFile'] });

    state.openAnswer = { canceled: false, filePaths: [backup] };
    const picked = await invoke('xuefa:pick-backup', ownFrame);
    expect(picked).toMatchObject({ ok: true, value: { name: '单位备份.xfbak', size: fs.statSync(backup).size, fileId: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    expect(JSON.stringify(picked)).not.toContain(elsewhere);
    const source = { kind: 'picked', fileId: picked.value!.fileId };
    expect(await call(ownFrame, 'backup.inspect', { source })).toMatchObject({ ok: true, value: { kind: 'backupFile', name: '单位备份.xfbak' } });
    expect(await call(ownFrame, 'backup.restore', { source })).toMatchObject({ ok: true });
    expect(((await call(ownFrame, 'units.list', {})) as unknown as { value: unknown[] }).value.length).toBe(unitsBefore - 1);
    expect(inbox()).toEqual(inboxBefore); // read in place, not uploaded

    // An id the main process never handed out names nothing; a frame of another page cannot open the dialog.
    expect(await call(ownFrame, 'backup.inspect', { source: { kind: 'picked', fileId: 'f'.repeat(32) } })).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_FOUND' } });
    const dialogs = state.openDialogs.length;
    for (const frame of foreignFrames) expect(await invoke('xuefa:pick-backup', frame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(state.openDialogs).toHaveLength(dialogs);
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });
});
