import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { MemberForm, MembersPage } from './pages/MembersPage';
import { RecordList } from './pages/RecordList';
import { SettingsPage } from './pages/SettingsPage';

// A list's row says what can be done with it — 编辑 and 档案, or 查看 — for those who would never
// think to double-click a row, as no spreadsheet asks them to.

const MEMBER = '戴煜';

test('a member’s row opens the form with 编辑 and the file with 档案', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const ui = new AppPage(app);
  const list = new RecordList(app);
  await ui.open('委员');
  const row = await list.reveal(MEMBER);

  await row.getByRole('button', { name: '编辑', exact: true }).click();
  const form = new MemberForm(app, `编辑委员：${MEMBER}`);
  await expect(form.drawer).toBeVisible();
  await expect(form.field('姓名')).toHaveValue(MEMBER);
  await app.keyboard.press('Escape');
  await expect(form.drawer).toBeHidden();

  await (await list.reveal(MEMBER)).getByRole('link', { name: '档案', exact: true }).click();
  await expect(ui.heading).toHaveText(`委员档案：${MEMBER}`);
  await app.goBack();
  await expect(ui.heading).toHaveText('委员');
});

test('a 专项’s and a studio’s rows open their pages with 查看', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const ui = new AppPage(app);
  const list = new RecordList(app);

  await ui.open('专项');
  await (
    await list.reveal('三进三助聚力行动')
  )
    .getByRole('button', { name: '查看', exact: true })
    .click();
  await expect(ui.heading).toHaveText('专项：三进三助聚力行动');

  await ui.open('工作室');
  await (
    await list.reveal('戴煜政协委员工作室')
  )
    .getByRole('button', { name: '查看', exact: true })
    .click();
  await expect(ui.heading).toHaveText('戴煜政协委员工作室');
});

test('in a 1024 × 700 window, 委员, 活动, 捐赠 and 工作室 show every column and the row’s links without scrolling sideways', async ({
  app,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await new SettingsPage(app).loadSampleData();
  const ui = new AppPage(app);
  const list = new RecordList(app);
  // How far the list scrolls sideways (0: not at all); read until the columns have settled.
  const sideways = () =>
    app.evaluate(() => {
      const holder = document.querySelector<HTMLElement>('main .vt');
      return holder ? holder.scrollWidth - holder.clientWidth : null;
    });

  await ui.open('委员');
  const firstRow = list.table.getByRole('row').nth(1);
  await expect(firstRow).not.toHaveAttribute('aria-busy', /.*/);
  await expect.poll(sideways).toBe(0);
  await expect(firstRow.getByText('在任', { exact: true })).toBeInViewport();
  await expect(firstRow.getByRole('link', { name: '档案', exact: true })).toBeInViewport();

  await ui.open('履职活动');
  await expect(firstRow).not.toHaveAttribute('aria-busy', /.*/);
  await expect.poll(sideways).toBe(0);
  // The name, the column people read, keeps room for a phrase, not a word.
  const name = list.table.getByRole('columnheader', { name: '活动名称' });
  expect((await name.boundingBox())!.width).toBeGreaterThanOrEqual(160);
  await expect(firstRow.getByText('示例', { exact: true })).toBeInViewport();
  await expect(firstRow.getByRole('button', { name: '编辑', exact: true })).toBeInViewport();

  await ui.open('捐赠');
  await expect(firstRow).not.toHaveAttribute('aria-busy', /.*/);
  await expect.poll(sideways).toBe(0);
  await expect(firstRow.getByText('示例', { exact: true })).toBeInViewport();
  await expect(firstRow.getByRole('button', { name: '删除', exact: true })).toBeInViewport();

  await ui.open('工作室');
  await expect(firstRow).not.toHaveAttribute('aria-busy', /.*/);
  await expect.poll(sideways).toBe(0);
  // A studio's name (侨联界别委员工作室) is read whole, not cut after four characters.
  const studioName = list.table.getByRole('columnheader', { name: '名称' });
  expect((await studioName.boundingBox())!.width).toBeGreaterThanOrEqual(200);
  await expect(firstRow.getByText('示例', { exact: true })).toBeInViewport();
  await expect(firstRow.getByRole('button', { name: '查看', exact: true })).toBeInViewport();
});

/** With the sample data, 委员 → the member's row → Enter: her form, and the row's place. */
async function editByKeyboard(app: Page) {
  await new SettingsPage(app).loadSampleData();
  await new AppPage(app).open('委员');
  const list = new RecordList(app);
  const row = await list.reveal(MEMBER);
  const place = Number(await row.getAttribute('aria-rowindex'));
  await row.focus();
  await app.keyboard.press('Enter');
  const form = new MemberForm(app, `编辑委员：${MEMBER}`);
  await expect(form.drawer).toBeVisible();
  return { list, form, place };
}

test('after a form opened from a row is closed, the keyboard is back on that row', async ({
  app,
}) => {
  const { list, form } = await editByKeyboard(app);
  await app.keyboard.press('Escape');
  await expect(form.drawer).toBeHidden();
  await expect(list.rows(MEMBER)).toBeFocused();
  // And on from there: Enter opens the same member again.
  await app.keyboard.press('Enter');
  await expect(form.drawer).toBeVisible();
});

test('after an empty 新增 form is closed, the keyboard is back on the 新增 button', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const add = app.getByRole('main').getByRole('button', { name: '新增委员' });
  await add.focus();
  await app.keyboard.press('Enter');
  const form = new MemberForm(app, '新增委员');
  await expect(form.field('姓名')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(form.drawer).toBeHidden();
  await expect(add).toBeFocused();
});

test('a save that moves the record brings its row into view, marked, with the keyboard on it', async ({
  app,
}) => {
  const { list, form, place } = await editByKeyboard(app);
  expect(place).toBeGreaterThan(2);
  await form.field('备注').fill('2021年起负责委员工作室');
  await app.keyboard.press('Control+s');
  await expect(form.drawer).toBeHidden();
  // The list shows the member changed last first, above the rows that were in view.
  const row = list.rows(MEMBER);
  await expect(row).toHaveAttribute('aria-rowindex', '2');
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeFocused();
  // And on from there: Enter opens her form again.
  await app.keyboard.press('Enter');
  await expect(form.drawer).toBeVisible();
});

test('a new member, once saved, is the row in view, marked, with the keyboard on it', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const members = new MembersPage(app);
  await new AppPage(app).open('委员');
  const list = new RecordList(app);
  // Far down the list first, so that the new row (the first place) is out of view.
  const first = list.table.locator('[role="row"][aria-rowindex="2"]');
  await expect(first).toBeVisible();
  await list.table.hover();
  await expect(async () => {
    await app.mouse.wheel(0, 1500);
    await expect(first).not.toBeInViewport({ timeout: 500 });
  }).toPass();
  const form = await members.add();
  await form.field('姓名').fill('欧阳明德');
  await app.keyboard.press('Control+s');
  await expect(form.drawer).toBeHidden();
  const row = list.rows('欧阳明德');
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeFocused();
  // Undone at once, the member is gone because the adding was undone, not hidden by a filter.
  await app.keyboard.press('Control+Z');
  await expect(row).toHaveCount(0);
  await expect(app.getByText(/不符合当前的筛选条件/)).toHaveCount(0);
});

test('a save that takes the record out of the filtered list says so', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  await new AppPage(app).open('委员');
  const list = new RecordList(app);
  await list.chooseFilter('状态', '在任');
  const row = await list.reveal(MEMBER);
  await row.dblclick();
  const form = new MemberForm(app, `编辑委员：${MEMBER}`);
  await expect(form.drawer).toBeVisible();
  await form.drawer.getByRole('radio', { name: '离任' }).check();
  await form.save();
  await expect(
    app.getByText('已保存。这条记录不符合当前的筛选条件，列表中不再显示它。'),
  ).toBeVisible();
  await expect(list.rows(MEMBER)).toHaveCount(0);
  // The keyboard is on no other member's row, for Enter to open.
  const focusedRow = await app.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.recordId ?? null,
  );
  expect(focusedRow).toBeNull();
});
