import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { MemberForm } from './MembersPage';

/** 捐赠 → 物资流转: the goods board, its columns and cards, and the dialog a move opens. */
export class GoodsPipelinePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** From 捐赠's list, by its 物资流转 button. */
  async openBoard(): Promise<void> {
    await this.open('捐赠');
    await this.page.getByRole('main').getByRole('button', { name: '物资流转' }).click();
    await expect(this.heading).toHaveText('物资流转');
  }

  /** A stage's column (登记, 鉴定 …). */
  column(stage: string): Locator {
    return this.page.getByRole('region', { name: stage, exact: true });
  }

  /** The card titled `title` (“香港某商会捐赠”) in the column `stage`. */
  card(stage: string, title: string): Locator {
    return this.column(stage)
      .getByRole('listitem')
      .filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** The dialog a move opens: 移到“鉴定”. */
  moveDialog(stage: string): Locator {
    return this.page.getByRole('dialog', { name: `移到“${stage}”` });
  }

  /**
   * Drags a card onto another column with the mouse, in small steps: the board's drag library
   * starts a drag only once the pointer has moved.
   */
  async drag(card: Locator, toStage: string): Promise<void> {
    const from = await card.boundingBox();
    const to = await this.column(toStage).boundingBox();
    if (!from || !to) throw new Error('card or column not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + 12);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 3, { steps: 20 });
    await this.page.mouse.up();
  }

  /** 新增捐赠 of goods from an outside donor on `date`, one item; saved. */
  async addGoods(donor: string, date: string, item: string): Promise<void> {
    await this.open('捐赠');
    await this.page.getByRole('main').getByRole('button', { name: '新增捐赠' }).click();
    const form = new MemberForm(this.page, '新增捐赠');
    await expect(form.drawer).toBeVisible();
    await form.field('捐赠类型').fill('物资');
    await expect(this.page.getByRole('option', { name: '物资' })).toBeAttached();
    await this.page.keyboard.press('Enter');
    await form.field('捐赠方').fill(donor);
    await expect(this.page.getByRole('option', { name: donor })).toBeAttached();
    await this.page.keyboard.press('Enter');
    await expect(form.drawer.getByRole('checkbox', { name: `“${donor}”为群体` })).toBeVisible();
    await this.page.keyboard.press('Tab');
    await form.field('捐赠日期').fill(date);
    await form.drawer.getByRole('button', { name: '添加物资' }).click();
    await form.field('第1项 名称').fill(item);
    await form.field('第1项 数量').fill('100');
    await form.save();
  }
}
