import type { BrowserWindowConstructorOptions, Event, WebContents, WebFrameMain } from 'electron';

/**
 * Every Electron security default of the desk in one place, written against
 * small interfaces so the tests run with `electron` mocked.
 */

/** The renderer is served from this custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const schemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
} as const;

/**
 * Whether the window may open DevTools: XUEFA_DEVTOOLS=1 asks for them while
 * developing; an installed (packaged) app ignores the switch, so nobody can
 * turn on a console into the desk's page by setting a variable.
 */
export function devToolsAllowed(packaged: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return !packaged && env.XUEFA_DEVTOOLS === '1';
}

export function secureWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '学法考法管理台',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: devToolsAllowed(packaged),
    },
  };
}

/** True for URLs of the desk's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

type Contents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * Origins whose pages a link in the desk may open in the system browser.
 * None: the UI links to no web page (the desk does not connect to the 如法网
 * platform; its files travel as Excel). Add an https origin here, exactly,
 * only when the UI gains such a link.
 */
export const EXTERNAL_ORIGINS: readonly string[] = [];

/** True when `url` is an https page on one of `origins` (exact origin, no credentials in it). */
export function isAllowedExternal(url: string, origins: readonly string[] = EXTERNAL_ORIGINS): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && origins.includes(u.origin);
  } catch {
    return false;
  }
}

/**
 * Denies every new window, navigation away from the desk's pages, webviews
 * and permission requests. A link to a page on an allowed origin (see
 * EXTERNAL_ORIGINS) is handed to the system browser through `openExternal`
 * (injected, so it tests without Electron); anything else is dropped.
 */
export function hardenContents(contents: Contents, openExternal: (url: string) => void, origins: readonly string[] = EXTERNAL_ORIGINS): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url, origins)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
}

/** Permission requests (camera, notifications, …): the desk needs none. */
export function denyAllPermissions(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/**
 * Permission checks (what a page may find already granted: clipboard reads,
 * notifications, sensors, …): none. The request handler alone leaves these
 * to Chromium's defaults.
 */
export function denyAllPermissionChecks(): boolean {
  return false;
}

/** An IPC call is served only when it comes from the desk's own top frame. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
