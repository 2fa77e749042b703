import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { xlsxWithBomb } from '../office/xlsxBomb';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { SheetImportPage } from './pages/SheetImportPage';
import { storedRows } from './storedRows';

// Issue 13 item 3, the import half: 委员, 履职活动 and 捐赠 from .xlsx or CSV, mapped, checked
// row by row, added as one undoable step.

const SHEETS = fileURLToPath(new URL('../fixtures/sheets/', import.meta.url));
const PHOTOS = fileURLToPath(new URL('../fixtures/photos/', import.meta.url));
/** 委员 in GBK: 张伟明 (row 6) has a bad 手机, 黄志强 (row 7) a bad 类别. */
const MEMBERS_GBK = `${SHEETS}members-gbk.csv`;
/** 履职活动 saved by LibreOffice; row 6 names 王不存在, who is no member. */
const ACTIVITIES_XLSX = `${SHEETS}activities.xlsx`;
const CATEGORY_CHOICES = '须为以下之一：港区委员、澳区委员、台胞、侨界、海外顾问、特邀人士、其他';

async function live(page: Page, store: string) {
  return (await storedRows(page, store)).filter((row) => !row.deletedAt);
}

test('a GBK CSV of 委员: bad rows say why, a namesake waits, 2 are added as one step that 撤销 takes back', async ({
  app,
  shell,
}, testInfo) => {
  test.slow();
  const members = new MembersPage(app);
  await members.open('委员');
  await members.addMember({ 姓名: '陳大文' });

  const transfer = new SheetImportPage(app, shell);
  await transfer.open('导入导出');
  // A photo is no spreadsheet: said plainly, and no dialog opens.
  await transfer.choose('委员', `${PHOTOS}chenzhou-0529.jpg`);
  await expect(transfer.error).toHaveText(
    '“chenzhou-0529.jpg”不是电子表格：只能导入 .xlsx 或 .csv 文件',
  );
  await app.screenshot({ path: testInfo.outputPath('transfer-error.png') });
  await expectAccessible(app, '导入导出（文件不能导入）');

  await transfer.choose('委员', MEMBERS_GBK);
  const dialog = transfer.dialog('委员');
  await expect(dialog.root).toBeVisible();
  await expect(transfer.error).toBeHidden();
  await expect(dialog.root).toContainText('编码：GBK / GB18030');
  await expect(dialog.root).toContainText('表头在第3行，数据从第4行起');
  await expect(dialog.summary).toHaveText(
    '共 5 行：可导入 3 行（其中重名 1 行未勾选，勾选才导入），有问题 2 行（不导入）',
  );
  await expect(dialog.chosenField(1)).toHaveText('不导入');
  await expect(dialog.chosenField(2)).toHaveText('姓名');
  await expect(dialog.chosenField(3)).toHaveText('其他写法');
  await expect(dialog.chosenField(5)).toHaveText('联系电话');
  await expect(dialog.badRows.getByRole('listitem')).toHaveText([
    '第6行：联系电话：格式不正确',
    `第7行：类别：${CATEGORY_CHOICES}`,
  ]);
  await expect(dialog.row(4)).toContainText('与已有委员“陳大文”重名');
  await expect(dialog.rowCheckbox(4)).not.toBeChecked();
  await expect(dialog.rowCheckbox(6)).toBeDisabled();
  // Ticked, the namesake is counted with the rest, as the button counts it.
  await dialog.rowCheckbox(4).check();
  await expect(dialog.summary).toHaveText('共 5 行：可导入 3 行，有问题 2 行（不导入）');
  await expect(dialog.root.getByRole('button', { name: '导入 3 位委员' })).toBeVisible();
  await dialog.rowCheckbox(4).uncheck();
  await dialog.root.screenshot({ path: testInfo.outputPath('members-gbk.png') });
  await expectAccessible(app, '从 Excel/CSV 导入委员 对话框（有问题的行和重名）');

  await dialog.import('导入 2 位委员');
  await expect(transfer.toast('已导入 2 位委员，可以撤销')).toBeVisible();
  const stored = await live(app, 'members');
  expect(stored.map((row) => row.name).sort()).toEqual(['刘嘉欣', '李微微', '陳大文'].sort());
  expect(stored.find((row) => row.name === '李微微')).toMatchObject({
    otherNames: ['Lei Mei Mei'],
    category: '澳区委员',
    phone: '13800000002',
  });
  expect(stored.find((row) => row.name === '刘嘉欣')).toMatchObject({
    workplace: '侨联副主席，兼秘书长',
  });
  const imports = (await storedRows(app, 'audit')).filter((entry) => entry.action === 'import');
  expect(imports).toHaveLength(1);
  expect(imports[0]).toMatchObject({ kind: 'member', operator: '测试经办人' });
  expect(imports[0]!.recordIds).toHaveLength(2);

  // One 撤销 takes the whole batch away.
  await transfer.undoButton.click();
  await expect(transfer.toast('已撤销：导入委员 2 条')).toBeVisible();
  expect((await live(app, 'members')).map((row) => row.name)).toEqual(['陳大文']);
});

test('an .xlsx of 履职活动 saved by LibreOffice: participants matched by name, twin and 其他写法; the mapping is remembered', async ({
  app,
  shell,
}, testInfo) => {
  test.slow();
  const transfer = new SheetImportPage(app, shell);
  await transfer.open('导入导出');
  await transfer.choose('委员', MEMBERS_GBK);
  await transfer.dialog('委员').import('导入 3 位委员');
  const memberId = async (name: string) =>
    (await live(app, 'members')).find((row) => row.name === name)!.id;

  await transfer.choose('履职活动', ACTIVITIES_XLSX);
  const dialog = transfer.dialog('履职活动');
  await expect(dialog.root).toContainText('表头在第2行，数据从第3行起');
  await expect(dialog.chosenField(2)).toHaveText('活动名称');
  await expect(dialog.chosenField(4)).toHaveText('开始日期');
  // 参会人员名单 is no heading the import knows: mapped by hand, once.
  await expect(dialog.chosenField(6)).toHaveText('不导入');
  await dialog.mapColumn(6, '参加委员');
  await expect(dialog.summary).toHaveText('共 5 行：可导入 4 行，有问题 1 行（不导入）');
  await expect(dialog.badRows.getByRole('listitem')).toHaveText([
    '第6行：参加委员：找不到委员“王不存在”',
  ]);
  await dialog.root.screenshot({ path: testInfo.outputPath('activities-xlsx.png') });
  await expectAccessible(app, '从 Excel/CSV 导入履职活动 对话框');
  await dialog.import('导入 4 条履职活动');
  await expect(transfer.toast('已导入 4 条履职活动，可以撤销')).toBeVisible();

  const [chen, li, liu] = [
    await memberId('陈大文'),
    await memberId('李微微'),
    await memberId('刘嘉欣'),
  ];
  const activities = await live(app, 'activities');
  const byTitle = (title: string) => activities.find((row) => row.title === title);
  expect(activities).toHaveLength(4);
  expect(byTitle('委员履职培训')).toBeUndefined();
  // A date cell LibreOffice wrote, read as the day it shows.
  expect(byTitle('赴郴州开展港澳青年交流调研')).toMatchObject({
    type: '调研',
    startDate: { year: 2018, month: 5, day: 29 },
    place: '郴州',
    participants: [{ memberId: chen }, { memberId: li }],
  });
  // 陳大文 and 劉嘉欣, written traditional, are 陈大文 and 刘嘉欣; Lei Mei Mei is 李微微's 其他写法.
  expect(byTitle('桂东县青竹村乡村振兴帮扶')).toMatchObject({
    startDate: { year: 2021, month: 4, day: 15 },
    participants: [{ memberId: chen }, { memberId: liu }],
  });
  expect(byTitle('港澳委员读书分享会')).toMatchObject({
    startDate: { year: 2021, month: 7, day: 6 },
    participants: [{ memberId: chen }, { memberId: li }],
  });
  expect(byTitle('粤港澳大湾区考察')).toMatchObject({
    startDate: { year: 2020, month: 12, day: 30 },
    endDate: { year: 2021, month: 1, day: 2 },
  });

  // The same file again: the column keeps the field chosen last time, and every row already
  // imported waits, unticked, as a likely duplicate.
  await transfer.choose('履职活动', ACTIVITIES_XLSX);
  await expect(dialog.chosenField(6)).toHaveText('参加委员');
  await expect(dialog.summary).toHaveText(
    '共 5 行：可导入 4 行（其中疑似重复 4 行未勾选，勾选才导入），有问题 1 行（不导入）',
  );
  await expect(dialog.row(3)).toContainText(
    '与已有活动“赴郴州开展港澳青年交流调研”（2018年5月29日）相似',
  );
  await expect(dialog.rowCheckbox(3)).not.toBeChecked();
  await expect(dialog.importButton('导入 0 条履职活动')).toBeDisabled();
  await expectAccessible(app, '从 Excel/CSV 导入履职活动 对话框（疑似重复）');
  await dialog.root.getByRole('button', { name: '取消' }).click();
  await expect(dialog.root).toBeHidden();
  expect(await live(app, 'activities')).toHaveLength(4);
});

test('a UTF-8 CSV of 捐赠 from the 捐赠 list: amounts in 万元 and 元, a foreign amount without a rate refused', async ({
  app,
  shell,
}, testInfo) => {
  // As Excel's 「CSV UTF-8」 saves it: with a BOM.
  const path = testInfo.outputPath('donations.csv');
  const text = [
    '捐赠人,金额（万元）,币种,捐赠日期,用途',
    '香港某基金会,2,人民币,2020年2月3日,疫情防控',
    '"李微微、陈大文",5000元,,2020.2.5,助学',
    '陈大文,1,港币,2020.2.6,',
  ].join('\r\n');
  await writeFile(path, '\uFEFF' + text + '\r\n', 'utf8');

  const transfer = new SheetImportPage(app, shell);
  await transfer.open('捐赠');
  shell.current!.dialogs.answerOpen([path]);
  await app.getByRole('main').getByRole('button', { name: '从 Excel/CSV 导入' }).click();
  const dialog = transfer.dialog('捐赠');
  await expect(dialog.root).toContainText('编码：UTF-8');
  await expect(dialog.summary).toHaveText('共 3 行：可导入 2 行，有问题 1 行（不导入）');
  await expect(dialog.badRows.getByRole('listitem')).toHaveText([
    '第4行：汇率：表中没有汇率，设置 → 汇率中也没有港币在2020年2月6日的汇率',
  ]);
  await dialog.root.screenshot({ path: testInfo.outputPath('donations-csv.png') });
  await expectAccessible(app, '从 Excel/CSV 导入捐赠 对话框');
  await dialog.import('导入 2 条捐赠');
  await expect(transfer.toast('已导入 2 条捐赠，可以撤销')).toBeVisible();

  const donations = await live(app, 'donations');
  expect(donations).toHaveLength(2);
  expect(donations.find((row) => row.purpose === '疫情防控')).toMatchObject({
    kind: '资金',
    donors: [{ type: '其他', name: '香港某基金会' }],
    amount: { amountMinor: 2_000_000, currency: 'CNY' },
    date: { year: 2020, month: 2, day: 3 },
  });
  expect(donations.find((row) => row.purpose === '助学')).toMatchObject({
    donors: [
      { type: '其他', name: '李微微' },
      { type: '其他', name: '陈大文' },
    ],
    amount: { amountMinor: 500_000, currency: 'CNY' },
  });
});

test('an .xlsx that is a decompression bomb is refused while inflating, said plainly, and nothing is written', async ({
  app,
  shell,
}, testInfo) => {
  test.slow();
  // 活动台账 with one more sheet part that would inflate past 256 MB; the file itself is small.
  const bomb = xlsxWithBomb(new Uint8Array(await readFile(ACTIVITIES_XLSX)), 257 * 1024 * 1024);
  const path = testInfo.outputPath('活动台账-炸弹.xlsx');
  await writeFile(path, bomb);
  const auditBefore = await storedRows(app, 'audit');

  const transfer = new SheetImportPage(app, shell);
  await transfer.open('导入导出');
  await transfer.choose('履职活动', path);
  await expect(transfer.error).toHaveText(
    '“活动台账-炸弹.xlsx”中的 xl/worksheets/sheet2.xml 解压后超过 256.0 MB，疑似压缩炸弹，已停止读取',
    { timeout: 60_000 },
  );
  await expect(transfer.dialog('履职活动').root).toBeHidden();
  expect(await live(app, 'activities')).toHaveLength(0);
  expect(await storedRows(app, 'audit')).toEqual(auditBefore);
});
