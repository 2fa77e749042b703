import { expect, type Locator, type Page } from '@playwright/test';

/** 统计 as a user meets it: the filters, each chart's card and the table of its numbers. */
export class StatsPage {
  constructor(readonly page: Page) {}

  /** The card of the chart titled `title`. */
  card(title: string): Locator {
    return this.page
      .locator('.ant-card')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** The table of numbers beside the chart titled `title`. */
  table(title: string): Locator {
    return this.page.getByRole('region', { name: `${title}（数字）` });
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByRole('combobox', { name: '年份' }).click();
    await this.page.locator(`.ant-select-item-option[title="${year}年"]`).click();
  }

  async chooseCampaign(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '专项' }).click();
    await this.page.locator(`.ant-select-item-option[title="${name}"]`).click();
  }

  /** The chart titled `title` as drawn on the page (its canvas). */
  chart(title: string): Locator {
    return this.card(title).locator('.stat-chart-canvas canvas');
  }

  /** A chart's table once drawn: header → cell text, row by row. */
  async rowsOf(title: string): Promise<Record<string, string>[]> {
    const region = this.table(title);
    await expect(region.locator('tbody tr.ant-table-row').first()).toBeVisible();
    const headers = await region.getByRole('columnheader').allInnerTexts();
    const cells = await region
      .locator('tbody tr.ant-table-row')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())),
      );
    return cells.map((row) => Object.fromEntries(headers.map((h, i) => [h.trim(), row[i] ?? ''])));
  }
}
