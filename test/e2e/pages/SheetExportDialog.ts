import { expect, type Locator, type Page } from '@playwright/test';

/** 导出 ▾ on a list, and the export dialog it opens (also from 导入导出 → 导出全部（Excel）). */
export class SheetExportDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: /^导出/ });
  }

  /** Opens 导出 ▾ on the list page and picks Excel 台账 or CSV. */
  async openFromList(format: 'Excel 台账' | 'CSV'): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: /导出/ }).click();
    await this.page.getByRole('menuitem', { name: format }).click();
    await expect(this.dialog).toBeVisible();
  }

  checkbox(label: string): Locator {
    return this.dialog.getByRole('checkbox', { name: label });
  }

  /** 导出 in the dialog (the save dialog must be answered first). */
  async start(): Promise<void> {
    await this.dialog.getByRole('button', { name: '导出', exact: true }).click();
  }

  /** The line that says what was written. */
  get result(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: /^已导出/ });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: '完成' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
