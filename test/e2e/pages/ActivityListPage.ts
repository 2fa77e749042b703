import { expect, type Locator, type Page } from '@playwright/test';
import { BulkEditDialog } from './BulkEditDialog';
import { RecordList } from './RecordList';

/** 履职活动: the list with its filters, its row checkboxes and 批量修改. */
export class ActivityListPage extends RecordList {
  constructor(page: Page) {
    super(page);
  }

  /** The checkbox of the row of the activity titled `title`. */
  chooser(title: string): Locator {
    return this.table.getByRole('checkbox', { name: `选择“${title}”`, exact: true });
  }

  /** 全选 in the header: every record the filters hold. */
  get chooseAll(): Locator {
    return this.table.getByRole('checkbox', { name: /^全选/ });
  }

  /** 已选 N 条 and the bulk actions. */
  get bulkBar(): Locator {
    return this.page.getByRole('group', { name: '批量操作' });
  }

  async openBulkEdit(): Promise<BulkEditDialog> {
    await this.bulkBar.getByRole('button', { name: '批量修改' }).click();
    const dialog = new BulkEditDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }
}
