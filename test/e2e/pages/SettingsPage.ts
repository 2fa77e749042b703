import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/**
 * Loading or removing the sample data is one transaction over every kind, its search keys and
 * log: seconds on a busy machine, more than the usual wait for a message.
 */
const SAMPLE_WRITE_MS = 60_000;

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

  /** 设置 → 汇率: opens 设置, adds a rate, and waits until the table holds it. */
  async addRate(currency: string, from: string, rate: string): Promise<void> {
    await this.open('设置');
    await this.page.getByLabel('币种').fill(currency);
    await expect(this.page.getByRole('option', { name: new RegExp(currency) })).toBeAttached();
    await this.page.keyboard.press('Enter');
    await this.page.getByLabel('起始日期').fill(from);
    await this.page.getByLabel('汇率', { exact: true }).fill(rate);
    await this.page.getByRole('button', { name: '添加' }).click();
    await expect(this.page.getByRole('table', { name: '汇率表' })).toContainText(rate);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** The 示例数据与索引 card. */
  get sampleCard(): Locator {
    return this.page
      .locator('.ant-card')
      .filter({ has: this.page.getByText('示例数据与索引', { exact: true }) });
  }

  /** What the last action of the sample card said it did (or why it failed), kept in the card. */
  get sampleOutcome(): Locator {
    return this.sampleCard.locator('[role=status], [role=alert]');
  }

  /** 设置 → 载入示例数据; returns how many records the app says it loaded. */
  async loadSampleData(): Promise<number> {
    await this.open('设置');
    await this.sampleCard.getByRole('button', { name: '载入示例数据' }).click();
    return this.countSaid(/^已载入 (\d+) 条示例数据$/);
  }

  /** 设置 → 移除示例数据, confirmed; returns how many records the app says it removed. */
  async removeSampleData(): Promise<number> {
    await this.open('设置');
    await this.sampleCard.getByRole('button', { name: '移除示例数据' }).click();
    // Confirmed by keyboard, as a user may: on a loaded machine a click landing while the
    // confirmation still zooms in was seen to reach no button (the card kept saying 已载入).
    const confirm = this.page
      .getByRole('tooltip')
      .getByRole('button', { name: '移除', exact: true });
    await expect(confirm).toBeVisible();
    await confirm.press('Enter');
    return this.countSaid(/^已移除 (\d+) 条示例数据$/);
  }

  /** Waits for the card to say `said` (a refusal fails with its own words) and reads the count. */
  private async countSaid(said: RegExp): Promise<number> {
    await expect(this.sampleOutcome).toHaveText(said, { timeout: SAMPLE_WRITE_MS });
    return Number(said.exec((await this.sampleOutcome.textContent()) ?? '')?.[1]);
  }
}
