import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { MemberForm } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 12 · 专项: a campaign's page adds up its donations, cash per currency and in CNY with the
// rates used, goods by value, next to its activities. Expected figures are summed here from
// what is on disk, by hand, never by the app's own code.

type Row = Record<string, unknown> & {
  campaignId?: string;
  deletedAt?: string | null;
  kind?: string;
  amount?: { amountMinor: number; currency: string };
  cnyAmountMinor?: number;
};

/** 910000000 fen → "910万元", as a report writes it: 万元, at most two decimals, no zeros after. */
function wanYuan(fen: number): string {
  const wan = Math.round(fen / 100) / 10_000;
  return `${Number(wan.toFixed(2))}万元`;
}

async function openCampaign(app: Page, name: string): Promise<void> {
  await new SettingsPage(app).open('专项');
  const row = app.getByRole('main').getByRole('row').filter({ hasText: name });
  await row.dblclick();
  await expect(app.getByRole('heading', { level: 1, name: `专项：${name}` })).toBeVisible();
}

test('on the sample data, 专项 pages add up cash in CNY with its rates, and goods by value', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const campaigns = await storedRows(app, 'campaigns');
  const donations = (await storedRows(app, 'donations')) as Row[];
  const idOf = (name: string) => campaigns.find((c) => c.name === name)?.id as string;
  const of = (name: string) => donations.filter((d) => d.campaignId === idOf(name) && !d.deletedAt);

  const covid = of('新冠肺炎疫情防控');
  const cash = covid.filter((d) => d.kind === '资金');
  const cashFen = cash.reduce(
    (sum, d) =>
      sum + (d.amount?.currency === 'CNY' ? d.amount.amountMinor : (d.cnyAmountMinor ?? 0)),
    0,
  );
  const goods = covid.filter((d) => d.kind === '物资');
  const goodsFen = goods.reduce((sum, d) => sum + (d.cnyAmountMinor ?? 0), 0);
  // The work report: 累计捐款910万元，捐赠医用物资价值超过5200万元.
  expect(cashFen).toBe(910_000_000);
  expect(goodsFen).toBeGreaterThan(5_200_000_000);

  await openCampaign(app, '新冠肺炎疫情防控');
  const totals = app.locator('.ant-card').filter({ hasText: '捐赠合计' });
  await expect(totals).toContainText(`${cash.length} 笔，折合人民币 ${wanYuan(cashFen)}`);
  await expect(totals).toContainText(`${goods.length} 批，估值 ${wanYuan(goodsFen)}`);
  const hkd = cash.filter((d) => d.amount?.currency === 'HKD');
  const hkdTotal = hkd.reduce((sum, d) => sum + (d.amount?.amountMinor ?? 0), 0);
  await expect(totals).toContainText(`${Math.round(hkdTotal / 100) / 10_000}万港币`);
  await expect(totals).toContainText(`港币 ${String(hkd[0]?.rate)}（${hkd.length} 笔）`);
  // A virtual table: its rows and header as it says, not only those drawn.
  await expect(app.getByRole('table', { name: '专项的捐赠' })).toHaveAttribute(
    'aria-rowcount',
    String(covid.length + 1),
  );
  await expectAccessible(app, '专项页（示例数据）');

  // “捐款2200余万元支持贫困地区学校建设”: the 校舍建设 share of the 青竹村 cash.
  const school = of('青竹村乡村振兴').filter((d) => d.kind === '资金' && d.purpose === '校舍建设');
  const schoolFen = school.reduce(
    (sum, d) =>
      sum + (d.amount?.currency === 'CNY' ? d.amount.amountMinor : (d.cnyAmountMinor ?? 0)),
    0,
  );
  expect(schoolFen).toBeGreaterThan(2_200_000_000);
  expect(schoolFen).toBeLessThan(2_300_000_000);
  await openCampaign(app, '青竹村乡村振兴');
  await expect(app.locator('.ant-card').filter({ hasText: '捐赠合计' })).toContainText(
    `校舍建设 ${wanYuan(schoolFen)}`,
  );
});

test('a new 专项 is added by its form and gathers a donation filed under it', async ({ app }) => {
  await new SettingsPage(app).open('专项');
  await app.getByRole('main').getByRole('button', { name: '新增专项' }).click();
  const form = new MemberForm(app, '新增专项');
  await form.field('名称').fill('助学圆梦行动');
  await form.field('开始日期').fill('2024年3月');
  await form.field('说明').fill('资助贫困学生');
  await expectAccessible(app, '新增专项 表单');
  await form.save();
  expect(await storedRows(app, 'campaigns')).toMatchObject([
    {
      name: '助学圆梦行动',
      period: { start: { year: 2024, month: 3 } },
      description: '资助贫困学生',
    },
  ]);

  await new SettingsPage(app).open('捐赠');
  await app.getByRole('main').getByRole('button', { name: '新增捐赠' }).click();
  const donation = new MemberForm(app, '新增捐赠');
  await donation.field('捐赠方').fill('某企业');
  await expect(app.getByRole('option', { name: '某企业' })).toBeAttached();
  await app.keyboard.press('Enter');
  await app.keyboard.press('Tab');
  await donation.field('捐赠日期').fill('2024-03-05');
  await donation.field('金额').fill('5万');
  await donation.field('所属专项').fill('助学');
  await expect(app.getByRole('option', { name: '助学圆梦行动' })).toBeAttached();
  await app.keyboard.press('Enter');
  await donation.save();

  await openCampaign(app, '助学圆梦行动');
  await expect(app.locator('.ant-card').filter({ hasText: '捐赠合计' })).toContainText(
    '1 笔，折合人民币 5万元',
  );
  await expect(app.getByRole('table', { name: '专项的捐赠' })).toContainText('某企业');
});

test('a 专项 is edited from its own page, which also opens by its address', async ({ app }) => {
  await new SettingsPage(app).open('专项');
  await app.getByRole('main').getByRole('button', { name: '新增专项' }).click();
  const added = new MemberForm(app, '新增专项');
  await added.field('名称').fill('助学圆梦行动');
  await added.field('说明').fill('资助贫困学生');
  await added.save();

  await openCampaign(app, '助学圆梦行动');
  await expect(app.getByRole('main')).toContainText('资助贫困学生');
  await app.getByRole('main').getByRole('button', { name: '编辑' }).click();
  const form = new MemberForm(app, '编辑专项：助学圆梦行动');
  await expect(form.field('说明')).toHaveValue('资助贫困学生');
  await form.field('说明').fill('资助贫困学生完成学业');
  await form.save();
  // Back on the 专项's page, which shows what was saved, and so does the disk.
  await expect(app.getByRole('heading', { level: 1, name: '专项：助学圆梦行动' })).toBeVisible();
  await expect(app.getByRole('main')).toContainText('资助贫困学生完成学业');
  expect(await storedRows(app, 'campaigns')).toMatchObject([
    { name: '助学圆梦行动', description: '资助贫困学生完成学业' },
  ]);

  // Opened by its address after a reload, the 专项's page draws on its own; 返回 leads to the list.
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: '专项：助学圆梦行动' })).toBeVisible();
  await app.getByRole('main').getByRole('button', { name: '返回专项列表' }).click();
  await expect(
    app.getByRole('main').getByRole('row').filter({ hasText: '助学圆梦行动' }),
  ).toBeVisible();
});
