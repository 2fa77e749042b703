import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** 时间轴 as a user meets it: filters, the year jump, year and month headings, entries. */
export class TimelinePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async openTimeline(): Promise<void> {
    await this.open('时间轴');
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: '时间轴条目' });
  }

  get chronicleOnly(): Locator {
    return this.page.getByRole('checkbox', { name: '只看大事记' });
  }

  get count(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  yearHeading(year: number): Locator {
    return this.list.getByRole('heading', { level: 2, name: `${year}年`, exact: true });
  }

  /** The entries' lines (the buttons that open them), in the order shown. */
  get entries(): Locator {
    return this.list.getByRole('button');
  }

  /** The line of the entry whose text holds `text`. */
  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }

  /** The entries drawn under one month heading (e.g. 2018年9月), in order, as their text. */
  async entriesOfMonth(heading: string): Promise<string[]> {
    return this.list.evaluate((list, wanted) => {
      const out: string[] = [];
      let inside = false;
      for (const item of list.querySelectorAll('[role="listitem"]')) {
        const h = item.querySelector('h2, h3');
        if (h) inside = h.tagName === 'H3' && h.textContent === wanted;
        if (inside) {
          const line = item.querySelector('button');
          if (line) out.push(line.textContent ?? '');
        }
      }
      return out;
    }, heading);
  }

  /** Types a year into 跳至年份 and takes it with Enter, as the keyboard does. */
  async jumpTo(year: number): Promise<void> {
    const select = this.page.getByRole('combobox', { name: '跳至年份' });
    await select.click();
    await select.fill(String(year));
    // The only choice left is the one typed (antd's listbox options are for screen readers).
    await expect(this.page.getByRole('option', { name: `${year}年`, exact: true })).toBeAttached();
    await select.press('Enter');
  }

  /** The details of the entry open in place. */
  details(line: Locator): Locator {
    return line.locator('xpath=following-sibling::div[contains(@class, "timeline-details")]');
  }

  async expectEmpty(text: string): Promise<void> {
    await expect(this.page.getByRole('main').getByText(text)).toBeVisible();
  }
}
