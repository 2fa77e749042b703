import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

// These check what reaches settings.json: start without one (no 经办人 written beforehand).
test.use({ operatorName: '' });

test('经办人 and 单位名称 are saved to disk and survive a restart', async ({
  app,
  shell,
  dataDir,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.operatorName.fill('王小明');
  await settings.committeeName.fill('湖南省政协港澳台侨和外事委员会');
  await settings.save();
  await expect(app.getByText('设置已保存')).toBeVisible();
  await expect(settings.status).toContainText('经办人：王小明');

  const onDisk = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'));
  expect(onDisk).toMatchObject({
    operatorName: '王小明',
    committeeName: '湖南省政协港澳台侨和外事委员会',
  });

  const again = new SettingsPage(await shell.relaunch());
  await again.open('设置');
  await expect(again.operatorName).toHaveValue('王小明');
  await expect(again.committeeName).toHaveValue('湖南省政协港澳台侨和外事委员会');
});

test('an empty 单位名称 is refused in Chinese and nothing is written', async ({ app, dataDir }) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.committeeName.fill('   ');
  await settings.save();
  await expect(app.getByText('请填写单位名称')).toBeVisible();
  await expect(readFile(join(dataDir, 'settings.json'), 'utf8')).rejects.toThrow();
});

test('帮助 → 打开日志文件夹 opens the log folder in the data folder', async ({
  app,
  shell,
  dataDir,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await app.getByRole('button', { name: '打开日志文件夹' }).click();
  await expect.poll(() => shell.openedPaths).toEqual([join(dataDir, 'logs')]);
});

test('leaving 设置 with a change not saved asks first, and 留在这一页 keeps what was typed', async ({
  app,
  dataDir,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.committeeName.fill('湖南省政协港澳台侨和外事委员会');
  const lead = app.getByLabel('提案领衔积分');
  await lead.fill('7');

  // A sidebar link: the page stays, and the dialog names both cards.
  await settings.sidebar.getByRole('link', { name: '委员', exact: true }).click();
  const ask = app.getByRole('dialog').filter({ hasText: '离开这一页？' });
  await expect(ask).toContainText('的修改还没有保存');
  await expect(ask).toContainText('基本信息');
  await expect(ask).toContainText('履职积分规则');
  await expect(ask.getByRole('button', { name: '留在这一页' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(settings.heading).toHaveText('设置');
  expect(new URL(app.url()).hash).toBe('#/settings');
  await expect(settings.committeeName).toHaveValue('湖南省政协港澳台侨和外事委员会');
  await expect(lead).toHaveValue('7');

  // Back to 总览 with the browser's back: asked too. 不保存，离开 goes, and nothing was written.
  await app.goBack();
  await expect(ask).toBeVisible();
  await expect(settings.heading).toHaveText('设置');
  await ask.getByRole('button', { name: '不保存，离开' }).click();
  await expect(settings.heading).toHaveText('总览');
  await expect(readFile(join(dataDir, 'settings.json'), 'utf8')).rejects.toThrow();

  // Back on 设置, the stored values show, and with nothing changed a page opens at once.
  await settings.open('设置');
  await expect(settings.committeeName).not.toHaveValue('湖南省政协港澳台侨和外事委员会');
  await expect(lead).not.toHaveValue('7');
  await settings.open('委员');
  await expect(ask).toHaveCount(0);
});

test('closing the window with a 设置 change not saved asks first: 留在这一页 keeps it, 不保存，关闭 closes', async ({
  shell,
  dataDir,
}) => {
  const app = await shell.launch({ snapshotOnWindowClose: true });
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.committeeName.fill('湖南省政协港澳台侨和外事委员会');

  // The window's close button (the shell's window closed with its unload prompt).
  await app.close({ runBeforeUnload: true });
  const ask = app.getByRole('dialog').filter({ hasText: '关闭履职台账？' });
  await expect(ask).toContainText('基本信息的修改还没有保存。关闭窗口，这些修改就不再保留。');
  await expect(ask.getByRole('button', { name: '留在这一页' })).toBeFocused();
  await expectAccessible(app, '关闭履职台账？ 询问');
  // A Back (Alt+←) meanwhile leaves the page as it is, with nothing asked over the question.
  await app.goBack();
  await expect(settings.heading).toHaveText('设置');
  await expect(app.getByRole('dialog').filter({ hasText: '离开这一页？' })).toHaveCount(0);
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '留在这一页' }).focus();
  await app.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  // The shell took the answer as "stay" (its log says so) and the window is still open.
  const log = () => readFile(join(dataDir, 'logs', 'main.log'), 'utf8');
  await expect.poll(log).toContain('window close cancelled: the user stayed with unsaved work');
  expect(shell.current!.context.pages()).toHaveLength(1);
  await expect(settings.committeeName).toHaveValue('湖南省政协港澳台侨和外事委员会');

  // Closed again: asked again, and 不保存，关闭 closes the window with nothing written.
  await app.close({ runBeforeUnload: true });
  await ask.getByRole('button', { name: '不保存，关闭' }).click();
  await expect.poll(() => shell.current!.context.pages().length).toBe(0);
  await expect(readFile(join(dataDir, 'settings.json'), 'utf8')).rejects.toThrow();
});

test('a change saved in 设置 lets the page go without asking', async ({ app }) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await settings.operatorName.fill('王小明');
  await settings.save();
  await expect(app.getByText('设置已保存')).toBeVisible();
  // 操作记录, under 设置, hides the cards: asked there too while a number is unsaved.
  await app.getByLabel('阶段超期天数').fill('45');
  await app.getByRole('button', { name: '查看操作记录' }).click();
  const ask = app.getByRole('dialog').filter({ hasText: '离开这一页？' });
  await expect(ask).toContainText('阶段超期天数的修改还没有保存');
  await ask.getByRole('button', { name: '留在这一页' }).click();
  await app.getByRole('button', { name: '保存天数' }).click();
  await expect(app.getByText(/已保存：在一个阶段停留超过 45 天/)).toBeVisible();
  await settings.open('履职活动');
  await expect(ask).toHaveCount(0);

  // A rate typed and not added, and a number of backups to keep not saved, are asked about too.
  await settings.open('设置');
  await app.getByLabel('汇率', { exact: true }).fill('0.92');
  await app.getByLabel('每日备份保留份数').fill('20');
  await settings.sidebar.getByRole('link', { name: '统计', exact: true }).click();
  await expect(ask).toContainText('新汇率');
  await expect(ask).toContainText('备份保留份数');
});
