import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { storedRows } from './storedRows';

const NAME = '林晓峰';
const PHONE = '13812345678';
const NEW_PHONE = '13900001111';

test('a new member is undone and redone with Ctrl+Z / Ctrl+Shift+Z and with the buttons', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  await expect(members.undoButton).toBeDisabled();
  await expect(members.redoButton).toBeDisabled();

  const form = await members.add();
  await form.field('姓名').fill(NAME);
  await form.field('联系电话').fill(PHONE);
  await form.save();
  await expect(members.toast('已新增委员')).toBeVisible();
  // Phone numbers are masked in the list.
  await expect(members.row(NAME)).toContainText('138****5678');
  await expect(members.undoButton).toBeEnabled();

  // The shortcuts belong to the page, not to a text field: press them with no field focused —
  // the keyboard is on the new member's row, as after any save.
  await expect(members.row(NAME)).toBeFocused();
  await app.keyboard.press('Control+Z');
  await expect(members.toast(`已撤销：新建委员“${NAME}”`)).toBeVisible();
  await expect(members.row(NAME)).toHaveCount(0);
  await expect(members.emptyNotice).toBeVisible();
  // Gone because its adding was undone, not hidden by a filter: nothing says otherwise.
  await expect(app.getByText(/不符合当前的筛选条件/)).toHaveCount(0);
  await expect(members.undoButton).toBeDisabled();
  await expect(members.redoButton).toBeEnabled();

  await app.keyboard.press('Control+Shift+Z');
  await expect(members.toast(`已重做：新建委员“${NAME}”`)).toBeVisible();
  await expect(members.row(NAME)).toContainText('138****5678');
  await expect(members.redoButton).toBeDisabled();

  await members.undoButton.click();
  await expect(members.row(NAME)).toHaveCount(0);
  await expect(members.emptyNotice).toBeVisible();
  await members.redoButton.click();
  await expect(members.row(NAME)).toContainText('138****5678');
  await expect(members.undoButton).toBeEnabled();
  await expect(members.redoButton).toBeDisabled();
});

test('Ctrl+Z in a text field undoes the typing there, not the last saved change', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill(NAME);
  await form.save();

  const next = await members.add();
  await next.field('姓名').pressSequentially('王');
  await app.keyboard.press('Control+Z');
  await expect(next.field('姓名')).toHaveValue('');
  // Typed and taken back: nothing is unsaved, so Esc closes without asking.
  await next.close();
  // The saved member was left alone: it is still what 撤销 takes back next.
  await expect(members.row(NAME)).toBeVisible();
  await members.undoButton.click();
  await expect(members.toast(`已撤销：新建委员“${NAME}”`)).toBeVisible();
});

test('an edit of 联系电话 is undone back to the old number, also after a restart', async ({
  app,
  shell,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const created = await members.add();
  await created.field('姓名').fill(NAME);
  await created.field('联系电话').fill(PHONE);
  await created.save();

  const edit = await members.edit(NAME);
  await expect(edit.field('联系电话')).toHaveValue(PHONE);
  await edit.field('联系电话').fill(NEW_PHONE);
  await edit.save();
  await expect(members.toast('已保存修改')).toBeVisible();
  await expect(members.row(NAME)).toContainText('139****1111');

  await members.undoButton.click();
  await expect(members.toast(`已撤销：修改委员“${NAME}”：联系电话`)).toBeVisible();
  await expect(members.row(NAME)).toContainText('138****5678');
  const reopened = await members.edit(NAME);
  await expect(reopened.field('联系电话')).toHaveValue(PHONE);
  await app.keyboard.press('Escape');
  await expect(reopened.drawer).toBeHidden();

  // Quit and start again: the member, the undo step (新建) and the redo step (修改) are all kept.
  const again = new MembersPage(await shell.relaunch());
  await again.open('委员');
  await expect(again.row(NAME)).toContainText('138****5678');
  await expect(again.undoButton).toBeEnabled();
  await expect(again.redoButton).toBeEnabled();

  await again.redoButton.click();
  await expect(again.toast(`已重做：修改委员“${NAME}”：联系电话`)).toBeVisible();
  await expect(again.row(NAME)).toContainText('139****1111');

  await again.undoButton.click();
  await expect(again.row(NAME)).toContainText('138****5678');
  await again.page.keyboard.press('Control+Z');
  await expect(again.toast(`已撤销：新建委员“${NAME}”`)).toBeVisible();
  await expect(again.emptyNotice).toBeVisible();
  await expect(again.undoButton).toBeDisabled();

  // On disk the undone member is a tombstone, not gone: a later merge must see the deletion.
  const rows = await storedRows(again.page, 'members');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ name: NAME, phone: PHONE });
  expect(rows[0]!.deletedAt).toEqual(expect.any(String));

  // And that too survives a restart, with both changes ready to be redone.
  const last = new MembersPage(await shell.relaunch());
  await last.open('委员');
  await expect(last.emptyNotice).toBeVisible();
  await last.page.keyboard.press('Control+Shift+Z');
  await expect(last.row(NAME)).toContainText('138****5678');
  await last.page.keyboard.press('Control+Shift+Z');
  await expect(last.row(NAME)).toContainText('139****1111');
  await expect(last.redoButton).toBeDisabled();
});
