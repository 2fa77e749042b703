import type { Page } from '@playwright/test';
import { SHELL_ENTRY_URL } from '../../electron/shell/shellOrigin';
import { expect, test } from './fixtures';
import { ConflictDialog, MemberForm, MembersPage } from './pages/MembersPage';
import { putStoredRow, storedRows } from './storedRows';

// DESIGN.md §2, Revisions: a form saves against the rev it opened; a record changed since is a
// conflict shown field by field, never overwritten silently.

const NAME = '陈国强';
const FIRST = '13800001111';
const MINE = '13800002222';
const THEIRS = '13800003333';

async function memberOnDisk(page: Page) {
  const rows = await storedRows(page, 'members');
  const row = rows.find((r) => r.name === NAME);
  if (!row) throw new Error(`${NAME} is not on disk`);
  return row;
}

/** A second window of the app on the same profile, as a colleague's window would be. */
async function secondWindow(page: Page): Promise<MembersPage> {
  const other = await page.context().newPage();
  await other.goto(SHELL_ENTRY_URL);
  const members = new MembersPage(other);
  await members.open('委员');
  return members;
}

for (const side of ['我的修改', '当前记录'] as const) {
  test(`a save after another window changed the member asks per field; keeping ${side} is what lands on disk`, async ({
    app,
  }) => {
    const members = new MembersPage(app);
    await members.open('委员');
    await members.addMember({ 姓名: NAME, 联系电话: FIRST });

    const form = await members.edit(NAME);
    await form.field('联系电话').fill(MINE);

    const other = await secondWindow(app);
    const theirs = await other.edit(NAME);
    await theirs.field('联系电话').fill(THEIRS);
    await theirs.field('所在地').fill('香港');
    await theirs.save();
    await other.page.close();

    // What was typed here stays; the form says the member moved on.
    await expect(form.movedNotice).toContainText('此记录已被修改');
    await expect(form.field('联系电话')).toHaveValue(MINE);
    await expect(form.field('所在地')).toHaveValue('');

    const dialog = await form.saveIntoConflict();
    await expect(dialog.option('联系电话', '当前记录')).toHaveAccessibleName(`当前记录：${THEIRS}`);
    await expect(dialog.option('联系电话', '我的修改')).toHaveAccessibleName(`我的修改：${MINE}`);
    // Both sides changed the phone: nothing is chosen for the user.
    await expect(dialog.option('联系电话', '当前记录')).not.toBeChecked();
    await expect(dialog.option('联系电话', '我的修改')).not.toBeChecked();
    await expect(dialog.root.getByRole('button', { name: '保存所选' })).toBeDisabled();
    // Only the other window changed 所在地: its value is kept unless the user says otherwise.
    await expect(dialog.option('所在地', '当前记录')).toBeChecked();

    await dialog.choose('联系电话', side);
    await dialog.confirm();
    await expect(form.drawer).toBeHidden();

    const row = await memberOnDisk(app);
    expect(row.phone).toBe(side === '我的修改' ? MINE : THEIRS);
    expect(row.location).toBe('香港');
    expect(row.rev).toBe(3);
    expect(await storedRows(app, 'drafts')).toEqual([]);
  });
}

test('an edit left as a draft, then 撤销 of an earlier edit: reopening offers the differences instead of reverting the undo', async ({
  app,
  shell,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  await members.addMember({ 姓名: NAME, 联系电话: FIRST });
  const edit = await members.edit(NAME);
  await edit.field('联系电话').fill(THEIRS);
  await edit.save();

  // Start another edit, step away from it (the draft stays), and undo the earlier edit.
  const draft = await members.edit(NAME);
  await draft.field('联系电话').fill(MINE);
  await draft.field('备注').fill('电话已核对');
  await expect(draft.draftStatus).toHaveText(/^草稿已保存/);
  await draft.closeKeepingDraft();
  await members.undoButton.click();
  await expect(members.toast(`已撤销：修改委员“${NAME}”：联系电话`)).toBeVisible();
  expect((await memberOnDisk(app)).phone).toBe(FIRST);

  // After a restart too, 草稿箱 says the member changed since.
  await shell.kill();
  const after = new MembersPage(await shell.launch());
  await expect(after.draftBox).toContainText('此记录此后已在别处修改');
  await after.draftBox.getByRole('button', { name: '继续填写' }).click();
  const resumed = new MemberForm(after.page, `编辑委员：${NAME}`);
  await expect(resumed.draftStatus).toHaveText('已恢复草稿');
  await expect(resumed.field('联系电话')).toHaveValue(MINE);
  await expect(resumed.movedNotice).toBeVisible();

  // 查看差异: phone changed on both sides; 备注 only here.
  await resumed.movedNotice.getByRole('button', { name: '查看差异' }).click();
  const review = new ConflictDialog(after.page);
  await expect(review.option('联系电话', '当前记录')).toHaveAccessibleName(`当前记录：${FIRST}`);
  await expect(review.option('备注', '我的修改')).toBeChecked();
  await review.choose('联系电话', '当前记录');
  await review.confirm();
  await expect(resumed.field('联系电话')).toHaveValue(FIRST);
  await expect(resumed.field('备注')).toHaveValue('电话已核对');
  await expect(resumed.movedNotice).toBeHidden();
  await resumed.save();

  const row = await memberOnDisk(after.page);
  expect(row.phone).toBe(FIRST);
  expect(row.note).toBe('电话已核对');
});

test('an undo whose record changed since (an import) is refused, naming the member, and changes nothing', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  await members.addMember({ 姓名: NAME, 联系电话: FIRST });
  const edit = await members.edit(NAME);
  await edit.field('联系电话').fill(MINE);
  await edit.save();

  // An import brings a newer revision of the member, outside the undo history.
  const imported = { ...(await memberOnDisk(app)), phone: THEIRS, rev: 7 };
  await putStoredRow(app, 'members', imported);
  const auditBefore = (await storedRows(app, 'audit')).length;

  await members.undoButton.click();
  await expect(
    members.toast(`委员“${NAME}”在此之后又被修改，不能撤销这一步；这一步已移出撤销列表`),
  ).toBeVisible();
  expect(await memberOnDisk(app)).toEqual(imported);
  expect(await storedRows(app, 'audit')).toHaveLength(auditBefore);
});
