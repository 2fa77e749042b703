import type { Page } from 'playwright-core';

/*
 * The lists as a user meets them, in the app page with the reference set loaded: how soon the 委员
 * list shows its first rows, and whether scrolling the 20,000 activities from the first row to
 * the last ever holds a frame. The functions given to page.evaluate run in the page, so they
 * close over nothing.
 */

/**
 * From the hash change to the first animation frame in which the list's first row shows its
 * text (not a place kept for a row not read yet), in ms. Runs in the page. No named inner
 * functions: the bench's transpiler would wrap them in a helper the page does not have.
 */
export async function openListAndTime(hash: string): Promise<number> {
  const started = performance.now();
  location.hash = hash;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // The row, not its first cell: a list with row selection starts with a checkbox cell. A row
    // not read yet is aria-busy and holds only a no-break space.
    const row = document.querySelector('main [role="table"] [role="row"][aria-rowindex="2"]');
    if (row && !row.hasAttribute('aria-busy') && (row.textContent ?? '').trim() !== '') {
      return performance.now() - started;
    }
  }
}

/** Opens 总览 and waits until it is drawn, so that the next list opens from another page. */
export async function leaveForOverview(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#/overview';
  });
  await page.waitForFunction(
    () => document.querySelector('main h1')?.textContent === '总览',
    undefined,
    { polling: 'raf' },
  );
}

/** The list at `hash` opened from 总览 `runs` times: ms to its first rows, each run. */
export async function listFirstRows(page: Page, hash: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await leaveForOverview(page);
    out.push(await page.evaluate(openListAndTime, hash));
  }
  return out;
}

/** 委员 opened from 总览 `runs` times: ms to its first rows, each run. */
export function memberListFirstRows(page: Page, runs: number): Promise<number[]> {
  return listFirstRows(page, '#/members', runs);
}

/**
 * From the hash change to the first frame in which a member's 档案 shows the first row of its
 * 履职记录 (a virtual table, as the lists) with its text, in ms. Runs in the page, as
 * openListAndTime.
 */
async function openDossierAndTime(hash: string): Promise<number> {
  const started = performance.now();
  location.hash = hash;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const row = document.querySelector(
      'main [role="table"][aria-label="履职记录"] [role="row"][aria-rowindex="2"]',
    );
    if (row && !row.hasAttribute('aria-busy') && (row.textContent ?? '').trim() !== '') {
      return performance.now() - started;
    }
  }
}

/** A member's 档案 opened from 总览 `runs` times: ms to its first rows, each run. */
export async function dossierFirstRows(
  page: Page,
  memberId: string,
  runs: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await leaveForOverview(page);
    out.push(await page.evaluate(openDossierAndTime, `#/members/${memberId}/dossier`));
  }
  return out;
}

export interface ScrollRun {
  rows: number;
  /** every frame's length while scrolling, then while the last rows were read (ms) */
  frames: number[];
  /** from the first scroll to the last row shown with its text (ms) */
  ms: number;
}

/**
 * Scrolls the list of the current page from its first row to its last, `step` pixels a frame, as
 * a held scrollbar would, and keeps every frame's length until the last row shows its text.
 * Runs in the page (no named inner functions, as above).
 */
async function scrollToEndTimingFrames(step: number): Promise<ScrollRun> {
  const holder = document.querySelector<HTMLElement>('main .vt');
  const table = document.querySelector('main [role="table"]');
  if (!holder || !table) throw new Error('no virtual list on this page');
  const rows = Number(table.getAttribute('aria-rowcount')) - 1;
  const frames: number[] = [];
  const started = performance.now();
  let last = started;
  for (;;) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    frames.push(now - last);
    last = now;
    if (holder.scrollTop + holder.clientHeight < holder.scrollHeight - 1) {
      holder.scrollTop += step;
      continue;
    }
    const row = table.querySelector(`[role="row"][aria-rowindex="${rows + 1}"]`);
    if (row && !row.hasAttribute('aria-busy') && (row.textContent ?? '').trim() !== '') {
      return { rows, frames, ms: now - started };
    }
  }
}

/** Opens 履职活动, waits for its first rows, and scrolls it end to end. */
export async function scrollActivitiesEndToEnd(page: Page, step: number): Promise<ScrollRun> {
  await leaveForOverview(page);
  await page.evaluate(openListAndTime, '#/activities');
  return page.evaluate(scrollToEndTimingFrames, step);
}
