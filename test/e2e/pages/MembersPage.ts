import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { revealRow } from './RecordList';

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

  /** 新增委员 with these fields (by label), saved. */
  async addMember(fields: Record<string, string>): Promise<void> {
    const form = await this.add();
    for (const [label, value] of Object.entries(fields)) await form.field(label).fill(value);
    await form.save();
  }

  /**
   * Scrolls the list (a virtual table: only the rows on screen exist) until the member's row is
   * there, from the top down.
   */
  async reveal(name: string): Promise<Locator> {
    const row = this.row(name);
    await revealRow(this.page, this.table, row);
    await expect(row).toHaveCount(1);
    // Drawn by the virtual list; an action on it scrolls it into view by itself.
    return row;
  }

  /** Double-clicks a member's row to edit it. */
  async edit(name: string): Promise<MemberForm> {
    await (await this.reveal(name)).dblclick();
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

  /** Closes a form holding nothing unsaved (Esc): it closes at once. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.drawer).toBeHidden();
  }

  /** The question Esc asks of a form holding unsaved input. */
  get closeQuestion(): Locator {
    return this.page.getByRole('dialog', { name: '关闭表单？' });
  }

  /** Steps away from a form with unsaved input (Esc, then 保留草稿并关闭): the draft stays. */
  async closeKeepingDraft(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.closeQuestion.getByRole('button', { name: '保留草稿并关闭' }).click();
    await expect(this.drawer).toBeHidden();
  }

  /** 此记录已被修改 (or 此记录已被删除): the record changed elsewhere while this form was open. */
  get movedNotice(): Locator {
    return this.drawer.getByRole('alert').filter({ hasText: /此记录已被(修改|删除)/ });
  }

  /** 保存 when the record changed meanwhile: the save stops at the conflict dialog. */
  async saveIntoConflict(): Promise<ConflictDialog> {
    await this.drawer.getByRole('button', { name: '保存', exact: true }).click();
    const dialog = new ConflictDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** 放弃草稿, and wait until the form has closed. */
  async discardDraft(): Promise<void> {
    await this.drawer.getByRole('button', { name: '放弃草稿' }).click();
    await expect(this.drawer).toBeHidden();
  }
}

/** 此记录已被修改: a choice per field between 当前记录 and 我的修改. */
export class ConflictDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: '此记录已被修改' });
  }

  /** The choice for one field, by its label (联系电话). */
  field(label: string): Locator {
    return this.root.getByRole('radiogroup', { name: label });
  }

  /** The option of a field that keeps `side`: 当前记录 or 我的修改. */
  option(label: string, side: '当前记录' | '我的修改'): Locator {
    return this.field(label).getByRole('radio', { name: new RegExp(`^${side}：`) });
  }

  async choose(label: string, side: '当前记录' | '我的修改'): Promise<void> {
    await this.option(label, side).check();
  }

  /** 保存所选 (or 采用所选 when reviewing). */
  async confirm(): Promise<void> {
    await this.root.getByRole('button', { name: /^(保存所选|采用所选)$/ }).click();
    await expect(this.root).toBeHidden();
  }
}
