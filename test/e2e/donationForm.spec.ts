import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvRows, libreOfficeSheetsAsCsv } from '../office/xlsxSheets';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { addOtherDonor, newDonation } from './pages/donationFormSteps';
import { DonationDocumentsPage } from './pages/DonationDocumentsPage';
import { MemberForm } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { SheetExportDialog } from './pages/SheetExportDialog';
import { storedRows } from './storedRows';

// Issue 12 · the 捐赠 form: money to the fen in the currency given, converted with the rate of
// its day from 设置 → 汇率; goods line by line; never a guessed rate.

test('a donation in 港币 takes the rate of its day and is stored to the fen', async ({ app }) => {
  await new SettingsPage(app).addRate('港币', '2020-01-01', '0.8900');
  await new SettingsPage(app).addRate('港币', '2020-02-01', '0.9013');
  const form = await newDonation(app);
  await addOtherDonor(app, form, '香港中华总商会');
  await form.field('捐赠日期').fill('2020年2月3日');
  await form.field('金额').fill('1,234,567.89');
  await form.drawer.getByLabel('币种').fill('HKD');
  await expect(app.getByRole('option', { name: '港币 HKD' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.field('汇率')).toHaveValue('0.9013');
  await expect(form.drawer.getByText('按汇率表2020年2月1日起的汇率 0.9013')).toBeVisible();
  // 1,234,567.89 × 0.9013 = 1,112,716.038… → 1,112,716.04 (rounded half up to the fen)
  await expect(form.field('折合人民币')).toHaveValue('1,112,716.04');
  await form.field('用途').fill('疫情防控');
  await expect(app.getByRole('option', { name: '疫情防控' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expectAccessible(app, '新增捐赠 表单（港币）');
  await form.save();

  const [stored] = await storedRows(app, 'donations');
  expect(stored).toMatchObject({
    kind: '资金',
    donors: [{ type: '其他', name: '香港中华总商会', group: false }],
    date: { year: 2020, month: 2, day: 3 },
    amount: { amountMinor: 123456789, currency: 'HKD' },
    rate: '0.9013',
    cnyAmountMinor: 111271604,
    purpose: '疫情防控',
  });
});

test('an HKD gift from a 港区委员 picked by initials is the member’s, not a namesake typed in', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const memberId = (
    (await storedRows(app, 'members')) as { id: string; name: string; deletedAt?: unknown }[]
  ).find((m) => m.name === '陈美玲' && !m.deletedAt)?.id;
  expect(memberId).toBeDefined();
  await new SettingsPage(app).addRate('港币', '2021-01-01', '0.8321');
  const form = await newDonation(app);

  // Her full name offers her first, with her 类别, and a namesake outside the committee last.
  await form.field('捐赠方').fill('陈美玲');
  // (The list for screen readers holds only the options next to the active one: read what shows.)
  const shown = app.locator('.ant-select-dropdown:visible .ant-select-item');
  await expect(shown).toHaveText(['委员', '陈美玲（港区委员）', '其他捐赠方', '陈美玲（非委员）']);
  await form.field('捐赠方').fill('');
  // Her initials find her; Enter takes her.
  await form.field('捐赠方').fill('cml');
  await expect(app.getByRole('option', { name: '陈美玲（港区委员）' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.drawer.getByText('非委员捐赠方：')).toBeHidden();
  await app.keyboard.press('Tab');
  await form.field('捐赠日期').fill('2021年3月8日');
  await form.field('金额').fill('100,000');
  await form.drawer.getByLabel('币种').fill('HKD');
  await expect(app.getByRole('option', { name: '港币 HKD' })).toBeAttached();
  await app.keyboard.press('Enter');
  // 100,000.00 × 0.8321 = 83,210.00
  await expect(form.field('折合人民币')).toHaveValue('83,210.00');
  await form.save();

  const stored = (await storedRows(app, 'donations')).find(
    (d) =>
      (d as { date?: { year: number; month: number; day: number } }).date?.day === 8 &&
      (d as { date?: { month: number } }).date?.month === 3,
  );
  expect(stored).toMatchObject({
    kind: '资金',
    donors: [{ type: '委员', memberId }],
    amount: { amountMinor: 10000000, currency: 'HKD' },
    rate: '0.8321',
    cnyAmountMinor: 8321000,
  });
});

test('a 捐赠方 typed and left with Tab is taken, the member of that name or an outside donor, and those chosen stay', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const form = await newDonation(app);
  await form.field('捐赠方').fill('香港某商会');
  await app.keyboard.press('Tab');
  await expect(form.drawer.getByRole('checkbox', { name: '“香港某商会”为群体' })).toBeVisible();
  await form.field('捐赠方').fill('陈美玲');
  await app.keyboard.press('Tab');
  await expect(form.drawer.getByTitle('陈美玲（港区委员）')).toBeVisible();
  await expect(form.drawer.getByRole('checkbox', { name: '“陈美玲”为群体' })).toHaveCount(0);
  // The outside donor chosen first is still there: typing on did not offer it to be taken again.
  await expect(form.drawer.getByRole('checkbox', { name: '“香港某商会”为群体' })).toBeVisible();
});

test('Tab or Enter in 捐赠方 with nothing typed adds no donor, and the keyboard moves on', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const form = await newDonation(app);
  const picker = form.field('捐赠方');
  await picker.click();
  const first = app.getByRole('option').first();
  await expect(first).toBeAttached();
  const offered = (await first.textContent()) ?? '';
  expect(offered).not.toBe('');
  await app.keyboard.press('Tab');
  await expect(picker).not.toBeFocused();
  await expect(form.drawer.locator(':focus')).toHaveCount(1);
  // Enter with nothing typed moves on as well, rather than opening the list for the next Enter.
  await picker.focus();
  await app.keyboard.press('Enter');
  await expect(picker).not.toBeFocused();
  await expect(form.drawer.locator(':focus')).toHaveCount(1);
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(form.drawer.getByTitle(offered)).toHaveCount(0);
  await expect(form.drawer.getByText(offered)).toHaveCount(0);
});

test('列入大事记 is a box to tick, as in the activity form, and asks for its 大事记摘要', async ({
  app,
}) => {
  const form = await newDonation(app);
  const chronicle = form.drawer.getByRole('checkbox', { name: '列入大事记' });
  await chronicle.check();
  await expect(form.field('大事记摘要')).toBeVisible();
  await chronicle.uncheck();
  await expect(form.field('大事记摘要')).toHaveCount(0);
});

test('with no rate for its day the form asks for one instead of guessing, and saves nothing', async ({
  app,
}) => {
  const form = await newDonation(app);
  await addOtherDonor(app, form, '澳门某基金会');
  await form.field('捐赠日期').fill('2020年2月3日');
  await form.field('金额').fill('50000');
  await form.drawer.getByLabel('币种').fill('MOP');
  await expect(app.getByRole('option', { name: '澳门币 MOP' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(
    form.drawer.getByText(
      '汇率表中没有澳门币在2020年2月3日有效的汇率，请填写汇率，或先在“设置 → 汇率”中添加',
    ),
  ).toBeVisible();
  await expect(form.field('汇率')).toHaveValue('');
  await form.drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.drawer.getByText('汇率：外币金额须填写汇率')).toBeVisible();
  expect(await storedRows(app, 'donations')).toEqual([]);

  // Typed by hand, the rate converts the amount.
  await form.field('汇率').fill('0.8751');
  await expect(form.field('折合人民币')).toHaveValue('43,755.00');
  await form.save();
  expect(await storedRows(app, 'donations')).toMatchObject([
    { amount: { amountMinor: 5000000, currency: 'MOP' }, rate: '0.8751', cnyAmountMinor: 4375500 },
  ]);
});

test('goods are entered line by line with their 估值 and its total, which the list and its 台账 show', async ({
  app,
  shell,
  dataDir,
}) => {
  const form = await newDonation(app);
  await form.field('捐赠类型').fill('物资');
  await expect(app.getByRole('option', { name: '物资' })).toBeAttached();
  await app.keyboard.press('Enter');
  await addOtherDonor(app, form, '港澳委员和海外顾问团成员');
  await form.drawer.getByRole('checkbox', { name: '“港澳委员和海外顾问团成员”为群体' }).check();
  await form.field('捐赠日期').fill('2020年2月');
  await form.drawer.getByRole('button', { name: '添加物资' }).click();
  await form.field('第1项 名称').fill('医用外科口罩（一次性）');
  await form.field('第1项 规格').fill('N95');
  // What a number box could not read it threw away: here it stays, and is refused saying why.
  await form.field('第1项 数量').fill('两万');
  await form.field('第1项 单位').fill('个');
  await form.field('第1项 估值').fill('30万');
  await form.drawer.getByRole('button', { name: '保存' }).click();
  await expect(form.drawer.getByText('数量：请填写数字，如 20000 或 2万')).toBeVisible();
  await expect(form.field('第1项 数量')).toHaveValue('两万');
  await form.field('第1项 数量').fill('2万');
  await form.drawer.getByRole('button', { name: '添加物资' }).click();
  await form.field('第2项 名称').fill('防护服');
  await form.field('第2项 数量').fill('1000');
  await form.field('第2项 单位').fill('套');
  await form.field('第2项 估值').fill('150,000');
  await form.field('第2项 有效期').fill('2022年12月31日');
  await expect(form.drawer.getByText('估值合计 ¥450,000.00')).toBeVisible();
  // Each column is named once above the rows, and a long name or a full date is read whole.
  for (const heading of ['名称', '规格', '数量', '单位', '估值', '有效期']) {
    await expect(form.drawer.getByText(heading, { exact: true })).toBeVisible();
  }
  for (const label of ['第1项 名称', '第2项 有效期']) {
    const cut = await form.field(label).evaluate((input) => input.scrollWidth > input.clientWidth);
    expect(cut, `${label} is cut short`).toBe(false);
  }
  await expectAccessible(app, '新增捐赠 表单（物资）');
  await form.save();
  expect(await storedRows(app, 'donations')).toMatchObject([
    {
      kind: '物资',
      donors: [{ type: '其他', name: '港澳委员和海外顾问团成员', group: true }],
      items: [
        {
          name: '医用外科口罩（一次性）',
          spec: 'N95',
          quantity: 20000,
          unit: '个',
          value: { amountMinor: 30000000, currency: 'CNY' },
        },
        {
          name: '防护服',
          quantity: 1000,
          unit: '套',
          value: { amountMinor: 15000000, currency: 'CNY' },
          expiry: { year: 2022, month: 12, day: 31 },
        },
      ],
    },
  ]);

  // No 金额 was typed: the row and the 台账 show the items' 估值, 300,000 + 150,000.
  const row = app.getByRole('main').getByRole('row', { name: /港澳委员和海外顾问团成员/ });
  await expect(row).toContainText('¥450,000.00');
  await expect(row).toContainText('45万元');
  const exporter = new SheetExportDialog(app);
  await exporter.openFromList('Excel 台账');
  const target = join(dataDir, '物资台账.xlsx');
  shell.current!.dialogs.answerSave(target);
  await exporter.start();
  await expect(exporter.result).toContainText(target);
  const sheet = csvRows([...(await libreOfficeSheetsAsCsv(await readFile(target))).values()][0]!);
  const cny = sheet[2]!.indexOf('折合人民币');
  expect(sheet.find((cells) => cells[0] === '合计')?.[cny]).toBe('450,000.00');
});

test('a new rate in the table leaves a recorded donation alone until 按汇率表重新计算 is asked', async ({
  app,
}) => {
  await new SettingsPage(app).addRate('美元', '2020-02-01', '6.9249');
  const form = await newDonation(app);
  await addOtherDonor(app, form, '美国侨胞联谊会');
  await form.field('捐赠日期').fill('2020-02-10');
  await form.field('金额').fill('10000');
  await form.drawer.getByLabel('币种').fill('USD');
  await expect(app.getByRole('option', { name: '美元 USD' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.field('折合人民币')).toHaveValue('69,249.00');
  await form.save();

  // The table is corrected afterwards: the donation keeps what it was given.
  await new SettingsPage(app).open('设置');
  await app.getByLabel('币种').fill('美元');
  await expect(app.getByRole('option', { name: '美元（USD）' })).toBeAttached();
  await app.keyboard.press('Enter');
  await app.getByLabel('起始日期').fill('2020-02-01');
  await app.getByLabel('汇率', { exact: true }).fill('7.0000');
  await app.getByRole('button', { name: '添加' }).click();
  await app
    .getByRole('dialog', { name: '替换这条汇率？' })
    .getByRole('button', { name: '替换' })
    .click();
  await expect(app.getByRole('table', { name: '汇率表' })).toContainText('7.0000');
  expect(await storedRows(app, 'donations')).toMatchObject([
    { rate: '6.9249', cnyAmountMinor: 6924900 },
  ]);

  await new SettingsPage(app).open('捐赠');
  const row = app.getByRole('main').getByRole('row').nth(1);
  await row.focus();
  await app.keyboard.press('Enter');
  const edit = new MemberForm(app, '编辑捐赠');
  await expect(edit.field('汇率')).toHaveValue('6.9249');
  await expect(
    edit.drawer.getByText('汇率表中2020年2月1日起为 7.0000，与本笔所记不同'),
  ).toBeVisible();
  await edit.drawer.getByRole('button', { name: '按汇率表重新计算' }).click();
  await expect(edit.field('汇率')).toHaveValue('7.0000');
  await expect(edit.field('折合人民币')).toHaveValue('70,000.00');
  await edit.save();
  expect(await storedRows(app, 'donations')).toMatchObject([
    { rate: '7.0000', cnyAmountMinor: 7000000, rev: 2 },
  ]);
});

test('a half-filled 新增捐赠 in 港币 comes back from 草稿箱 after a crash, amount and currency intact', async ({
  app,
  shell,
}) => {
  const form = await newDonation(app);
  await addOtherDonor(app, form, '香港某慈善基金');
  await form.field('金额').fill('88,000');
  await form.drawer.getByLabel('币种').fill('HKD');
  await expect(app.getByRole('option', { name: '港币 HKD' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.drawer.getByRole('status')).toHaveText(/^草稿已保存 /);
  await shell.kill();

  const after = await shell.launch();
  const box = after.getByRole('alert').filter({ hasText: '草稿箱' });
  await expect(box).toContainText('新增捐赠');
  await box.getByRole('button', { name: '继续填写' }).click();
  const restored = new MemberForm(after, '新增捐赠');
  await expect(restored.field('金额')).toHaveValue('88,000.00');
  await expect(restored.drawer.getByLabel('币种')).toBeVisible();
  await expect(restored.drawer.getByText('港币 HKD')).toBeVisible();
  await expect(
    restored.drawer.getByRole('checkbox', { name: '“香港某慈善基金”为群体' }),
  ).toBeVisible();
});

test('a gift of goods valued in 港币 opens for 编辑 with its 估值 totalled in 港币', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const documents = new DonationDocumentsPage(app);
  await documents.openCampaign('新冠肺炎疫情防控');
  // 黄家豪's 无创呼吸机 and 医用防护服, valued HK$3,000,000 and HK$5,000,000 (the sample's own).
  await app
    .getByRole('table', { name: '专项的捐赠' })
    .getByRole('row')
    .filter({ hasText: '黄家豪' })
    .filter({ hasText: '物资' })
    .dblclick();
  const drawer = app.getByRole('dialog', { name: '编辑捐赠' });
  await expect(drawer.getByLabel('第1项 名称')).toHaveValue('无创呼吸机');
  await expect(drawer.getByRole('status').filter({ hasText: '估值合计' })).toHaveText(
    '估值合计 HK$8,000,000.00',
  );
  // A line valued in 元 beside them is totalled apart, not added to the 港币.
  await drawer.getByRole('button', { name: '添加物资' }).click();
  await drawer.getByLabel('第3项 名称').fill('护目镜');
  await drawer.getByLabel('第3项 数量').fill('100');
  await drawer.getByLabel('第3项 估值').fill('2万');
  await expect(drawer.getByRole('status').filter({ hasText: '估值合计' })).toHaveText(
    '估值合计 HK$8,000,000.00 + ¥20,000.00',
  );
  await expect(app.getByText('这个页面出错了')).toHaveCount(0);
});

test('a rate from over a year before the donation is converted at, and flagged to be checked', async ({
  app,
}) => {
  await new SettingsPage(app).addRate('港币', '2021-01-01', '0.8321');
  const form = await newDonation(app);
  await form.field('捐赠日期').fill('2022年3月8日');
  await form.field('金额').fill('100,000');
  await form.drawer.getByLabel('币种').fill('HKD');
  await expect(app.getByRole('option', { name: '港币 HKD' })).toBeAttached();
  await app.keyboard.press('Enter');
  // The newest 港币 rate began on 2021-01-01, 431 days before: used, and said to be old.
  await expect(form.field('折合人民币')).toHaveValue('83,210.00');
  await expect(
    form.drawer.getByText(
      '按汇率表2021年1月1日起的汇率 0.8321：比捐赠日期早一年以上，请核对；新的汇率可在“设置 → 汇率”中添加',
    ),
  ).toBeVisible();
  // Within the year it is the plain note.
  await form.field('捐赠日期').fill('2021年3月8日');
  await expect(
    form.drawer.getByText('按汇率表2021年1月1日起的汇率 0.8321', { exact: true }),
  ).toBeVisible();
});
