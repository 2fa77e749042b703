import { expect, type Locator, type Page } from '@playwright/test';

/** 批量修改…: the dialog that sets one field on every chosen record. */
export class BulkEditDialog {
  constructor(
    readonly page: Page,
    readonly title = '批量修改履职活动',
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.title });
  }

  /** 修改哪一项: the field to set, by its label (活动类型, 所属专项). */
  async chooseField(label: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: label, exact: true }).check();
  }

  /** The new value of the field `label`: typed to narrow its choices, then taken with Enter. */
  async chooseValue(label: string, value: string): Promise<void> {
    const box = this.dialog.getByRole('combobox', { name: label });
    await box.fill(value);
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
    await box.press('Enter');
    await expect(this.dialog.getByTitle(value, { exact: true })).toBeVisible();
  }

  get confirmButton(): Locator {
    return this.dialog.getByRole('button', { name: /^修改 \d+ 条$/ });
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click();
    await expect(this.dialog).toBeHidden();
  }
}
