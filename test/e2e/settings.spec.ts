import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
