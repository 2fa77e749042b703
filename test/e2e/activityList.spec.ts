import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { ActivityListPage } from './pages/ActivityListPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 11, point 4: the 履职活动 list with its filters, and a bulk change of 所属专项 as one
// operation that 撤销 takes back and 重做 repeats.

interface StoredActivity {
  id: string;
  title: string;
  type: string;
  startDate: { year: number };
  campaignId?: string;
  rev: number;
  deletedAt: string | null;
}

async function activitiesOnDisk(app: Page): Promise<StoredActivity[]> {
  return (await storedRows(app, 'activities')) as unknown as StoredActivity[];
}

/** The stored 专项 of these activities, by id, and their revisions. */
async function campaignsOf(app: Page, ids: readonly string[]) {
  const rows = await activitiesOnDisk(app);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return { campaignId: row.campaignId, rev: row.rev };
  });
}

test('filters by 类型 and 年份 in the URL; 批量修改 of 所属专项 on 3 rows is one step for 撤销 and 重做', async ({
  app,
}, testInfo) => {
  test.slow();
  await new SettingsPage(app).loadSampleData();
  const list = new ActivityListPage(app);
  await list.open('履职活动');

  // Counted from the stored rows, not by the app: the live 帮扶 of 2019.
  const all = await activitiesOnDisk(app);
  const wanted = all.filter((a) => !a.deletedAt && a.type === '帮扶' && a.startDate.year === 2019);
  expect(wanted.length).toBeGreaterThanOrEqual(3);
  const campaigns = (await storedRows(app, 'campaigns')) as { id: string; name: string }[];
  const bay = campaigns.find((c) => c.name === '对接粤港澳大湾区产业融合发展')!;
  expect(wanted.every((a) => a.campaignId !== bay.id)).toBe(true);

  await list.chooseFilter('类型', '帮扶');
  await list.chooseFilter('年份', '2019年');
  await expect(list.count).toHaveText(`筛选出 ${wanted.length} 条`);
  const titles = list.table.getByRole('row').locator('[role="cell"]:nth-child(3)');
  await expect(titles).toHaveCount(wanted.length);
  expect((await titles.allTextContents()).sort()).toEqual(wanted.map((a) => a.title).sort());
  const url = decodeURIComponent(app.url());
  expect(url).toContain('type=帮扶');
  expect(url).toContain('year=2019');

  // Back drops the year, forward brings it again.
  await app.goBack();
  await expect(list.count).not.toHaveText(`筛选出 ${wanted.length} 条`);
  await app.goForward();
  await expect(list.count).toHaveText(`筛选出 ${wanted.length} 条`);

  // Three rows chosen: two by their checkboxes, one by Space on the focused row.
  const three = wanted.slice(0, 3);
  await list.chooser(three[0]!.title).check();
  await list.chooser(three[1]!.title).check();
  await list.rows(three[2]!.title).focus();
  await app.keyboard.press('Space');
  await expect(list.chooser(three[2]!.title)).toBeChecked();
  await expect(list.bulkBar).toContainText('已选 3 条');

  const dialog = await list.openBulkEdit();
  await dialog.chooseField('所属专项');
  await dialog.chooseValue('所属专项', bay.name);
  await expect(dialog.dialog).toContainText('将修改已选的 3 条履职活动');
  await expectAccessible(app, '批量修改履职活动 对话框');
  await app.screenshot({ path: testInfo.outputPath('bulk-edit-dialog.png') });
  const before = await campaignsOf(
    app,
    three.map((a) => a.id),
  );
  await dialog.confirm();
  await expect(app.getByText('已修改 3 条履职活动的所属专项，可以撤销')).toBeVisible();

  const ids = three.map((a) => a.id);
  await expect
    .poll(async () => (await campaignsOf(app, ids)).map((a) => a.campaignId))
    .toEqual([bay.id, bay.id, bay.id]);
  expect((await campaignsOf(app, ids)).map((a) => a.rev)).toEqual(before.map((a) => a.rev + 1));
  // The fourth one was not chosen and stays as it was.
  const untouched = wanted.slice(3).map((a) => a.id);
  expect((await campaignsOf(app, untouched)).map((a) => a.campaignId)).toEqual(
    wanted.slice(3).map((a) => a.campaignId),
  );

  await list.undoButton.click();
  await expect(app.getByText('已撤销：批量修改履职活动 3 条：所属专项')).toBeVisible();
  await expect
    .poll(async () => (await campaignsOf(app, ids)).map((a) => a.campaignId))
    .toEqual(before.map((a) => a.campaignId));

  await list.redoButton.click();
  await expect(app.getByText('已重做：批量修改履职活动 3 条：所属专项')).toBeVisible();
  await expect
    .poll(async () => (await campaignsOf(app, ids)).map((a) => a.campaignId))
    .toEqual([bay.id, bay.id, bay.id]);
});

test('全选 takes every row of the filter; a row changed since it was chosen is reported, nothing saved', async ({
  app,
}) => {
  test.slow();
  await new SettingsPage(app).loadSampleData();
  const list = new ActivityListPage(app);
  await list.open('履职活动');
  const wanted = (await activitiesOnDisk(app)).filter(
    (a) => !a.deletedAt && a.type === '帮扶' && a.startDate.year === 2019,
  );
  await list.chooseFilter('类型', '帮扶');
  await list.chooseFilter('年份', '2019年');
  await expect(list.count).toHaveText(`筛选出 ${wanted.length} 条`);
  await list.chooseAll.check();
  await expect(list.bulkBar).toContainText(`已选 ${wanted.length} 条`);

  // Another window changes one of them after it was chosen.
  const moved = wanted[1]!;
  const row = (await storedRows(app, 'activities')).find((r) => r.id === moved.id)!;
  await app.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('duty-ledger');
        request.onsuccess = () => {
          const tx = request.result.transaction('activities', 'readwrite');
          tx.objectStore('activities').put(value);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { ...row, rev: (row.rev as number) + 1, place: '桂东县' },
  );

  const dialog = await list.openBulkEdit();
  await dialog.chooseValue('活动类型', '考察');
  await dialog.confirmButton.click();
  await expect(dialog.dialog.getByRole('alert')).toContainText(
    `履职活动“${moved.title}”在您读取之后已被修改或删除，整批没有保存`,
  );
  await expectAccessible(app, '批量修改履职活动 对话框（有记录已被修改）');
  await app.screenshot({ path: test.info().outputPath('bulk-edit-refused.png') });
  const after = await activitiesOnDisk(app);
  for (const activity of wanted) {
    expect(after.find((a) => a.id === activity.id)?.type).toBe('帮扶');
  }
});

test('委员 is found by pinyin initials and narrows the list to the activities the member took part in', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const list = new ActivityListPage(app);
  await list.open('履职活动');
  const members = (await storedRows(app, 'members')) as { id: string; name: string }[];
  const chan = members.find((m) => m.name === '陈美玲')!;
  const rows = (await storedRows(app, 'activities')) as unknown as (StoredActivity & {
    participants: { memberId: string }[];
  })[];
  const hers = rows.filter(
    (a) => !a.deletedAt && a.participants.some((p) => p.memberId === chan.id),
  );
  expect(hers.length).toBeGreaterThan(3);

  const picker = list.filter('委员');
  await picker.fill('cml');
  // As a user would: Enter once 陈美玲 is offered and marked (typed before the pinyin tables are
  // in, the initials match nothing for a moment).
  const offered = app.getByRole('option', { name: /陈美玲/ });
  await expect(offered).toBeAttached();
  await expect(picker).toHaveAttribute(
    'aria-activedescendant',
    (await offered.getAttribute('id'))!,
  );
  await picker.press('Enter');
  await expect(list.count).toHaveText(`筛选出 ${hers.length} 条`);
  expect(decodeURIComponent(app.url())).toContain(`member=${chan.id}`);
  await expect(list.filter('委员').locator('..').locator('..')).toContainText('陈美玲');
});

test('a name cut short by a narrow window is read whole when pointed at', async ({ app }) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await new SettingsPage(app).loadSampleData();
  const list = new ActivityListPage(app);
  await list.open('履职活动');
  await expect(list.table.getByRole('row').nth(1)).not.toHaveAttribute('aria-busy', /.*/);
  // The first cell of the rows shown that the window cuts short.
  const cut = await app.evaluate(() => {
    const cells = [
      ...document.querySelectorAll('main [role="row"]:not([aria-busy]) [role="cell"]'),
    ];
    const cell = cells.find((c) => c.scrollWidth > c.clientWidth + 1);
    return cell ? { text: cell.textContent, title: cell.getAttribute('title') } : null;
  });
  expect(cut).not.toBeNull();
  expect(cut!.title).toBe(cut!.text);
});
