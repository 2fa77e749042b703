import { expect, type Locator, type Page } from '@playwright/test';
import { RecordList } from './RecordList';

/** 捐赠: the list with its filters and the totals bar above it. */
export class DonationListPage extends RecordList {
  constructor(page: Page) {
    super(page);
  }

  /** 合计: per currency as given and in CNY, with the rates used. */
  get totals(): Locator {
    return this.page.getByRole('main').getByRole('group', { name: '合计' });
  }

  /** Types into the filter `label` and takes the option `option` it offers (the list is long). */
  async chooseTyped(label: string, option: string): Promise<void> {
    await this.filter(label).fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
    // Taken: the filter shows it as its value.
    await expect(
      this.page.getByRole('group', { name: '筛选' }).getByTitle(option, { exact: true }),
    ).toBeVisible();
  }
}
