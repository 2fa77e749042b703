import { expect, type Locator, type Page } from '@playwright/test';
import { ConflictDialog } from './MembersPage';
import { RecordList } from './RecordList';

export { ConflictDialog };

/** 履职活动: the list and its 新增活动 button. */
export class ActivitiesPage extends RecordList {
  constructor(page: Page) {
    super(page);
  }

  get addButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: '新增活动' });
  }

  /** 新增活动: opens the empty form. */
  async add(): Promise<ActivityForm> {
    await this.addButton.click();
    const form = new ActivityForm(this.page, '新增活动');
    await expect(form.drawer).toBeVisible();
    return form;
  }

  /** Double-clicks an activity's row (by its 活动名称) to edit it. */
  async edit(title: string): Promise<ActivityForm> {
    await (await this.reveal(title)).first().dblclick();
    const form = new ActivityForm(this.page, `编辑活动：${title}`);
    await expect(form.drawer).toBeVisible();
    return form;
  }
}

/** The activity form (a drawer), found by its title: 新增活动 or 编辑活动：名称. */
export class ActivityForm {
  readonly drawer: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.drawer = page.getByRole('dialog', { name: title });
  }

  /** An input by its label (DESIGN.md §2), exactly: 主办单位, not 提案主办单位. */
  field(label: string): Locator {
    return this.drawer.getByLabel(label, { exact: true });
  }

  /** Types `typed` into a Select (活动类型, 答复 …) and takes the first choice with Enter. */
  async choose(label: string, typed: string): Promise<void> {
    await this.field(label).fill(typed);
    await this.field(label).press('Enter');
  }

  /** Opens the Select `label` and clicks its option titled `option`. */
  async select(label: string, option: string): Promise<void> {
    await this.field(label).click();
    await (await this.optionOf(this.field(label), option)).click();
  }

  /** Types a text into a tags field (出席领导, 标签, 提案主办单位 …) and ends it with Enter. */
  async addTag(label: string, text: string): Promise<void> {
    await this.field(label).fill(text);
    await this.field(label).press('Enter');
  }

  /** Picks the option titled `option` of the Select `label` after typing `typed`. */
  async pick(label: string, typed: string, option: string): Promise<void> {
    const input = this.field(label);
    await input.fill(typed);
    await (await this.optionOf(input, option)).click();
  }

  /** The choice titled `title` in the open list of the Select whose input is `input`. */
  async optionOf(input: Locator, title: string): Promise<Locator> {
    // antd names the list of the Select whose input is `id` `${id}_list`.
    const id = await input.getAttribute('id');
    if (!id) throw new Error('the Select has no id');
    return this.page
      .locator('.ant-select-dropdown')
      .filter({ has: this.page.locator(`[id="${id}_list"]`) })
      .getByTitle(title, { exact: true });
  }

  /** The names chosen in a multiple Select (领衔, 联名), as it shows them. */
  chosen(label: string): Locator {
    return this.drawer
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-select-selection-item-content');
  }

  /** 参加委员: the picker that finds members by name, pinyin or initials, and groups. */
  get participantPicker(): Locator {
    return this.field('参加委员');
  }

  /** The small picker of whole groups: 按类别/界别/工作室添加. */
  get groupPicker(): Locator {
    return this.drawer.getByRole('combobox', { name: '按类别/界别/工作室添加' });
  }

  /** Finds a member or a group with what is typed, and adds the option titled `option`. */
  async addParticipant(typed: string, option: string): Promise<void> {
    await this.pick('参加委员', typed, option);
  }

  /** The participants' table: one row per member. */
  get participants(): Locator {
    return this.drawer.getByRole('table', { name: '参加委员名单' });
  }

  /** The participants' names in order. */
  get participantNames(): Locator {
    return this.participants.getByRole('rowheader');
  }

  role(name: string): Locator {
    return this.drawer.getByRole('combobox', { name: `${name} 的角色` });
  }

  async setRole(name: string, role: string): Promise<void> {
    await this.role(name).click();
    await (await this.optionOf(this.role(name), role)).click();
    await expect(this.roleShown(name)).toHaveText(role);
  }

  /** The 角色 a participant's row shows. */
  roleShown(name: string): Locator {
    return this.participants
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) })
      .locator('.ant-select-content, .ant-select-selection-item')
      .first();
  }

  attendance(name: string, status: '出席' | '请假' | '缺席'): Locator {
    return this.drawer
      .getByRole('radiogroup', { name: `${name} 的出席情况` })
      .getByRole('radio', { name: status });
  }

  /** Sets a participant's 出席情况 by clicking its button, as a user does. */
  async setAttendance(name: string, status: '出席' | '请假' | '缺席'): Promise<void> {
    await this.drawer
      .getByRole('radiogroup', { name: `${name} 的出席情况` })
      .locator('label')
      .filter({ hasText: status })
      .click();
    await expect(this.attendance(name, status)).toBeChecked();
  }

  approvedBy(name: string): Locator {
    return this.drawer.getByRole('textbox', { name: `${name} 的批准人` });
  }

  async removeParticipant(name: string): Promise<void> {
    await this.drawer.getByRole('button', { name: `移除 ${name}` }).click();
  }

  /** 添加成果, then the row's three inputs. */
  async addOutcome(indicator: string, value: string, unit: string): Promise<void> {
    await this.drawer.getByRole('button', { name: '添加成果' }).click();
    const n = await this.drawer.getByRole('textbox', { name: /^成果\d+ 指标$/ }).count();
    await this.drawer.getByRole('textbox', { name: `成果${n} 指标` }).fill(indicator);
    await this.drawer.getByRole('textbox', { name: `成果${n} 数值` }).fill(value);
    await this.drawer.getByRole('textbox', { name: `成果${n} 单位` }).fill(unit);
  }

  /** The warning of a likely duplicate. */
  get lookalike(): Locator {
    return this.drawer.getByRole('status').filter({ hasText: /^可能重复/ });
  }

  /** 大事记中显示为：… under 大事记摘要. */
  get timelineLine(): Locator {
    return this.drawer.getByText(/^大事记中显示为：/);
  }

  /** The section of a type's own fields, e.g. 提案信息. */
  section(name: string): Locator {
    return this.drawer.getByRole('region', { name });
  }

  /** The draft line in the form's header: 草稿已保存 …, 已恢复草稿. */
  get draftStatus(): Locator {
    return this.drawer.getByRole('status').filter({ hasText: /草稿/ });
  }

  /** The message a field shows under it when its value is refused. */
  error(label: string): Locator {
    return this.drawer
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }

  get saveButton(): Locator {
    return this.drawer.getByRole('button', { name: '保存', exact: true });
  }

  /** 保存, and wait until the form has closed. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.drawer).toBeHidden();
  }

  /** 放弃草稿, and wait until the form has closed. */
  async discardDraft(): Promise<void> {
    await this.drawer.getByRole('button', { name: '放弃草稿' }).click();
    await expect(this.drawer).toBeHidden();
  }

  /** 此记录已被修改: the activity changed elsewhere while this form was open. */
  get movedNotice(): Locator {
    return this.drawer.getByRole('alert').filter({ hasText: /此记录已被(修改|删除)/ });
  }

  /** 保存 when the activity changed meanwhile: the save stops at the conflict dialog. */
  async saveIntoConflict(): Promise<ConflictDialog> {
    await this.saveButton.click();
    const dialog = new ConflictDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}
