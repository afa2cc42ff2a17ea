import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { openDesk } from '../../electron/core/desk';

/**
 * The real electron/main/index.ts, against a mocked `electron`, started on a
 * data folder browser mode already holds: it opens no window and says who
 * holds the folder, then exits with status 3.
 */
const fake = vi.hoisted(() => {
  const state = { errors: [] as { title: string; message: string }[], exitCode: null as number | null, windows: 0 };
  const noop = () => {};
  const electron = {
    app: {
      enableSandbox: noop,
      requestSingleInstanceLock: () => true,
      on: noop,
      whenReady: () => Promise.resolve(),
      getPath: () => os.tmpdir(),
      quit: noop,
      exit: (code: number) => void (state.exitCode = code),
    },
    BrowserWindow: class {
      static getAllWindows = () => [];
      static getFocusedWindow = () => null;
      constructor() {
        state.windows++;
      }
    },
    dialog: { showErrorBox: (title: string, message: string) => void state.errors.push({ title, message }) },
    ipcMain: { handle: noop },
    net: { fetch: async () => new Response('') },
    protocol: { registerSchemesAsPrivileged: noop, handle: noop },
    session: { defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop } },
    shell: { openExternal: async () => {} },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xuefa-held-'));
afterAll(() => {
  delete process.env.XUEFA_DATA_DIR;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('refuses a data folder another program holds, naming it, and opens no window', async () => {
  const holder = await openDesk({ mode: 'browser', dataDir });
  try {
    process.env.XUEFA_DATA_DIR = dataDir;
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.state.exitCode).not.toBeNull(), { timeout: 10_000 });
    expect(fake.state.exitCode).toBe(3);
    expect(fake.state.windows).toBe(0);
    expect(fake.state.errors).toHaveLength(1);
    expect(fake.state.errors[0]!.title).toBe('数据文件夹正被另一个程序使用');
    expect(fake.state.errors[0]!.message).toMatch(new RegExp(`程序：浏览器模式，进程号：${process.pid}，自 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 起`));
  } finally {
    await holder.close();
  }
});
