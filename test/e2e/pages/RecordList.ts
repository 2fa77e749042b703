import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { DeleteDialog } from './DeleteDialog';

/** Any list page (委员, 捐赠, 工作室 …): its table, its rows and their 删除. */
export class RecordList extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get table(): Locator {
    return this.page.getByRole('main').getByRole('table');
  }

  /** The rows with a cell that reads exactly `text`. */
  rows(text: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: text, exact: true }) });
  }

  /** 删除 on the row with the cell `text`; returns the confirmation titled `title`. */
  async delete(text: string, title: string): Promise<DeleteDialog> {
    await this.rows(text).getByRole('button', { name: '删除', exact: true }).click();
    const dialog = new DeleteDialog(this.page, title);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }
}
