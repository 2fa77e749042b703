import { expect, type Locator, type Page } from '@playwright/test';
import { ImportGridDialog } from './ImportGridDialog';

/** 粘贴导入委员: the paste area, the column choosers, the checked rows and 导入. */
export class PasteMembersDialog extends ImportGridDialog {
  constructor(page: Page) {
    super(page, '粘贴导入委员');
  }

  /** Opens the dialog with the 粘贴导入 button of the 委员 page. */
  static async open(page: Page): Promise<PasteMembersDialog> {
    await page.getByRole('main').getByRole('button', { name: '粘贴导入' }).click();
    const dialog = new PasteMembersDialog(page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  get area(): Locator {
    return this.root.getByLabel('粘贴区');
  }

  get headerBox(): Locator {
    return this.root.getByRole('checkbox', { name: '第一行是表头' });
  }

  /** 导入 N 位委员. */
  importButton(count: number): Locator {
    return this.importButtonNamed(`导入 ${count} 位委员`);
  }

  /** 导入, and wait until the dialog has closed. */
  async import(count: number): Promise<void> {
    await this.importNamed(`导入 ${count} 位委员`);
  }
}
