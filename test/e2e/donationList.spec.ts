import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { BulkEditDialog } from './pages/BulkEditDialog';
import { DonationListPage } from './pages/DonationListPage';
import { SettingsPage } from './pages/SettingsPage';
import { putStoredRow, storedRows } from './storedRows';

// Issue 12, point 3: the 捐赠 list, filtered by 专项, 捐赠方, 年份, 币种, 类型 and 用途 (kept in the
// URL), and its totals: per currency as given and in CNY with each donation's own rate. The
// figures below are worked out by hand from the sample data (domain/sample/buildSampleData.ts):
//
// 新冠肺炎疫情防控, 资金: CNY 3,786,900 + 500,000 + 800,000 = 5,086,900;
//   HKD 2,000,000 + 1,500,000 = 3,500,000 at 0.8976 → 1,795,200 + 1,346,400 = 3,141,600 元;
//   MOP 1,000,000 at 0.8715 → 871,500 元; in all 5,086,900 + 3,141,600 + 871,500 = 9,100,000 元.
// 新冠肺炎疫情防控, 物资: CNY 30,000,000 + 15,000,000 = 45,000,000;
//   HKD 8,000,000 at 0.8976 → 7,180,800 元; in all 52,180,800 元 = 5218.08万元.
// 青竹村乡村振兴, 资金 for 校舍建设: CNY 12,000,000 + 2,400,000; HKD 6,000,000 at 0.8780 →
//   5,268,000 元; MOP 3,000,000 at 0.8524 → 2,557,200 元; in all 22,225,200 元 = 2222.52万元.
//   With 医疗卫生 600,000 and 乡村振兴 300,000 + 800,000 the cash is 2392.52万元; with the
//   助听器 (400,000 元) 2432.52万元 in all.

test('filters narrow the list and its totals; the 专项 figures match the work report; back and forward keep them', async ({
  app,
}, testInfo) => {
  test.slow();
  await new SettingsPage(app).loadSampleData();
  const list = new DonationListPage(app);
  await list.open('捐赠');

  await list.chooseTyped('专项', '新冠肺炎疫情防控');
  await expect(list.count).toHaveText('筛选出 9 条');
  await expect(list.totals).toContainText(
    '资金 6 笔：人民币 5,086,900.00 · 港币 3,500,000.00 · 澳门币 1,000,000.00；折合人民币 910万元',
  );
  await expect(list.totals).toContainText(
    '物资 3 批：估值 人民币 45,000,000.00 · 港币 8,000,000.00；折合人民币 5218.08万元',
  );
  await expect(list.totals).toContainText('合计折合人民币 6128.08万元');
  await expect(list.totals).toContainText(
    '按各笔记录的汇率折算；港币 0.8976（3 笔）；澳门币 0.8715（1 笔）',
  );
  // 陈美玲's HK$1,500,000 is 保密: marked before her name, as on the 专项's page; no other is.
  await expect(list.table.getByRole('cell', { name: '保密 陈美玲', exact: true })).toBeVisible();
  await expect(list.table.getByText('保密', { exact: true })).toHaveCount(1);
  await expectAccessible(app, '捐赠列表（按专项筛选，示例数据）');
  await app.screenshot({ path: testInfo.outputPath('donation-list.png') });

  await list.chooseFilter('类型', '资金');
  await expect(list.count).toHaveText('筛选出 6 条');
  await expect(list.totals).toContainText('合计折合人民币 910万元');
  await expect(list.totals).toContainText('物资 0 批');

  // Another 专项, then its 校舍建设 share: “捐款2200余万元支持贫困地区学校建设”.
  await list.chooseTyped('专项', '青竹村乡村振兴');
  await expect(list.totals).toContainText('资金 7 笔');
  await expect(list.totals).toContainText('合计折合人民币 2392.52万元');
  await list.chooseFilter('用途', '校舍建设');
  await expect(list.count).toHaveText('筛选出 4 条');
  await expect(list.totals).toContainText(
    '资金 4 笔：人民币 14,400,000.00 · 港币 6,000,000.00 · 澳门币 3,000,000.00；折合人民币 2222.52万元',
  );
  await expect(list.totals).toContainText(
    '按各笔记录的汇率折算；港币 0.8780（1 笔）；澳门币 0.8524（1 笔）',
  );
  const url = decodeURIComponent(app.url());
  expect(url).toContain('purpose=校舍建设');
  expect(url).toContain('kind=资金');

  // Back drops 用途, then the second 专项; forward brings them again.
  await app.goBack();
  await expect(list.totals).toContainText('合计折合人民币 2392.52万元');
  await expect(list.filter('用途'))
    .not.toBeAttached()
    .catch(() => undefined);
  await app.goBack();
  await expect(list.totals).toContainText('合计折合人民币 910万元');
  await app.goForward();
  await app.goForward();
  await expect(list.count).toHaveText('筛选出 4 条');
  await expect(list.totals).toContainText('合计折合人民币 2222.52万元');

  // 年份 and 币种 across 专项: the 港币 of 2020, cash and goods.
  await list.page.getByRole('button', { name: '清除筛选' }).click();
  await list.chooseFilter('年份', '2020年');
  await list.chooseTyped('币种', '港币（HKD）');
  await expect(list.count).toHaveText('筛选出 3 条');
  // 3,141,600 元 of cash and 7,180,800 元 of goods: 10,322,400 元.
  await expect(list.totals).toContainText('资金 2 笔：港币 3,500,000.00；折合人民币 314.16万元');
  await expect(list.totals).toContainText(
    '物资 1 批：估值 港币 8,000,000.00；折合人民币 718.08万元',
  );
  await expect(list.totals).toContainText('合计折合人民币 1032.24万元');

  // 捐赠方: a member, then an outside group.
  await list.page.getByRole('button', { name: '清除筛选' }).click();
  await list.chooseTyped('捐赠方', '梁永康');
  await expect(list.count).toHaveText('筛选出 1 条');
  await expect(list.totals).toContainText('资金 1 笔：港币 6,000,000.00；折合人民币 526.8万元');
  await list.chooseTyped('捐赠方', '海外侨胞');
  await expect(list.count).toHaveText('筛选出 1 条');
  await expect(list.totals).toContainText('资金 1 笔：人民币 800,000.00；折合人民币 80万元');
});

test('a donation in another currency with no rate is flagged and left out of the CNY total', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  // Imported from an old ledger: goods valued in 澳门币, no rate recorded.
  const now = new Date().toISOString();
  await putStoredRow(app, 'donations', {
    id: '00000000-0000-4000-8000-00000000f00d',
    kind: '物资',
    donors: [{ type: '其他', name: '澳门某商会', group: false }],
    items: [{ name: '轮椅', quantity: 20, value: { amountMinor: 5_000_000, currency: 'MOP' } }],
    stages: [],
    confidential: false,
    inTimeline: false,
    attachments: [],
    date: { year: 2021, month: 6, day: 1 },
    _year: 2021,
    _dateKey: 20210601,
    createdAt: now,
    updatedAt: now,
    rev: 1,
    deletedAt: null,
  });
  await app.reload();
  const list = new DonationListPage(app);
  await list.open('捐赠');
  await list.chooseFilter('年份', '2021年');
  // 2021 holds the 数字化平台 gift, CNY 800,000, and the goods above.
  await expect(list.count).toHaveText('筛选出 2 条');
  await expect(list.totals).toContainText('物资 1 批：估值 澳门币 50,000.00；折合人民币 0万元');
  await expect(list.totals).toContainText('合计折合人民币 80万元');
  await expect(list.totals).toContainText(
    '1 笔外币捐赠没有记录汇率，未计入折合人民币；请在捐赠中补填汇率',
  );
  await expectAccessible(app, '捐赠列表（有未折算的外币）');
  // 币种 finds goods by the currency of their items' 估值 too.
  await list.chooseTyped('币种', '澳门币（MOP）');
  await expect(list.count).toHaveText('筛选出 1 条');
  await expect(list.totals).toContainText('合计折合人民币 0万元');
});

test('批量修改 of the 用途 of the filtered donations is one step: the totals follow it, and 撤销', async ({
  app,
}) => {
  test.slow();
  await new SettingsPage(app).loadSampleData();
  const list = new DonationListPage(app);
  await list.open('捐赠');
  // 青竹村's 乡村振兴 cash: the 道德讲堂 (300,000 元) and the 数字化平台 (800,000 元).
  await list.chooseTyped('专项', '青竹村乡村振兴');
  await list.chooseTyped('用途', '乡村振兴');
  await expect(list.count).toHaveText('筛选出 2 条');
  await expect(list.totals).toContainText('资金 2 笔：人民币 1,100,000.00；折合人民币 110万元');

  await list.table.getByRole('checkbox', { name: '全选筛选出的记录' }).check();
  await list.page
    .getByRole('group', { name: '批量操作' })
    .getByRole('button', { name: '批量修改' })
    .click();
  const dialog = new BulkEditDialog(app, '批量修改捐赠');
  await expect(dialog.dialog).toBeVisible();
  await dialog.chooseField('用途');
  await dialog.chooseValue('用途', '助学');
  await expectAccessible(app, '批量修改捐赠 对话框');
  await dialog.confirm();
  await expect(list.count).toHaveText('筛选出 0 条');
  const purposes = async () =>
    (await storedRows(app, 'donations'))
      .filter((d) => ['乡村振兴', '助学'].includes(String(d.purpose)))
      .map((d) => d.purpose);
  expect(await purposes()).toEqual(['助学', '助学']);
  await list.chooseTyped('用途', '助学');
  await expect(list.totals).toContainText('资金 2 笔：人民币 1,100,000.00；折合人民币 110万元');

  await list.undoButton.click();
  await expect(app.getByText('已撤销：批量修改捐赠 2 条：用途')).toBeVisible();
  await expect(list.count).toHaveText('筛选出 0 条');
  await expect(list.totals).toContainText('资金 0 笔');
  await expect.poll(purposes).toEqual(['乡村振兴', '乡村振兴']);
});
