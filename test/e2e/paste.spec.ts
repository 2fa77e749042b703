import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { PasteMembersDialog } from './pages/PasteMembersDialog';
import { storedRows } from './storedRows';

// Issue 10, point 3: rows copied from Excel or WPS paste into a grid that maps columns,
// previews, marks each bad row with its reason, and adds the good ones in one undoable step.

const SURNAMES = [...'陈李张王刘黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹'];
const NAMES = SURNAMES.map((surname) => `${surname}文华`);
/** Lines (a heading is line 1) of the two rows that cannot be read, and why. */
const BAD_PHONE_LINE = 8; // 周文华
const BAD_CATEGORY_LINE = 21; // 郑文华
const GOOD = NAMES.filter((_, i) => i + 2 !== BAD_PHONE_LINE && i + 2 !== BAD_CATEGORY_LINE);

/** 30 members as Excel copies them: a heading row, CRLF rows, a quoted cell with a line break. */
function spreadsheetText(): string {
  const heading = ['序号', '姓名', '类别', '手机', '单位及职务', '邮箱'].join('\t');
  const rows = NAMES.map((name, i) => {
    const line = i + 2;
    const phone = line === BAD_PHONE_LINE ? '12345' : `1380000${String(i).padStart(4, '0')}`;
    const category = line === BAD_CATEGORY_LINE ? '港澳委员' : i % 2 ? '澳區委員' : '港区委员';
    const workplace = i === 0 ? '"香港中文大学\n教授"' : `某公司${i}部经理`;
    return [String(i + 1), name, category, phone, workplace, `m${i}@example.com`].join('\t');
  });
  return [heading, ...rows].join('\r\n') + '\r\n';
}

async function liveMembersOnDisk(page: Page) {
  return (await storedRows(page, 'members')).filter((row) => !row.deletedAt);
}

test('30 pasted rows with 2 bad: the reasons show, 28 are added as one step that 撤销 and 重做 take back and forth', async ({
  app,
}, testInfo) => {
  // Pastes, checks and walks a 30-row batch through undo and redo: longer than most.
  test.slow();
  const members = new MembersPage(app);
  await members.open('委员');
  const dialog = await PasteMembersDialog.open(app);
  await expect(dialog.area).toBeFocused();

  // A real paste: the text on the clipboard, Ctrl+V in the paste area.
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.evaluate((text) => navigator.clipboard.writeText(text), spreadsheetText());
  await app.keyboard.press('Control+V');

  await expect(dialog.summary).toHaveText('共 30 行：可导入 28 行，有问题 2 行（不导入）');
  // In a 1024 × 700 window the rows scroll inside the dialog, and 导入 stays in view.
  const size = app.viewportSize()!;
  await app.setViewportSize({ width: 1024, height: 700 });
  await expect(app.getByRole('button', { name: '导入 28 位委员' })).toBeInViewport({ ratio: 1 });
  await app.screenshot({ path: testInfo.outputPath('paste-1024.png') });
  await app.setViewportSize(size);
  await expect(dialog.headerBox).toBeChecked();
  await expect(dialog.chosenField(1)).toHaveText('不导入');
  await expect(dialog.chosenField(2)).toHaveText('姓名');
  await expect(dialog.chosenField(4)).toHaveText('联系电话');
  await expect(dialog.chosenField(5)).toHaveText('工作单位及职务');
  await expect(dialog.chosenField(6)).toHaveText('电子邮箱');
  await expect(dialog.row(BAD_PHONE_LINE)).toContainText('联系电话：格式不正确');
  await expect(dialog.row(BAD_CATEGORY_LINE)).toContainText(
    '类别：须为以下之一：港区委员、澳区委员、台胞、侨界、海外顾问、特邀人士、其他',
  );
  await expect(dialog.badRows.getByRole('listitem')).toHaveText([
    `第${BAD_PHONE_LINE}行：联系电话：格式不正确`,
    `第${BAD_CATEGORY_LINE}行：类别：须为以下之一：港区委员、澳区委员、台胞、侨界、海外顾问、特邀人士、其他`,
  ]);
  await expect(dialog.rowCheckbox(BAD_PHONE_LINE)).toBeDisabled();
  await expect(dialog.row(2)).toContainText('可导入');
  await dialog.root.screenshot({ path: testInfo.outputPath('paste-grid.png') });
  await expectAccessible(app, '粘贴导入委员 对话框（含有问题的行）');

  await dialog.import(28);
  await expect(members.toast('已导入 28 位委员，可以撤销')).toBeVisible();
  await expect(await members.reveal(NAMES[0]!)).toBeVisible();
  await expect(await members.reveal(NAMES[29]!)).toBeVisible();
  await expect(members.row(NAMES[BAD_PHONE_LINE - 2]!)).toHaveCount(0);

  const stored = await liveMembersOnDisk(app);
  expect(stored.map((row) => row.name).sort()).toEqual([...GOOD].sort());
  const first = stored.find((row) => row.name === NAMES[0]);
  expect(first).toMatchObject({
    category: '港区委员',
    phone: '13800000000',
    workplace: '香港中文大学\n教授',
    email: 'm0@example.com',
    status: '在任',
  });
  expect(stored.find((row) => row.name === NAMES[1])).toMatchObject({ category: '澳区委员' });

  // One 撤销 takes all 28 away, as tombstones; one 重做 brings them back.
  await members.undoButton.click();
  await expect(members.toast('已撤销：导入委员 28 条')).toBeVisible();
  await expect(members.emptyNotice).toBeVisible();
  expect(await liveMembersOnDisk(app)).toHaveLength(0);
  expect(await storedRows(app, 'members')).toHaveLength(28);

  await members.redoButton.click();
  await expect(members.toast('已重做：导入委员 28 条')).toBeVisible();
  await expect(await members.reveal(NAMES[29]!)).toBeVisible();
  expect((await liveMembersOnDisk(app)).map((row) => row.name).sort()).toEqual([...GOOD].sort());
});

test('rows without a heading: fields are guessed, a duplicate waits to be ticked, a column can be left out', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('陳大文');
  await form.save();

  const dialog = await PasteMembersDialog.open(app);
  await dialog.area.fill('陈大文\t13800000001\t在任\n李小龙\t13800000002\t离任\n');
  await expect(dialog.headerBox).not.toBeChecked();
  await expect(dialog.chosenField(1)).toHaveText('姓名');
  await expect(dialog.chosenField(2)).toHaveText('联系电话');
  await expect(dialog.chosenField(3)).toHaveText('状态');
  await expect(dialog.row(1)).toContainText('与已有委员“陳大文”重名');
  await expect(dialog.rowCheckbox(1)).not.toBeChecked();
  await expect(dialog.importButton(1)).toBeEnabled();
  await expectAccessible(app, '粘贴导入委员 对话框（含重名的行）');

  await dialog.rowCheckbox(1).check();
  await dialog.mapColumn(3, '不导入');
  await dialog.import(2);

  const stored = await liveMembersOnDisk(app);
  expect(stored.map((row) => row.name).sort()).toEqual(['李小龙', '陈大文', '陳大文'].sort());
  // 状态 was left out: both take the default.
  expect(stored.find((row) => row.name === '李小龙')).toMatchObject({ status: '在任' });
});

test('Esc with rows pasted asks before closing; 继续导入 keeps the rows and their choices', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const dialog = await PasteMembersDialog.open(app);
  await dialog.area.fill('陈大文\t13800000001\t在任\n李小龙\t13800000002\t离任\n');
  await dialog.mapColumn(3, '不导入');

  await app.keyboard.press('Escape');
  const ask = app.getByRole('dialog').filter({ hasText: '关闭粘贴导入？' });
  await expect(ask).toContainText('粘贴的 2 行还没有导入');
  await expectAccessible(app, '关闭粘贴导入？ 询问');
  await expect(ask.getByRole('button', { name: '继续导入' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(dialog.root).toBeVisible();
  await expect(dialog.area).toHaveValue('陈大文\t13800000001\t在任\n李小龙\t13800000002\t离任\n');
  await expect(dialog.chosenField(3)).toHaveText('不导入');

  await dialog.root.getByRole('button', { name: '取消' }).click();
  await ask.getByRole('button', { name: '关闭' }).click();
  await expect(dialog.root).toBeHidden();
  expect(await liveMembersOnDisk(app)).toEqual([]);

  // With nothing pasted, Esc closes at once.
  const empty = await PasteMembersDialog.open(app);
  await expect(empty.area).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(empty.root).toBeHidden();
  await expect(ask).toHaveCount(0);
});
