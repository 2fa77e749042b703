import type { Page } from 'playwright-core';
import { leaveForOverview, listFirstRows } from './lists';

/*
 * 捐赠 as a user meets it, with the reference set loaded: how soon the donation list shows its
 * first rows, and how soon a 专项's page shows what its donations add up to in CNY. The functions
 * given to page.evaluate run in the page: no named inner functions (the bench's transpiler would
 * wrap them in a helper the page does not have), and they close over nothing.
 */

/** 捐赠 opened from 总览 `runs` times: ms to its first rows, each run. */
export function donationListFirstRows(page: Page, runs: number): Promise<number[]> {
  return listFirstRows(page, '#/donations', runs);
}

/**
 * From the hash change to the first frame in which the 专项 page's 捐赠合计 card shows the cash
 * in CNY (折合人民币 …), in ms. Runs in the page.
 */
async function openCampaignAndTimeTotals(hash: string): Promise<number> {
  const started = performance.now();
  location.hash = hash;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const cards = [...document.querySelectorAll('main .ant-card')];
    const totals = cards.find(
      (card) => card.querySelector('.ant-card-head-title')?.textContent === '捐赠合计',
    );
    if (totals && /折合人民币\s*[\d.,]+\s*[万亿]?元/.test(totals.textContent ?? '')) {
      return performance.now() - started;
    }
  }
}

/** A 专项's page opened from 总览 `runs` times: ms until its CNY totals show, each run. */
export async function campaignTotalsShown(
  page: Page,
  campaignId: string,
  runs: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await leaveForOverview(page);
    out.push(await page.evaluate(openCampaignAndTimeTotals, `#/campaigns/${campaignId}/view`));
  }
  return out;
}
