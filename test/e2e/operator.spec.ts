import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 10 · seen in use: with no 经办人 in 设置 every change was logged as by nobody. The first
// save of a session now asks who is working, keeps the answer in 设置 and writes it in the log.
test.use({ operatorName: '' });

/** 委员 → 新增委员, 单国华 typed and 保存 pressed: the form, its 保存 and the question it asks. */
async function saveNewMemberUnasked(app: Page) {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('单国华');
  const save = form.drawer.getByRole('button', { name: '保存', exact: true });
  await save.click();
  return { members, form, save, ask: app.getByRole('dialog', { name: '请填写经办人' }) };
}

test('with no 经办人, saving a new member asks once; the answer is kept and logged', async ({
  app,
}) => {
  const { members, form, save, ask } = await saveNewMemberUnasked(app);
  // Opened, not opening: the question takes the focus once its animation is over.
  await expect(ask.getByLabel('经办人')).toBeFocused();
  // 取消 leaves the form open, as typed, and nothing saved.
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
  await expect(form.drawer).toBeVisible();
  await expect(form.field('姓名')).toHaveValue('单国华');
  expect(await storedRows(app, 'members')).toEqual([]);

  // A blank answer is refused with the reason.
  await save.click();
  await expect(ask.getByLabel('经办人')).toBeFocused();
  await expect(ask.getByLabel('经办人')).toHaveValue('');
  await ask.getByRole('button', { name: '保存并继续' }).click();
  await expect(ask.getByLabel('经办人')).toHaveAttribute('aria-invalid', 'true');
  await expect(ask.getByLabel('经办人')).toHaveAccessibleDescription('请填写经办人');
  await ask.getByLabel('经办人').fill('王小明');
  await ask.getByRole('button', { name: '保存并继续' }).click();
  // The save goes on with the answer.
  await expect(form.drawer).toBeHidden();
  await expect(members.toast('已新增委员')).toBeVisible();
  expect(await storedRows(app, 'members')).toMatchObject([{ name: '单国华' }]);
  const logged = await storedRows(app, 'audit');
  expect(logged.filter((entry) => entry.kind === 'member')).toMatchObject([
    { action: 'create', operator: '王小明' },
  ]);
  // Naming the 经办人 is a change of 设置, logged too.
  expect(logged.filter((entry) => entry.kind === 'settings')).toMatchObject([
    { action: 'update', operator: '王小明', summary: '修改基本信息：经办人 （空） → 王小明' },
  ]);

  // Asked once: the next save goes through without the question.
  const second = await members.add();
  await second.field('姓名').fill('曾志伟');
  await second.save();
  await expect(ask).toBeHidden();
  const operators = (await storedRows(app, 'audit')).map((entry) => entry.operator);
  expect(operators).toEqual(['王小明', '王小明', '王小明']);

  // 设置 keeps it, on disk too.
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await expect(settings.operatorName).toHaveValue('王小明');
  expect(await app.evaluate(() => window.dutyLedger!.settings.get())).toMatchObject({
    operatorName: '王小明',
  });
});

test('the question does not follow the user to another page, and nothing is saved unasked', async ({
  app,
}) => {
  const { ask } = await saveNewMemberUnasked(app);
  await expect(ask.getByLabel('经办人')).toBeFocused();
  // Another page, as a link or the browser's history would open it.
  await app.evaluate(() => {
    location.hash = '#/activities';
  });
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('履职活动');
  await expect(ask).toBeHidden();
  expect(await storedRows(app, 'members')).toEqual([]);
  // The form's text waits in 草稿箱, as for any form left unsaved.
  await expect.poll(async () => (await storedRows(app, 'drafts')).length).toBe(1);
});
