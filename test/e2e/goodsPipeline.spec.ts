import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { GoodsPipelinePage } from './pages/GoodsPipelinePage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 12, point 2: the goods pipeline. Goods move 登记 → 鉴定 → … → 致谢 by drag or keyboard,
// each move asking for its date, 经办人 and 说明, stored with the donation's stage history,
// logged and undoable; a stage held too long is flagged.

interface StoredDonation {
  id: string;
  kind: string;
  rev: number;
  donors: { name?: string; memberId?: string }[];
  stages: { stage: string; date?: object; operator?: string; note?: string }[];
}

const donationsOnDisk = async (app: Page) =>
  (await storedRows(app, 'donations')) as unknown as StoredDonation[];

/** A day `daysAgo` before today (local calendar), as the app's date field reads it. */
function dayBefore(daysAgo: number): { text: string; date: object } {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const [year, month, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return { text: `${year}年${month}月${day}日`, date: { year, month, day } };
}

test('a card dragged to 鉴定 and one moved by keyboard are stored with their stage; 撤销 moves back', async ({
  app,
}, testInfo) => {
  test.slow();
  await new SettingsPage(app).loadSampleData();
  const board = new GoodsPipelinePage(app);
  const today = dayBefore(0);
  await board.addGoods('香港某商会', today.text, '医用口罩');
  await board.openBoard();

  // Dragged with the mouse from 登记 to 鉴定: the move asks for its date, 经办人 and 说明.
  const fresh = board.card('登记', '香港某商会捐赠');
  await expect(fresh).toContainText('在此阶段 0 天');
  await expectAccessible(app, '物资流转 看板（示例数据）');
  await app.screenshot({ path: testInfo.outputPath('board.png'), fullPage: true });
  await board.drag(fresh, '鉴定');
  const dialog = board.moveDialog('鉴定');
  await expect(dialog).toBeVisible();
  // It opens on the date, today unless said otherwise.
  await expect(dialog.getByLabel('日期')).toBeFocused();
  await expect(dialog.getByLabel('日期')).toHaveValue(today.text);
  await expect(dialog.getByLabel('经办人')).toHaveValue('测试经办人');
  await dialog.getByLabel('说明').fill('经物资鉴定工作群核验合格');
  await expectAccessible(app, '移到“鉴定” 对话框');
  await app.screenshot({ path: testInfo.outputPath('move-dialog.png') });
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(board.card('鉴定', '香港某商会捐赠')).toBeVisible();
  await expect(board.column('登记').getByText('香港某商会捐赠')).toHaveCount(0);

  const dragged = (await donationsOnDisk(app)).find((d) => d.donors[0]?.name === '香港某商会')!;
  expect(dragged).toMatchObject({
    rev: 2,
    stages: [
      { stage: '鉴定', date: today.date, operator: '测试经办人', note: '经物资鉴定工作群核验合格' },
    ],
  });

  // By keyboard: 黄家豪's goods, 接收 in the sample data, go on to 分配 with → on the card.
  const before = (await donationsOnDisk(app)).find(
    (d) => d.kind === '物资' && d.stages.at(-1)?.stage === '接收' && d.donors[0]?.memberId,
  )!;
  const received = board.card('接收', '黄家豪捐赠');
  await received.focus();
  await app.keyboard.press('ArrowRight');
  const next = board.moveDialog('分配');
  await expect(next).toBeVisible();
  // The dialog opens on its date; Enter there saves.
  await expect(next.getByLabel('日期')).toBeFocused();
  await next.getByLabel('说明').fill('分配至定点医院');
  await next.getByLabel('日期').fill('2020年2月20日');
  await app.keyboard.press('Enter');
  await expect(next).toBeHidden();
  const moved = board.card('分配', '黄家豪捐赠');
  await expect(moved).toBeFocused();
  await expect(
    app.getByRole('status').filter({ hasText: '已将“黄家豪捐赠”从“接收”移到“分配”' }).first(),
  ).toBeAttached();
  await expect
    .poll(async () => (await donationsOnDisk(app)).find((d) => d.id === before.id)?.stages.at(-1))
    .toEqual({
      stage: '分配',
      date: { year: 2020, month: 2, day: 20 },
      operator: '测试经办人',
      note: '分配至定点医院',
    });

  // 撤销 takes the last move back: the card returns to 接收, its history as it was.
  await board.undoButton.click();
  await expect(app.getByText('已撤销：物资流转：黄家豪捐赠从“接收”移到“分配”')).toBeVisible();
  await expect(board.card('接收', '黄家豪捐赠')).toBeVisible();
  await expect
    .poll(async () => (await donationsOnDisk(app)).find((d) => d.id === before.id)?.stages)
    .toEqual(before.stages);
  // The dragged one stays where it went.
  await expect(board.card('鉴定', '香港某商会捐赠')).toBeVisible();
});

test('a stage held longer than the days set in 设置 is flagged; going back is refused', async ({
  app,
}) => {
  test.slow();
  const board = new GoodsPipelinePage(app);
  await board.addGoods('澳门某基金会', dayBefore(10).text, '助听器');
  await board.openBoard();
  const card = board.card('登记', '澳门某基金会捐赠');
  await expect(card).toContainText('在此阶段 10 天');
  // 10 days are within the default 30.
  await expect(card).not.toContainText('超期');

  const settings = new SettingsPage(app);
  await settings.open('设置');
  await app.getByLabel('阶段超期天数').fill('7');
  await app.getByRole('button', { name: '保存天数' }).click();
  await expect(app.getByText('已保存：在一个阶段停留超过 7 天的物资标为超期')).toBeVisible();

  await board.openBoard();
  await expect(card).toContainText('超期：已超过 7 天');
  await expect(board.column('登记').getByRole('heading', { level: 2 })).toContainText('1 批超期');
  await expectAccessible(app, '物资流转 看板（超期）');

  // Moved on to 报关, then dragged back to 登记: refused, nothing written.
  await card.getByRole('button', { name: /移到下一阶段/ }).click();
  const dialog = board.moveDialog('鉴定');
  await expect(dialog.getByLabel('日期')).toBeFocused();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const inspected = board.card('鉴定', '澳门某基金会捐赠');
  await expect(inspected).not.toContainText('超期');
  await board.drag(inspected, '登记');
  await expect(
    app.getByText('不能从“鉴定”退回“登记”：只能移到之后的阶段，退回请用“撤销”').first(),
  ).toBeVisible();
  await expect(board.moveDialog('登记')).toHaveCount(0);
  expect((await donationsOnDisk(app))[0]?.stages.map((s) => s.stage)).toEqual(['鉴定']);
});
