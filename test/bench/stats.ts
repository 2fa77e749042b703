import type { Page } from 'playwright-core';
import { leaveForOverview } from './lists';

/*
 * 统计 as a user meets it with the reference set loaded: from the click to the frame in which
 * every chart is drawn and every table beside it shows its numbers. Functions given to
 * page.evaluate run in the page and close over nothing.
 */

/** From the hash change to the first frame with all five charts and their tables drawn. */
async function openStatsAndTime(hash: string): Promise<number> {
  const started = performance.now();
  location.hash = hash;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const cards = document.querySelectorAll('main .stat-chart-body');
    if (cards.length < 5) continue;
    const drawn = [...cards].every(
      (card) =>
        card.querySelector('.stat-chart-canvas canvas') &&
        card.querySelector('.stat-chart-table tbody tr.ant-table-row'),
    );
    if (drawn) return performance.now() - started;
  }
}

/** 统计 opened from 总览 `runs` times: ms to its charts drawn, each run. */
export async function statsChartsDrawn(page: Page, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await leaveForOverview(page);
    out.push(await page.evaluate(openStatsAndTime, '#/stats'));
  }
  return out;
}
