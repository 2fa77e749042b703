import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { ConflictDialog } from './MembersPage';

/** 工作室: the list, its 新增工作室 button and the “1+7+N” matrix under it. */
export class StudiosPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get addButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: '新增工作室' });
  }

  get table(): Locator {
    return this.page.getByRole('main').getByRole('table');
  }

  /** The list's row of the studio named `name`. */
  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** The “1+7+N” matrix; its heading reads 「“1+7+N”矩阵：1+4+2」. */
  get matrix(): Locator {
    return this.page.getByRole('region', { name: /^“1\+7\+N”矩阵/ });
  }

  /** The studios the matrix lists under one type: 专委会, 界别 or 委员特色. */
  matrixColumn(type: '专委会' | '界别' | '委员特色'): Locator {
    return this.matrix.getByRole('list', { name: new RegExp(`^${type}工作室`) }).getByRole('link');
  }

  /** 新增工作室: opens the empty form. */
  async add(): Promise<StudioForm> {
    await this.addButton.click();
    const form = new StudioForm(this.page, '新增工作室');
    await expect(form.drawer).toBeVisible();
    return form;
  }

  /** Double-clicks a studio's row: its page. */
  async openFromList(name: string): Promise<StudioPage> {
    await this.row(name).dblclick();
    const studio = new StudioPage(this.page);
    await expect(studio.heading).toHaveText(name);
    return studio;
  }
}

/** One studio's page: its members, its 接待日 and 值班 with their totals, its honours. */
export class StudioPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** 委员（N 人）: the studio's 负责委员 and 入驻委员. */
  get membersRegion(): Locator {
    return this.page.getByRole('region', { name: /^委员/ });
  }

  get members(): Locator {
    return this.membersRegion.getByRole('table');
  }

  /** The member rows: 姓名, 身份 (负责委员 / 入驻委员) … */
  memberRow(name: string): Locator {
    return this.members
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  get duty(): Locator {
    return this.page.getByRole('region', { name: '接待日与值班' });
  }

  /** The number under one total (接待日, 值班, 留言数, 浏览量, 转办问题数), thousands separators dropped. */
  async total(label: string): Promise<number> {
    const value = this.duty
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
      .locator('dd');
    const text = (await value.textContent()) ?? '';
    return Number(/^[\d,]+/.exec(text)?.[0].replaceAll(',', '') ?? NaN);
  }

  get honors(): Locator {
    return this.page.getByRole('list', { name: '荣誉' }).getByRole('listitem');
  }

  async edit(name: string): Promise<StudioForm> {
    await this.page.getByRole('main').getByRole('button', { name: '编辑' }).click();
    const form = new StudioForm(this.page, `编辑工作室：${name}`);
    await expect(form.drawer).toBeVisible();
    return form;
  }
}

/** The studio form (a drawer), found by its title: 新增工作室 or 编辑工作室：名称. */
export class StudioForm {
  readonly drawer: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.drawer = page.getByRole('dialog', { name: title });
  }

  /** An input by its label (DESIGN.md §2), e.g. 名称 or 成立日期. */
  field(label: string): Locator {
    return this.drawer.getByLabel(label, { exact: true });
  }

  /** 类型: 专委会, 界别 or 委员特色, chosen from its list. */
  async chooseType(type: '专委会' | '界别' | '委员特色'): Promise<void> {
    await this.field('类型').click();
    await (await this.dropdownOf('类型')).getByTitle(type, { exact: true }).click();
  }

  /** Picks members in 负责委员 or 入驻委员 by typing each name and choosing the match. */
  async pickMembers(
    label: '负责委员' | '入驻委员',
    names: string[],
    /** What to type for each name, when not the name itself (initials, pinyin). */
    typed: Record<string, string> = {},
  ): Promise<void> {
    const input = this.field(label);
    const dropdown = await this.dropdownOf(label);
    for (const name of names) {
      await input.fill(typed[name] ?? name);
      await dropdown.getByTitle(name, { exact: true }).click();
    }
    await input.press('Escape');
    await expect(dropdown).toBeHidden();
  }

  /** The open list of a Select: the popup that holds the list its input controls. */
  private async dropdownOf(label: string): Promise<Locator> {
    // antd names the list of the Select whose input is `id` `${id}_list`.
    const id = await this.field(label).getAttribute('id');
    if (!id) throw new Error(`${label} has no id`);
    const list = `${id}_list`;
    return this.page
      .locator('.ant-select-dropdown')
      .filter({ has: this.page.locator(`[id="${list}"]`) });
  }

  /** The names chosen in 负责委员 or 入驻委员, as the picker shows them. */
  chosen(label: '负责委员' | '入驻委员'): Locator {
    return this.drawer
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-select-selection-item-content');
  }

  get draftStatus(): Locator {
    return this.drawer.getByRole('status');
  }

  /** 保存, and wait until the form has closed. */
  async save(): Promise<void> {
    await this.drawer.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.drawer).toBeHidden();
  }

  /** 放弃草稿, and wait until the form has closed. */
  async discardDraft(): Promise<void> {
    await this.drawer.getByRole('button', { name: '放弃草稿' }).click();
    await expect(this.drawer).toBeHidden();
  }

  /** 此记录已被修改: the studio changed elsewhere while this form was open. */
  get movedNotice(): Locator {
    return this.drawer.getByRole('alert').filter({ hasText: /此记录已被(修改|删除)/ });
  }

  /** 保存 when the studio changed meanwhile: the save stops at the conflict dialog. */
  async saveIntoConflict(): Promise<ConflictDialog> {
    await this.drawer.getByRole('button', { name: '保存', exact: true }).click();
    const dialog = new ConflictDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** The message a field shows under it when its value is refused. */
  error(label: string): Locator {
    return this.drawer
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }
}
