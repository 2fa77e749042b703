import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { MembersPage } from './MembersPage';
import { SearchDialog } from './SearchDialog';

/** 委员档案: one member's file, opened from the member form's 档案 button. */
export class DossierPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Search finds the member in 委员 → their form → 档案. */
  async openFor(name: string): Promise<void> {
    const search = new SearchDialog(this.page);
    await search.open();
    await search.search(name);
    await expect(search.option(name)).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.heading).toHaveText('委员');
    const form = await new MembersPage(this.page).edit(name);
    await form.drawer.getByRole('link', { name: '档案' }).click();
    await expect(this.heading).toHaveText(`委员档案：${name}`);
  }

  async chooseYear(year: number, select = '年度'): Promise<void> {
    await chooseOption(this.page, select, `${year}年`);
  }

  /** The year's row for one heading of the form: [履职项目, 次数, 积分, 上限]. */
  categoryRow(category: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: category, exact: true }) });
  }

  get totalLine(): Locator {
    return this.page.getByLabel('年度积分合计');
  }

  async cells(category: string): Promise<string[]> {
    return this.categoryRow(category).getByRole('cell').allInnerTexts();
  }
}

/** Picks an option of an antd Select by its label (the drawn list, not its screen-reader twin). */
export async function chooseOption(page: Page, select: string, label: string): Promise<void> {
  await page.getByRole('combobox', { name: select, exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  await expect(
    page.getByRole('combobox', { name: select, exact: true }).locator('..'),
  ).toContainText(label);
}
