import { expect, type Locator, type Page } from '@playwright/test';

/** 粘贴导入委员: the paste area, the column choosers, the checked rows and 导入. */
export class PasteMembersDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: '粘贴导入委员' });
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

  /** 共 N 行：可导入 … */
  get summary(): Locator {
    return this.root.getByRole('status');
  }

  get headerBox(): Locator {
    return this.root.getByRole('checkbox', { name: '第一行是表头' });
  }

  /** The list of rows that cannot be added, above the grid. */
  get badRows(): Locator {
    return this.root.getByRole('group', { name: '不能导入的行' });
  }

  /** The field chooser of a column, from 1. */
  column(n: number): Locator {
    return this.root.getByRole('combobox', { name: `第${n}列导入为` });
  }

  /** The field a column is mapped to, as the chooser shows it (不导入 when left out). */
  chosenField(n: number): Locator {
    return this.column(n).locator('option:checked');
  }

  /** The grid row of a pasted line (a heading is line 1). */
  row(line: number): Locator {
    return this.root
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox', { name: `导入第${line}行` }) });
  }

  rowCheckbox(line: number): Locator {
    return this.root.getByRole('checkbox', { name: `导入第${line}行` });
  }

  /** 导入 N 位委员. */
  importButton(count: number): Locator {
    return this.root.getByRole('button', { name: `导入 ${count} 位委员` });
  }

  /** Chooses the field of a column (不导入 to leave it out). */
  async mapColumn(n: number, label: string): Promise<void> {
    await this.column(n).selectOption({ label });
  }

  /** 导入, and wait until the dialog has closed. */
  async import(count: number): Promise<void> {
    await this.importButton(count).click();
    await expect(this.root).toBeHidden();
  }
}
