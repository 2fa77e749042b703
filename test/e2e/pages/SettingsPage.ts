import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/**
 * Loading or removing the sample data is one transaction over every kind, its search keys and
 * log: seconds on a busy machine, more than the usual wait for a message.
 */
const SAMPLE_WRITE_MS = 30_000;

export class SettingsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get operatorName(): Locator {
    return this.page.getByLabel('经办人');
  }

  get committeeName(): Locator {
    return this.page.getByLabel('单位名称');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** 设置 → 载入示例数据; returns how many records the app says it loaded. */
  async loadSampleData(): Promise<number> {
    await this.open('设置');
    await this.page.getByRole('button', { name: '载入示例数据' }).click();
    const done = this.page.getByText(/^已载入 \d+ 条示例数据$/);
    await expect(done).toBeVisible({ timeout: SAMPLE_WRITE_MS });
    return Number((await done.textContent())?.match(/\d+/)?.[0]);
  }

  /** 设置 → 移除示例数据, confirmed; returns how many records the app says it removed. */
  async removeSampleData(): Promise<number> {
    await this.open('设置');
    await this.page.getByRole('button', { name: '移除示例数据' }).click();
    await this.page.getByRole('tooltip').getByRole('button', { name: '移除', exact: true }).click();
    const done = this.page.getByText(/^已移除 \d+ 条示例数据$/);
    await expect(done).toBeVisible({ timeout: SAMPLE_WRITE_MS });
    return Number((await done.textContent())?.match(/\d+/)?.[0]);
  }
}
