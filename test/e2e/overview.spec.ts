import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { DeleteDialog } from './pages/DeleteDialog';
import { MembersPage } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

async function liveCount(page: AppPage['page'], store: string): Promise<number> {
  return (await storedRows(page, store)).filter((row) => !row.deletedAt).length;
}

test('总览 counts what is stored, follows a change and its undo, and opens the list', async ({
  app,
}) => {
  const ui = new AppPage(app);
  const main = app.getByRole('main');
  await expect(ui.heading).toHaveText('总览');
  await expect(main).toContainText('还没有记录');

  await new SettingsPage(app).loadSampleData();
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('林晓峰');
  await form.save();
  await ui.open('总览');

  const tiles = main.getByRole('list', { name: '记录数' });
  const memberCount = await liveCount(app, 'members');
  const activityCount = await liveCount(app, 'activities');
  await expect(tiles.getByRole('button', { name: `委员 ${memberCount}人` })).toBeVisible();
  await expect(tiles.getByRole('button', { name: `履职活动 ${activityCount}条` })).toBeVisible();
  // 最近的修改: the newest change first, with who made it; the rest are in 操作记录.
  const recent = main.getByRole('region', { name: '最近的修改' });
  await expect(recent.getByRole('listitem').first()).toContainText('测试经办人');
  await expect(recent.getByRole('listitem').first()).toContainText('新建委员“林晓峰”');
  // The tiles do not pass for the sidebar: it alone has links named after the pages.
  await expect(app.getByRole('link', { name: '委员' })).toHaveCount(1);

  await ui.open('委员');
  await members.row('林晓峰').getByRole('button', { name: '删除' }).click();
  await new DeleteDialog(app, '删除这条委员记录？').confirm();
  await ui.open('总览');
  await expect(tiles.getByRole('button', { name: `委员 ${memberCount - 1}人` })).toBeVisible();
  await expect(recent.getByRole('listitem').first()).toContainText('删除委员“林晓峰”');
  await ui.undoButton.click();
  await expect(tiles.getByRole('button', { name: `委员 ${memberCount}人` })).toBeVisible();
  await expect(recent.getByRole('listitem').first()).toContainText('撤销：删除委员“林晓峰”');
  await recent.getByRole('link', { name: '查看全部操作记录' }).click();
  await expect(ui.heading).toHaveText('操作记录');
  await app.goBack();

  await tiles.getByRole('button', { name: `委员 ${memberCount}人` }).click();
  await expect(ui.heading).toHaveText('委员');
  await expect(members.row('林晓峰')).toBeVisible();
});
