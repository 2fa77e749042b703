import { expect, type Locator, type Page } from '@playwright/test';

/** 合并委员: the two members side by side, which one is kept, and whose value each field takes. */
export class MergeMembersDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '合并委员' });
  }

  /** 保留“name”: the member that stays. */
  async keep(name: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: `保留“${name}”` }).check();
  }

  /** The row of the field `label` (姓名, 所在地…). */
  field(label: string): Locator {
    return this.dialog.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: label, exact: true }),
    });
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: '合并', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
