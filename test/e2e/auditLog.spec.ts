import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { AuditLogPage } from './pages/AuditLogPage';
import { MembersPage } from './pages/MembersPage';
import { PasteMembersDialog } from './pages/PasteMembersDialog';
import { RecordList } from './pages/RecordList';
import { SettingsPage } from './pages/SettingsPage';

test('操作记录 shows who changed what, newest first, with the fields before and after; its filters stay in the URL', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const members = new MembersPage(app);
  await members.open('委员');
  await members.addMember({ 姓名: '何永健', 联系电话: '13800001111' });
  await expect(members.toast('已新增委员')).toBeVisible();

  // A second 经办人 edits the phone number and deletes another member.
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.operatorName.fill('李娜');
  await settings.save();
  await expect(settings.toast('设置已保存')).toBeVisible();
  await members.open('委员');
  const form = await members.edit('何永健');
  await form.field('联系电话').fill('13800002222');
  await form.save();
  await members.addMember({ 姓名: '张建伟' });
  const deleting = await new RecordList(app).delete('张建伟', '删除这条委员记录？');
  await deleting.confirm();
  await expect(members.row('张建伟')).toHaveCount(0);

  const log = new AuditLogPage(app);
  await log.openFromSettings();
  await expect(log.count).toHaveText('共 5 条');
  await expect(log.entries).toHaveCount(5);
  const summaries = [
    ['李娜', '删除', '委员', '删除委员“张建伟”'],
    ['李娜', '新建', '委员', '新建委员“张建伟”'],
    ['李娜', '修改', '委员', '修改委员“何永健”：联系电话'],
    // The new 经办人 signs the change of name: the one who saves it is the one at work.
    ['李娜', '修改', '设置', '修改基本信息：经办人 测试经办人 → 李娜'],
    ['测试经办人', '新建', '委员', '新建委员“何永健”'],
  ];
  for (const [i, cells] of summaries.entries()) {
    for (const cell of cells) await expect(log.entries.nth(i)).toContainText(cell);
  }
  await expectAccessible(app, '操作记录');

  // The edit opens to its one field, before → after, unmasked: this is the office's own record.
  await log.entries.nth(2).click();
  const detail = app.getByRole('main').getByRole('table').nth(1);
  await expect(detail.getByRole('row')).toHaveCount(2);
  await expect(detail.getByRole('row').nth(1)).toHaveText(/联系电话\s*13800001111\s*13800002222/);
  await expectAccessible(app, '操作记录（展开一条）');

  await log.choose('操作', '修改');
  await expect(log.count).toHaveText('筛选出 2 条');
  await expect(app).toHaveURL(/#\/settings\/audit\?action=update$/);
  await log.search('经办人', '测试');
  await expect(log.count).toHaveText('筛选出 0 条');
  await expect(app.getByRole('main')).toContainText('没有符合筛选的操作记录');
  await expectAccessible(app, '操作记录（筛选无结果）');

  await app.goBack();
  await expect(log.count).toHaveText('筛选出 2 条');
  await app.goBack();
  await expect(log.count).toHaveText('共 5 条');
  await log.search('关键词', '张建伟');
  await expect(log.count).toHaveText('筛选出 2 条');

  // 在列表中查看这条记录 opens the member in its list.
  await log.search('关键词', '何永健');
  await expect(log.count).toHaveText('筛选出 2 条');
  await log.entries.first().click();
  await app.getByRole('button', { name: '在列表中查看这条记录' }).click();
  await expect(app).toHaveURL(/#\/members\/[0-9a-f-]{36}$/);
  await expect(members.row('何永健')).toBeVisible();
});

test('an import in 操作记录 names the records it wrote', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const log = new AuditLogPage(app);
  await log.openFromSettings();
  const loading = log.entries.filter({ hasText: '载入示例委员 53 条' });
  await loading.click();
  const written = app.getByRole('main').locator('.audit-written');
  await expect(app.getByRole('main')).toContainText('这一次写入了 53 条记录：');
  // Members of the committee's own report, by name.
  await expect(written).toContainText('陈美玲');
  await expect(written).toContainText('张国华');
});

test('changes made in 设置 are in 操作记录 with who and when, each before → after, under 类型 设置', async ({
  app,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.committeeName.fill('湖南省政协港澳台侨和外事委员会');
  await settings.save();
  await expect(settings.toast('设置已保存')).toBeVisible();

  await app.getByLabel('提案领衔积分').fill('7');
  await app.getByRole('button', { name: '保存规则' }).click();
  await expect(settings.toast('履职积分规则已保存，全部委员的积分已按新规则计算')).toBeVisible();

  await app.getByLabel('币种').fill('港币');
  await expect(app.getByRole('option', { name: '港币（HKD）' })).toBeAttached();
  await app.keyboard.press('Enter');
  await app.getByLabel('起始日期').fill('2020年2月1日');
  await app.getByLabel('汇率', { exact: true }).fill('0.9013');
  await app.getByRole('button', { name: '添加' }).click();
  await expect(settings.toast('已添加港币汇率')).toBeVisible();

  const log = new AuditLogPage(app);
  await log.openFromSettings();
  await expect(log.count).toHaveText('共 3 条');
  const expected = [
    ['新建', '添加汇率：港币（HKD）2020年2月1日起 0.9013'],
    ['修改', '修改履职积分规则：提案领衔积分 5 → 7'],
    ['修改', '修改基本信息：单位名称 省政协港澳台侨和外事委员会 → 湖南省政协港澳台侨和外事委员会'],
  ];
  for (const [i, [action, summary]] of expected.entries()) {
    const cells = log.entries.nth(i).getByRole('cell');
    await expect(cells.nth(1)).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/);
    await expect(cells.nth(2)).toHaveText('测试经办人');
    await expect(cells.nth(3)).toHaveText(action!);
    await expect(cells.nth(4)).toHaveText('设置');
    await expect(cells.nth(5)).toHaveText(summary!);
  }

  // The rules' entry opens to the one rule changed, by its label, not to the rules as stored.
  await log.entries.nth(1).click();
  const detail = app.getByRole('main').getByRole('table').nth(1);
  await expect(detail.getByRole('row')).toHaveCount(2);
  await expect(detail.getByRole('row').nth(1)).toHaveText(/^提案领衔积分\s*5\s*7$/);
  await expectAccessible(app, '操作记录（展开一条设置的修改）');

  // 类型 设置 keeps them, and only them.
  await log.choose('类型', '设置');
  await expect(app).toHaveURL(/#\/settings\/audit\?kind=settings$/);
  await expect(log.count).toHaveText('筛选出 3 条');
  await log.choose('类型', '委员');
  await expect(log.count).toHaveText('筛选出 0 条');

  // An entry leads to 设置, as a record's leads to the record: there the rule reads 7 now.
  await log.choose('类型', '设置');
  await log.entries.nth(1).click();
  await app.getByRole('link', { name: '在设置中查看现在的设置' }).click();
  await expect(settings.heading).toHaveText('设置');
  await expect(app.getByLabel('提案领衔积分')).toHaveValue('7');
});

test('an import undone says in 操作记录 which records the undo removed; a name finds the import', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const dialog = await PasteMembersDialog.open(app);
  await dialog.area.fill('欧阳明德\t13800000001\n司徒慧敏\t13800000002\n');
  await dialog.import(2);
  await expect(members.toast('已导入 2 位委员，可以撤销')).toBeVisible();
  await members.undoButton.click();
  await expect(members.toast('已撤销：导入委员 2 条')).toBeVisible();

  const log = new AuditLogPage(app);
  await log.openFromSettings();
  await expect(log.count).toHaveText('共 2 条');
  const undone = log.entries.filter({ hasText: '撤销：导入委员 2 条' });
  await expect(undone).toContainText('删除');
  await undone.click();
  const main = app.getByRole('main');
  await expect(main).toContainText('这一次删除了 2 条记录：');
  await expect(main).not.toContainText('没有字段改变');
  await expect(main.locator('.audit-written')).toHaveText('欧阳明德（已删除）、司徒慧敏（已删除）');
  await expectAccessible(app, '操作记录（展开一次撤销的导入）');

  // The summary says 导入委员 2 条; a name the entries list finds both of them.
  await log.search('关键词', '司徒慧敏');
  await expect(log.count).toHaveText('筛选出 2 条');
  await log.search('关键词', '上官');
  await expect(log.count).toHaveText('筛选出 0 条');
});
