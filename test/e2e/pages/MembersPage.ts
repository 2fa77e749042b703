import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** 委员: the list of members and its 新增委员 button. */
export class MembersPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get addButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: '新增委员' });
  }

  get table(): Locator {
    return this.page.getByRole('main').getByRole('table');
  }

  /** The list's row of the member named `name`. */
  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** What the page says when there is no member. */
  get emptyNotice(): Locator {
    return this.page.getByRole('main').getByText(/^还没有委员/);
  }

  /** 新增委员: opens the empty form. */
  async add(): Promise<MemberForm> {
    await this.addButton.click();
    const form = new MemberForm(this.page, '新增委员');
    await expect(form.drawer).toBeVisible();
    return form;
  }

  /** Double-clicks a member's row to edit it. */
  async edit(name: string): Promise<MemberForm> {
    await this.row(name).dblclick();
    const form = new MemberForm(this.page, `编辑委员：${name}`);
    await expect(form.drawer).toBeVisible();
    return form;
  }
}

/** The member form (a drawer), found by its title: 新增委员 or 编辑委员：姓名. */
export class MemberForm {
  readonly drawer: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.drawer = page.getByRole('dialog', { name: title });
  }

  /** An input by its label (DESIGN.md §2), e.g. 姓名 or 联系电话. */
  field(label: string): Locator {
    return this.drawer.getByLabel(label);
  }

  /** The draft line in the form's header: 草稿已保存 …, 已恢复草稿. */
  get draftStatus(): Locator {
    return this.drawer.getByRole('status');
  }

  /** 保存, and wait until the form has closed. */
  async save(): Promise<void> {
    await this.drawer.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.drawer).toBeHidden();
  }

  /** Closes the form without saving (Esc), as a user stepping away from it would. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.drawer).toBeHidden();
  }

  /** 放弃草稿, and wait until the form has closed. */
  async discardDraft(): Promise<void> {
    await this.drawer.getByRole('button', { name: '放弃草稿' }).click();
    await expect(this.drawer).toBeHidden();
  }
}
