import { expectAccessible } from './axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { MembersPage } from './pages/MembersPage';
import { RecordList } from './pages/RecordList';
import { SHELL_ENTRY_URL } from '../../electron/shell/shellOrigin';
import { SearchDialog } from './pages/SearchDialog';
import { SettingsPage } from './pages/SettingsPage';

// DESIGN.md §6: every page, form and dialog keeps WCAG 2.1 AA; axe-core finds what a machine can.
// A later form or dialog joins with one expectAccessible() call for each state it can show.

const PAGES = [
  '总览',
  '委员',
  '履职活动',
  '捐赠',
  '专项',
  '工作室',
  '时间轴',
  '统计',
  '导入导出',
  '设置',
];

/**
 * Waits until a page has read what it shows: a button still turning from disabled to enabled is
 * half-way between two greys, which is no state a user reads.
 */
async function untilRead(page: Page, name: string, withData: boolean): Promise<void> {
  await expect(page.getByRole('main')).not.toContainText('正在打开');
  if (name === '设置') {
    const sample = withData ? '移除示例数据' : '载入示例数据';
    await expect(page.getByRole('button', { name: sample })).toBeEnabled();
  }
  if (name === '统计' && withData) {
    await expect(page.getByRole('button', { name: '导出全部表格' })).toBeEnabled();
  }
}

test('every page, with and without data, passes axe', async ({ app }) => {
  const ui = new AppPage(app);
  for (const name of PAGES) {
    await ui.open(name);
    await untilRead(app, name, false);
    await expectAccessible(app, `${name}（无数据）`);
  }
  await new SettingsPage(app).loadSampleData();
  for (const name of PAGES) {
    await ui.open(name);
    await untilRead(app, name, true);
    await expectAccessible(app, `${name}（示例数据）`);
  }
});

test('every form, dialog and confirmation passes axe', async ({ app, shell }) => {
  // A long walk through every dialog, with an axe run at each step.
  test.setTimeout(180_000);
  const settings = new SettingsPage(app);
  await settings.loadSampleData();

  await settings.page.getByRole('button', { name: '移除示例数据' }).click();
  await expect(app.getByRole('tooltip')).toContainText('移除全部示例数据？');
  await expectAccessible(app, '移除示例数据 确认');
  await app.getByRole('tooltip').getByRole('button', { name: '取消' }).click();

  // Leaving 设置 with a change not saved.
  await settings.committeeName.fill('湖南省政协教科卫体委员会');
  await settings.sidebar.getByRole('link', { name: '委员', exact: true }).click();
  const leave = app.getByRole('dialog').filter({ hasText: '离开这一页？' });
  await expect(leave).toBeVisible();
  await expectAccessible(app, '离开这一页？ 询问');
  await leave.getByRole('button', { name: '不保存，离开' }).click();

  const members = new MembersPage(app);
  await members.open('委员');

  const added = await members.add();
  await expectAccessible(app, '新增委员 表单');
  await added.drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(added.drawer.getByText('姓名：不能为空')).toBeVisible();
  await expectAccessible(app, '新增委员 表单（校验出错）');
  await added.field('姓名').fill('何永健');
  await expect(added.draftStatus).toHaveText(/^草稿已保存/);
  await expectAccessible(app, '新增委员 表单（草稿已保存）');
  await app.keyboard.press('Escape');
  await expect(added.closeQuestion).toBeVisible();
  await expectAccessible(app, '关闭表单？ 询问');
  await added.closeQuestion.getByRole('button', { name: '保留草稿并关闭' }).click();
  await expect(added.drawer).toBeHidden();

  const edited = await members.edit('张建伟');
  await expectAccessible(app, '编辑委员 表单');
  // Another window saves the same member: the notice, then the conflict dialog.
  await edited.field('联系电话').fill('13800002222');
  const other = await app.context().newPage();
  await other.goto(SHELL_ENTRY_URL);
  const otherMembers = new MembersPage(other);
  await otherMembers.open('委员');
  const theirs = await otherMembers.edit('张建伟');
  await theirs.field('联系电话').fill('13800003333');
  await theirs.save();
  await other.close();
  await expect(edited.movedNotice).toBeVisible();
  await expectAccessible(app, '编辑委员 表单（此记录已被修改）');
  const conflict = await edited.saveIntoConflict();
  await expectAccessible(app, '此记录已被修改 对话框');
  await conflict.choose('联系电话', '当前记录');
  await conflict.confirm();
  await expect(edited.drawer).toBeHidden();

  const deleting = await new RecordList(app).delete('张建伟', '删除委员“张建伟”？');
  await expectAccessible(app, '删除 确认');
  await deleting.confirm();
  await expect(members.row('张建伟')).toHaveCount(0);
  await expect(members.undoButton).toBeEnabled();
  await expectAccessible(app, '撤销可用');
  await members.undoButton.click();
  await expect(members.row('张建伟')).toBeVisible();
  await expect(members.redoButton).toBeEnabled();
  await expectAccessible(app, '重做可用');

  const search = new SearchDialog(app);
  await search.open();
  await search.search('青竹');
  await expect(search.options.first()).toBeVisible();
  await expectAccessible(app, '搜索 对话框（有结果）');
  await search.search('没有这样的记录');
  await expect(search.dialog).toContainText('没有找到');
  await expectAccessible(app, '搜索 对话框（无结果）');
  await app.keyboard.press('Escape');

  // The 新增委员 draft left open above is offered back by 草稿箱 on the next start.
  const after = new AppPage(await shell.relaunch());
  await expect(after.draftBox).toContainText('草稿箱：有 1 份上次未保存的表单');
  await expectAccessible(after.page, '草稿箱');
});
