import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 12 · 汇率: the rates a foreign-currency donation is converted with, typed or pasted,
// kept in the database; a rate is never replaced without the user seeing the one it replaces.

const ratesOnDisk = async (app: Page) =>
  (await storedRows(app, 'meta')).find((row) => row.key === 'exchangeRates')?.value ?? [];

test('a rate typed in 设置 is stored; one for the same day replaces it only when confirmed', async ({
  app,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  const table = app.getByRole('table', { name: '汇率表' });
  const card = app.locator('.ant-card').filter({ has: table });
  await expect(table).toContainText('还没有汇率');

  await app.getByLabel('币种').fill('港币');
  await expect(app.getByRole('option', { name: '港币（HKD）' })).toBeAttached();
  await app.keyboard.press('Enter');
  await app.getByLabel('起始日期').fill('2020年2月1日');
  await app.getByLabel('汇率', { exact: true }).fill('零点九');
  await app.getByRole('button', { name: '添加' }).click();
  await expect(card.getByText('格式不正确，应为大于零的数字，如 0.9213')).toBeVisible();
  expect(await ratesOnDisk(app)).toEqual([]);

  await app.getByLabel('汇率', { exact: true }).fill('0.9013');
  await app.getByRole('button', { name: '添加' }).click();
  await expect(
    table.getByRole('row', { name: /港币（HKD） 2020年2月1日 1 港币 = 0.9013 元/ }),
  ).toBeVisible();
  expect(await ratesOnDisk(app)).toEqual([{ currency: 'HKD', from: '2020-02-01', rate: '0.9013' }]);
  await expectAccessible(app, '设置 · 汇率');

  // The same day again: asked first, with the rate it replaces.
  await app.getByLabel('起始日期').fill('2020-02-01');
  await app.getByLabel('汇率', { exact: true }).fill('0.91');
  await app.getByRole('button', { name: '添加' }).click();
  const ask = app.getByRole('dialog', { name: '替换这条汇率？' });
  await expect(ask).toContainText('现为 0.9013，改为 0.91');
  await ask.getByRole('button', { name: '取消' }).click();
  expect(await ratesOnDisk(app)).toEqual([{ currency: 'HKD', from: '2020-02-01', rate: '0.9013' }]);
  await app.getByRole('button', { name: '添加' }).click();
  // By keyboard: a click landing while the question still zooms in was seen to reach no button.
  const replace = app.getByRole('dialog', { name: '替换这条汇率？' }).getByRole('button', {
    name: '替换',
  });
  await expect(replace).toBeVisible();
  await replace.press('Enter');
  await expect(table).toContainText('1 港币 = 0.91 元');
  expect(await ratesOnDisk(app)).toEqual([{ currency: 'HKD', from: '2020-02-01', rate: '0.91' }]);
});

test('rows pasted from a spreadsheet show what each does; the good ones are added at once', async ({
  app,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  await app.getByRole('button', { name: '粘贴导入' }).click();
  const dialog = app.getByRole('dialog', { name: '粘贴汇率' });
  await dialog
    .getByLabel('粘贴的表格')
    .fill(
      [
        '币种\t日期\t汇率',
        '港币\t2020-02-01\t0.9013',
        '美元\t2020年2月1日\t6.9249',
        '澳门元\t2020.2.1\t0.8751',
        '卢布\t2020-02-01\t0.11',
      ].join('\n'),
    );
  await expect(dialog.getByRole('status')).toHaveText('共 4 行：3 条将导入，1 行有误，不导入');
  await expect(dialog.getByRole('row', { name: /5 卢布.*不认识的币种“卢布”/ })).toBeVisible();
  await expectAccessible(app, '粘贴汇率 预览');
  await dialog.getByRole('button', { name: '导入 3 条' }).click();
  await expect(dialog).toBeHidden();
  const table = app.getByRole('table', { name: '汇率表' });
  await expect(table.getByRole('row')).toHaveCount(4);
  expect(await ratesOnDisk(app)).toEqual([
    { currency: 'HKD', from: '2020-02-01', rate: '0.9013' },
    { currency: 'MOP', from: '2020-02-01', rate: '0.8751' },
    { currency: 'USD', from: '2020-02-01', rate: '6.9249' },
  ]);
});
