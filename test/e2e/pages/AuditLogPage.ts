import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** 设置 → 操作记录: the audit log, its filters and its entries. */
export class AuditLogPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Opens it the way a user does: 设置, then 查看操作记录. */
  async openFromSettings(): Promise<void> {
    await this.open('设置');
    await this.page.getByRole('button', { name: '查看操作记录' }).click();
    await expect(this.page.getByRole('heading', { name: '操作记录' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('main').getByRole('table').first();
  }

  /** The entries' rows (not the header, not an opened entry's detail). */
  get entries(): Locator {
    return this.table.locator('tbody > tr.ant-table-row');
  }

  /** 共 N 条 or 筛选出 N 条. */
  get count(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** Chooses a value of the 记录类型 or 操作 filter. */
  async choose(label: string, value: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: value, exact: true }).click();
  }

  /** Types into the 经办人 or 关键词 search and presses Enter. */
  async search(label: string, text: string): Promise<void> {
    const box = this.page.getByRole('searchbox', { name: label });
    await box.fill(text);
    await box.press('Enter');
  }
}
