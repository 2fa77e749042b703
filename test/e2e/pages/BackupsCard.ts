import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** 设置 → 备份. */
export class BackupsCard extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get card(): Locator {
    return this.page.locator('.ant-card').filter({
      has: this.page.locator('.ant-card-head-title', { hasText: /^备份$/ }),
    });
  }

  get list(): Locator {
    return this.card.getByRole('table', { name: '备份列表' });
  }

  /** The list's rows of one kind (每日, 手动, 恢复前 …). */
  rowsOfKind(kind: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByText(kind, { exact: true }) });
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: '恢复备份' });
  }

  /** The preview's row of one record type: 记录类型, 备份中, 现在. */
  previewRow(kindLabel: string): Locator {
    return this.restoreDialog.getByRole('row').filter({
      has: this.page.getByRole('cell', { name: kindLabel, exact: true }),
    });
  }

  async openCard(): Promise<void> {
    await this.open('设置');
    await expect(this.card).toBeVisible();
  }

  async backUpNow(): Promise<void> {
    await this.card.getByRole('button', { name: '立即备份' }).click();
    await expect(this.page.getByText(/^已备份（.+）$/)).toBeVisible();
  }

  /** Opens 恢复 on the first backup of `kind` in the list. */
  async startRestore(kind: string): Promise<void> {
    await this.rowsOfKind(kind)
      .first()
      .getByRole('button', { name: /^恢复 / })
      .click();
    await expect(this.restoreDialog).toBeVisible();
  }
}
