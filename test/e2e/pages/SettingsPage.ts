import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

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
    await this.page.getByRole('button', { name: '保存' }).click();
  }
}
