import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { openDesk } from '../../electron/core/desk';
import { browserUiPages, chromiumArgs, chromiumExecutable } from '../helpers/chromium';
import { tempDir } from '../helpers/tempDesk';
import { READ_ROSTER_WATCH, ROSTER_WATCH_SCRIPT, type RosterWatch } from './rosterWatch';
import { median } from './stats';
import { startBuiltWebHost } from './webHost';

/**
 * The built app in Chromium (browser mode) on a demo desk: the time from
 * navigation start to the painted first row of 学员名册 with every unit
 * (the median of LOADS fresh loads, each in a new browser context, so
 * nothing is cached), then the rows in the DOM while the list is scrolled
 * to several depths and wheeled through. Needs `npx electron-vite build`.
 */
export const RENDERER_TARGET_MS = 1500;
export const ROW_LIMIT = 200;
const LOADS = 5;
const DEPTHS = [0.1, 0.25, 0.5, 0.75, 1, 0.02];
const WHEEL_STEPS = 30;
const TABLE = '[role="table"][aria-label="学员列表"]';

export interface RendererResult {
  loadMs: number;
  loadsMs: number[];
  maxRows: number;
  /** Rows in the DOM once the rows at each depth had loaded. */
  rowsAtDepth: { depth: number; rows: number }[];
  /** Pages of Chromium's own UI that ran alongside the loads (see tests/helpers/chromium.ts); none expected. */
  browserUi: string[];
}

export async function benchRenderer(units: number, staff: number): Promise<RendererResult> {
  const data = tempDir('xuefa-bench-web-');
  try {
    const desk = await openDesk({ mode: 'cli', dataDir: data.dir, actor: 'bench' });
    try {
      const made = await desk.call('demo.generate', { units, staff });
      if (!made.ok) throw new Error(`demo.generate: ${made.error.message}`);
    } finally {
      await desk.close();
    }
    const host = await startBuiltWebHost(data.dir);
    const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
    try {
      const loadsMs: number[] = [];
      let last: Page | null = null;
      for (let i = 0; i < LOADS; i++) {
        await last?.context().close();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
        await context.addInitScript({ content: ROSTER_WATCH_SCRIPT });
        last = await context.newPage();
        // The printed address opens the desk once; each fresh context gets an address of its own.
        await last.goto(`${i === 0 ? host.url : await host.freshAddress()}#/staff`);
        await waitFor(last, `${READ_ROSTER_WATCH}?.firstRowMs != null`, 60_000);
        const watch = (await last.evaluate(READ_ROSTER_WATCH)) as RosterWatch;
        if (watch.total !== staff) throw new Error(`the roster showed ${watch.total} people, not all ${staff}`);
        loadsMs.push(Math.round(watch.firstRowMs!));
      }
      const browserUi = await browserUiPages(browser);
      const rowsAtDepth = await scrollThrough(last!, staff);
      const { maxRows } = (await last!.evaluate(READ_ROSTER_WATCH)) as RosterWatch;
      return { loadMs: median(loadsMs), loadsMs, maxRows, rowsAtDepth, browserUi };
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    data.cleanup();
  }
}

/** Jumps to each depth and waits for the rows there to load, then wheels down through the list. */
async function scrollThrough(page: Page, total: number): Promise<{ depth: number; rows: number }[]> {
  const out: { depth: number; rows: number }[] = [];
  for (const depth of DEPTHS) {
    await page.evaluate(`(() => { const t = document.querySelector('${TABLE}'); t.scrollTo({ top: t.scrollHeight * ${depth} }); })()`);
    const near = Math.min(total - 1, Math.floor(total * depth));
    // Loaded: no placeholder left, and a row within a screen or two of the depth is in the DOM.
    await waitFor(
      page,
      `(() => {
        const t = document.querySelector('${TABLE}');
        if (t.querySelector('.xd-staff-placeholder')) return false;
        return [...t.querySelectorAll('[role="row"][data-index]')].some((r) => Math.abs(Number(r.dataset.index) - ${near}) < 100);
      })()`,
      30_000,
    );
    out.push({ depth, rows: ((await page.evaluate(READ_ROSTER_WATCH)) as RosterWatch).rowCount });
  }
  const box = await page.locator(TABLE).boundingBox();
  if (!box) throw new Error('the roster table is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < WHEEL_STEPS; i++) {
    await page.mouse.wheel(0, 2400);
    await page.waitForTimeout(16);
  }
  return out;
}

/**
 * Polls an expression from here: the app's CSP forbids string evaluation in
 * the page, which page.waitForFunction would need; page.evaluate is not
 * subject to it. Only readiness is polled: times are taken in the page.
 */
async function waitFor(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchRenderer(3000, 100_000);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
