import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A dialog that imports rows through the shared grid (粘贴导入委员, 从 Excel/CSV 导入…): the
 * summary, the rows that cannot be imported, the column choosers, the checked rows and its 导入
 * button.
 */
export class ImportGridDialog {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    dialogName: string,
  ) {
    this.root = page.getByRole('dialog', { name: dialogName });
  }

  /** 共 N 行：可导入 … */
  get summary(): Locator {
    return this.root.getByRole('status');
  }

  /** The list of rows that cannot be imported, above the grid. */
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

  /** The grid row of a line of the source (a pasted line, or a sheet's row number). */
  row(line: number): Locator {
    return this.root
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox', { name: `导入第${line}行` }) });
  }

  rowCheckbox(line: number): Locator {
    return this.root.getByRole('checkbox', { name: `导入第${line}行` });
  }

  /** Chooses the field of a column (不导入 to leave it out). */
  async mapColumn(n: number, label: string): Promise<void> {
    await this.column(n).selectOption({ label });
  }

  /** The 导入 button by its whole label, e.g. 导入 3 位委员. */
  protected importButtonNamed(label: string): Locator {
    return this.root.getByRole('button', { name: label });
  }

  /** Clicks the 导入 button labelled `label`, and waits until the dialog has closed. */
  protected async importNamed(label: string): Promise<void> {
    await this.importButtonNamed(label).click();
    await expect(this.root).toBeHidden();
  }
}
