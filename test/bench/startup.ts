import type { Page } from 'playwright-core';
import { SHELL_ENTRY_URL, SHELL_ORIGIN } from '../../electron/shell/shellOrigin';

/** The floor: an empty page of the same origin, which only marks itself ready. */
export const EMPTY_URL = `${SHELL_ORIGIN}/bench.html?empty`;

/**
 * The app's first screen is there with its data: the sidebar is laid out, and 总览 shows the
 * counts read from the database (or says there are no records), not a spinner. Returns the time
 * in the page, from navigation start. Runs in the page, so it must not close over anything.
 */
function firstScreenIsDrawn(): number | false {
  const nav = document.querySelector('nav[aria-label="主导航"]');
  const content = document.querySelector('main');
  if (!nav || nav.getClientRects().length === 0 || !content) return false;
  if (!content.querySelector('h1, h2, h3, h4')) return false;
  if (!content.querySelector('[aria-label="记录数"], .empty-note')) return false;
  if (content.querySelector('.ant-spin-spinning, .ant-skeleton-active')) return false;
  return performance.now();
}

function emptyPageIsReady(): number | false {
  return document.body?.dataset.ready === 'empty' && performance.now();
}

interface Opened {
  /** from the request, as the user sees it (ms) */
  ms: number;
  /** in the page, from its navigation start: without the shell's costs (ms) */
  inPageMs: number;
}

/**
 * Opens a page and waits for it in the same way for the app and for the floor: from the request
 * to the first animation frame in which the page is ready (a frame the browser then paints, and
 * one the main thread was free to run). One check each, so the shell's own costs — navigation,
 * Playwright's polling — weigh the same on both sides of the ratio.
 */
async function timeOpen(page: Page, url: string, ready: () => number | false): Promise<Opened> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, undefined, { polling: 'raf' });
  const ms = performance.now() - started;
  return { ms, inPageMs: (await handle.jsonValue()) as number };
}

export function openApp(page: Page): Promise<Opened> {
  return timeOpen(page, SHELL_ENTRY_URL, firstScreenIsDrawn);
}

/**
 * How soon after the first screen is drawn a user's first click comes: the keystroke-level model
 * (Card, Moran and Newell) gives 1.35 s to take in a screen and 1.1 s to point at a target; one
 * second is well short of the two together. A page opened in the very frame the first screen is
 * drawn is no user's pace: the bench notes that figure beside the budgeted one, for information.
 */
export const FIRST_CLICK_AFTER_MS = 1000;

/** Starts the app, then waits as long as a user would before a first click. */
export async function openAppForAFirstClick(page: Page): Promise<void> {
  await openApp(page);
  await page.waitForTimeout(FIRST_CLICK_AFTER_MS);
}

export interface StartupFigures {
  /** request to first screen, as the user sees it (ms) */
  appMs: number[];
  /** request to the empty page being ready (ms) */
  emptyMs: number[];
  /** the same moments in the page, from its navigation start: without the shell's costs (ms) */
  appInPageMs: number[];
  emptyInPageMs: number[];
}

/** Start-up runs on the current profile, alternating which of the two goes first. */
export async function startupRuns(page: Page, runs: number): Promise<StartupFigures> {
  const figures: StartupFigures = { appMs: [], emptyMs: [], appInPageMs: [], emptyInPageMs: [] };
  await page.goto(EMPTY_URL);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['empty', 'app'] as const) : (['app', 'empty'] as const);
    for (const which of order) {
      const opened =
        which === 'empty' ? await timeOpen(page, EMPTY_URL, emptyPageIsReady) : await openApp(page);
      (which === 'empty' ? figures.emptyMs : figures.appMs).push(opened.ms);
      (which === 'empty' ? figures.emptyInPageMs : figures.appInPageMs).push(opened.inPageMs);
    }
  }
  return figures;
}

/**
 * Long tasks (over 50 ms) on the main thread from navigation start through the app's first three
 * seconds, the search warm-up included: the work after the first screen must not lock the user
 * out. Call it last: it leaves an observer installed in the page. Each is `start+duration` in ms.
 */
export async function longTasksAfterOpening(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const tasks: string[] = [];
    Object.defineProperty(window, '__benchLongTasks', { value: tasks });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        tasks.push(`${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`);
      }
    }).observe({ type: 'longtask' });
  });
  await openApp(page);
  await page.waitForTimeout(3000);
  return page.evaluate(
    () => (window as unknown as { __benchLongTasks: string[] }).__benchLongTasks,
  );
}
