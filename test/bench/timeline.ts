import type { Page } from 'playwright-core';
import { leaveForOverview, type ScrollRun } from './lists';

/*
 * 时间轴 as a user meets it, with the reference set loaded: how soon it shows its first entries,
 * and whether scrolling all of them (20,000 activities and 20,000 donations, under their year and
 * month headings) from the first to the last ever holds a frame. The functions given to
 * page.evaluate run in the page: no named inner functions (the bench's transpiler would wrap them
 * in a helper the page does not have), and they close over nothing.
 */

/** From the hash change to the first frame in which the timeline's first entry shows its text. */
async function openTimelineAndTime(hash: string): Promise<number> {
  const started = performance.now();
  location.hash = hash;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const line = document.querySelector('main [role="list"] [role="listitem"] button');
    if (line && (line.textContent ?? '').trim() !== '') return performance.now() - started;
  }
}

/** 时间轴 opened from 总览 `runs` times: ms to its first entries, each run. */
export async function timelineFirstRows(page: Page, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await leaveForOverview(page);
    out.push(await page.evaluate(openTimelineAndTime, '#/timeline'));
  }
  return out;
}

/**
 * Scrolls the timeline from its top to its end, `step` pixels a frame, and keeps every frame's
 * length until the end shows no place still being read. `rows` is the entries it holds.
 */
async function scrollTimelineTimingFrames(step: number): Promise<ScrollRun> {
  const holder = document.querySelector<HTMLElement>('main .virtual-list');
  const list = document.querySelector('main [role="list"]');
  if (!holder || !list) throw new Error('no timeline on this page');
  const total = Number(
    /\d+/.exec(document.querySelector('main [role="status"]')?.textContent ?? '')?.[0],
  );
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
    const items = list.querySelectorAll('[role="listitem"]');
    const end = items[items.length - 1];
    if (end && !list.querySelector('[aria-busy="true"]') && end.querySelector('button')) {
      return { rows: total, frames, ms: now - started };
    }
  }
}

/** Opens 时间轴, waits for its first entries, and scrolls it end to end. */
export async function scrollTimelineEndToEnd(page: Page, step: number): Promise<ScrollRun> {
  await leaveForOverview(page);
  await page.evaluate(openTimelineAndTime, '#/timeline');
  // The list spans every year once they are counted (共 N 条); until then only its first entries.
  await page.waitForFunction(
    () => /^共 \d+ 条$/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return page.evaluate(scrollTimelineTimingFrames, step);
}
