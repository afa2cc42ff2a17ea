import type { Browser } from '@playwright/test';

/**
 * How the end-to-end tests and the bench start Chromium. On Linux they use
 * the system Chromium (Playwright cannot download its own browsers here);
 * CHROMIUM_PATH overrides, and elsewhere Playwright's own browser is used.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? (process.platform === 'linux' ? '/usr/bin/chromium' : undefined);

/**
 * Since Chromium 151 every browser window, headless too, pre-renders
 * Chromium's own address-bar popup (chrome://omnibox-popup.top-chrome, a page
 * of the browser's UI) in a renderer process of its own. While a page of the
 * desk loaded, that renderer took about as much CPU as the page itself, which
 * on two cores put the roster's first row at about 1.8 s instead of 0.9 s.
 * The desktop app has no address bar; Puppeteer turns the same two features
 * off by default.
 *
 * Chromium reads only the last --disable-features it is given, and Playwright
 * gives one of its own, so this list repeats Playwright's (playwright-core
 * 1.65, server/chromium/chromiumSwitches.ts) and adds the popup's two.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const ADDRESS_BAR_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...ADDRESS_BAR_POPUP].join(',')}`,
];

/** The pages of Chromium's own UI open in this browser (none, when the switches above hold). */
export async function browserUiPages(browser: Browser): Promise<string[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
    return targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url);
  } finally {
    await session.detach();
  }
}
