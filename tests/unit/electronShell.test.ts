import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

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
    sandboxEnabled: false,
    openedExternally: [] as string[],
    errors: [] as string[],
  };
  class BrowserWindow {
    static getAllWindows = () => [];
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
      enableSandbox: () => void (state.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (name: string, h: Handler) => void appHandlers.set(name, h),
      whenReady: () => Promise.resolve(),
      getPath: () => os.tmpdir(),
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    dialog: { showErrorBox: (_t: string, m: string) => void state.errors.push(m) },
    ipcMain: { handle: (channel: string, h: Handler) => void ipcHandlers.set(channel, h) },
    net: { fetch: async (url: string) => new Response(`file:${url}`) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void state.privileged.push(...s),
      handle: (_scheme: string, h: Handler) => void (state.protocolHandler = h),
    },
    session: { defaultSession: { setPermissionRequestHandler: (h: Handler) => void (state.permissionHandler = h) } },
    shell: { openExternal: async (url: string) => void state.openedExternally.push(url) },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-shell-'));
const { state } = fake;

beforeAll(async () => {
  process.env.XUEFA_DATA_DIR = dataDir;
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(state.windows[0]?.url).toBeDefined());
});
afterAll(async () => {
  delete process.env.XUEFA_DATA_DIR;
  const quit = state.appHandlers.get('will-quit');
  quit?.({ preventDefault: () => {} });
  await new Promise((r) => setTimeout(r, 50));
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

  it('denies every new window, handing web links to the system browser', () => {
    const c = fakeContents();
    expect(c.open('https://hn.12348.gov.cn/')).toEqual({ action: 'deny' });
    expect(c.open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(c.open('app://desk/index.html')).toEqual({ action: 'deny' });
    expect(state.openedExternally).toEqual(['https://hn.12348.gov.cn/']);
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
