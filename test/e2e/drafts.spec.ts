import { expect, test } from './fixtures';
import { MemberForm, MembersPage } from './pages/MembersPage';
import { storedRows } from './storedRows';

// DESIGN.md §6: nothing typed is ever lost; a crash or forced quit mid-entry restores the form.
// shell.kill() is SIGKILL of the browser: no unload, no pagehide, no clean shutdown.

const SAVED = /^草稿已保存 \d{1,2}:\d{2}:\d{2}$/;

test('a half-filled 新增委员 survives a crash, comes back from 草稿箱, and saving clears it', async ({
  app,
  shell,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('何永健');
  await form.field('联系电话').fill('+852 9876 5432');
  await expect(form.draftStatus).toHaveText(SAVED);
  await shell.kill();

  const after = new MembersPage(await shell.launch());
  await expect(after.draftBox).toContainText('草稿箱：有 1 份上次未保存的表单');
  await expect(after.draftBox).toContainText('新增委员（');
  await after.page.screenshot({
    path: test.info().outputPath('draft-box.png'),
    animations: 'disabled',
  });
  await after.draftBox.getByRole('button', { name: '继续填写' }).click();

  const restored = new MemberForm(after.page, '新增委员');
  await expect(restored.drawer).toBeVisible();
  await expect(restored.field('姓名')).toHaveValue('何永健');
  await expect(restored.field('联系电话')).toHaveValue('+852 9876 5432');
  await expect(restored.draftStatus).toHaveText('已恢复草稿');
  await expect(after.draftBox).toBeHidden();
  await after.page.screenshot({
    path: test.info().outputPath('draft-restored.png'),
    animations: 'disabled',
  });

  await restored.field('所在地').fill('香港');
  await restored.save();
  await expect(after.row('何永健')).toContainText('+852 **** 5432');
  expect(await storedRows(after.page, 'drafts')).toEqual([]);

  const again = new MembersPage(await shell.relaunch());
  await again.open('委员');
  await expect(again.row('何永健')).toBeVisible();
  await expect(again.draftBox).toHaveCount(0);
  const fresh = await again.add();
  await expect(fresh.field('姓名')).toHaveValue('');
  await expect(fresh.field('联系电话')).toHaveValue('');
});

test('放弃草稿 throws a restored draft away for good', async ({ app, shell }) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('赵敏华');
  await form.field('联系电话').fill('13600001234');
  await expect(form.draftStatus).toHaveText(SAVED);
  await shell.kill();

  const after = new MembersPage(await shell.launch());
  await after.draftBox.getByRole('button', { name: '继续填写' }).click();
  const restored = new MemberForm(after.page, '新增委员');
  await expect(restored.field('姓名')).toHaveValue('赵敏华');
  await restored.discardDraft();
  await expect(after.emptyNotice).toBeVisible();
  expect(await storedRows(after.page, 'drafts')).toEqual([]);

  const again = new MembersPage(await shell.relaunch());
  await again.open('委员');
  await expect(again.emptyNotice).toBeVisible();
  await expect(again.draftBox).toHaveCount(0);
  const fresh = await again.add();
  await expect(fresh.field('姓名')).toHaveValue('');
  await expect(fresh.field('联系电话')).toHaveValue('');
});

test('a draft thrown away by mistake comes back with 恢复, into its form, to the last keystroke', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('欧阳明德');
  await expect(form.draftStatus).toHaveText(SAVED);
  // Typed just before the button: not yet in the draft when it is pressed.
  await form.field('联系电话').fill('13600001234');
  await form.discardDraft();
  expect(await storedRows(app, 'drafts')).toEqual([]);
  const notice = app.getByText('已放弃草稿“新增委员”。');
  await expect(notice).toBeVisible();
  await app.getByRole('button', { name: '恢复' }).click();
  const back = new MemberForm(app, '新增委员');
  await expect(back.drawer).toBeVisible();
  await expect(back.field('姓名')).toHaveValue('欧阳明德');
  await expect(back.field('联系电话')).toHaveValue('13600001234');
  await expect(notice).toHaveCount(0);
});

test('a half-done edit survives a crash and 继续填写 reopens that member’s form', async ({
  app,
  shell,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const created = await members.add();
  await created.field('姓名').fill('林晓峰');
  await created.field('联系电话').fill('13812345678');
  await created.save();

  const edit = await members.edit('林晓峰');
  await edit.field('联系电话').fill('13900001111');
  await expect(edit.draftStatus).toHaveText(SAVED);
  await shell.kill();

  const after = new MembersPage(await shell.launch());
  await expect(after.draftBox).toContainText('编辑委员：林晓峰（');
  await after.draftBox.getByRole('button', { name: '继续填写' }).click();
  const restored = new MemberForm(after.page, '编辑委员：林晓峰');
  await expect(restored.drawer).toBeVisible();
  await expect(restored.field('联系电话')).toHaveValue('13900001111');
  await restored.save();
  await expect(after.row('林晓峰')).toContainText('139****1111');
});

test('with two forms left open, taking one up keeps the other on offer in 草稿箱', async ({
  app,
  shell,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const created = await members.add();
  await created.field('姓名').fill('林晓峰');
  await created.save();

  const adding = await members.add();
  await adding.field('姓名').fill('周若兰');
  await expect(adding.draftStatus).toHaveText(SAVED);
  await adding.closeKeepingDraft();
  const edit = await members.edit('林晓峰');
  await edit.field('联系电话').fill('13900001111');
  await expect(edit.draftStatus).toHaveText(SAVED);
  await shell.kill();

  const after = new MembersPage(await shell.launch());
  await expect(after.draftBox).toContainText('草稿箱：有 2 份上次未保存的表单');
  await after.draftBox
    .getByRole('listitem')
    .filter({ hasText: '编辑委员：林晓峰' })
    .getByRole('button', { name: '继续填写' })
    .click();
  const restored = new MemberForm(after.page, '编辑委员：林晓峰');
  await expect(restored.field('联系电话')).toHaveValue('13900001111');
  await expect(after.draftBox).toContainText('草稿箱：有 1 份上次未保存的表单');
  await expect(after.draftBox).toContainText('新增委员（');
  await expect(after.draftBox).not.toContainText('林晓峰');
  await restored.save();

  await after.draftBox.getByRole('button', { name: '继续填写' }).click();
  const resumed = new MemberForm(after.page, '新增委员');
  await expect(resumed.field('姓名')).toHaveValue('周若兰');
  await expect(after.draftBox).toBeHidden();
});
