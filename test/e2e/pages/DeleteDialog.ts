import { expect, type Locator, type Page } from '@playwright/test';

/** The confirmation a list's 删除 opens: what points to the record, then 删除 or 取消. */
export class DeleteDialog {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  /** The titles listed under one kind of referring record, e.g. `12 项履职活动`. */
  list(heading: string): Locator {
    return this.dialog.getByRole('list', { name: heading }).getByRole('listitem');
  }

  /** 删除, and wait until the dialog has closed. */
  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: '删除', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Esc, as a user changing their mind would. */
  async cancel(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
