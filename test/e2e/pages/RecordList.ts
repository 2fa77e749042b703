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

  /** 共 N 条, or 筛选出 N 条 when filtered. */
  get count(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /^(共|筛选出) \d+ 条$/ });
  }

  /** A filter of the list by its label (类别, 所在地 …). */
  filter(label: string): Locator {
    return this.page.getByRole('group', { name: '筛选' }).getByRole('combobox', { name: label });
  }

  /** Chooses `value` in the filter `label`. */
  async chooseFilter(label: string, value: string): Promise<void> {
    await this.filter(label).click();
    await this.page.getByRole('option', { name: value, exact: true }).click();
  }

  /** Turns the mouse wheel over the list until `row` is on screen. */
  async scrollUntilVisible(row: Locator, deltaY: number): Promise<void> {
    await this.table.getByRole('row').nth(1).hover();
    await expect(async () => {
      await this.page.mouse.wheel(0, deltaY);
      await expect(row).toBeInViewport({ timeout: 500 });
    }).toPass({ timeout: 30_000 });
  }

  /**
   * Scrolls the list (a virtual table: only the rows on screen exist) from the top down until a
   * row with the cell `text` is there.
   */
  async reveal(text: string): Promise<Locator> {
    const row = this.rows(text);
    await revealRow(this.page, this.table, row);
    await row.first().scrollIntoViewIfNeeded();
    return row;
  }

  /** 删除 on the row with the cell `text`; returns the confirmation titled `title`. */
  async delete(text: string, title: string): Promise<DeleteDialog> {
    await (await this.reveal(text)).getByRole('button', { name: '删除', exact: true }).click();
    const dialog = new DeleteDialog(this.page, title);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }
}

/**
 * Turns the mouse wheel over a virtual table from its top down until `row` is drawn; at the end of
 * the list it starts again from the top, since a save or an undo may have re-sorted the rows
 * behind the part already passed.
 */
export async function revealRow(page: Page, table: Locator, row: Locator): Promise<void> {
  if ((await row.count()) > 0) return;
  const lastRow = table.getByRole('row').last();
  await expect(async () => {
    // Hovered again on every round: a drawer still closing must not take the wheel.
    await table.getByRole('row').nth(1).hover();
    await page.mouse.wheel(0, -1_000_000);
    let previous: string | null = null;
    while ((await row.count()) === 0) {
      const last = await lastRow.textContent();
      if (last === previous) break;
      previous = last;
      await page.mouse.wheel(0, 300);
      // Drawn once the wheel has moved the rows; at the end nothing moves and the round ends.
      await expect(lastRow)
        .not.toHaveText(last ?? '', { timeout: 1_000 })
        .catch(() => undefined);
    }
    await expect(row).not.toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 30_000 });
}
