import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

type Row = Record<string, unknown>;

/** A chart's table of numbers, once drawn: header → cell text, row by row. */
async function tableOf(region: Locator): Promise<Record<string, string>[]> {
  await expect(region.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const headers = await region.getByRole('columnheader').allInnerTexts();
  const cells = await region
    .locator('tbody tr.ant-table-row')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())),
    );
  return cells.map((row) => Object.fromEntries(headers.map((h, i) => [h.trim(), row[i] ?? ''])));
}

const chartTable = (ui: AppPage, title: string | RegExp) =>
  ui.page.getByRole('region', { name: typeof title === 'string' ? `${title}（数字）` : title });

test('统计 on the sample data shows the numbers the records hold, filtered by year and 专项, and saves a chart as PNG', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(120_000);
  await new SettingsPage(app).loadSampleData();
  const ui = new AppPage(app);
  await ui.open('统计');
  await app.getByRole('combobox', { name: '年份' }).click();
  await app.locator('.ant-select-item-option[title="2020年"]').click();
  await expect(app).toHaveURL(/#\/stats\?year=2020$/);

  const activities = (await storedRows(app, 'activities')).filter((a) => !a.deletedAt);
  const members = (await storedRows(app, 'members')).filter((m) => !m.deletedAt);

  // Activities per type in 2020, counted here from what is on disk.
  const byType = new Map<string, number>();
  for (const a of activities.filter((a) => a._year === 2020)) {
    byType.set(a.type as string, (byType.get(a.type as string) ?? 0) + 1);
  }
  const yearRows = await tableOf(chartTable(ui, '各年度履职活动（按类型）'));
  const row2020 = yearRows.find((r) => r['年度'] === '2020年');
  expect(row2020).toBeDefined();
  for (const [header, cell] of Object.entries(row2020!)) {
    if (header === '年度') continue;
    if (header === '合计')
      expect(Number(cell)).toBe([...byType.values()].reduce((s, n) => s + n, 0));
    else expect(Number(cell), header).toBe(byType.get(header) ?? 0);
  }

  // The ranking: each member's 出席 in 2020, counted here.
  const attended = new Map<string, number>();
  for (const a of activities.filter((a) => a._year === 2020)) {
    for (const p of a.participants as Row[]) {
      if (p.attendance === '出席') {
        attended.set(p.memberId as string, (attended.get(p.memberId as string) ?? 0) + 1);
      }
    }
  }
  const nameOf = new Map(members.map((m) => [m.id as string, m.name as string]));
  const ranking = await tableOf(chartTable(ui, '2020年委员参与排名'));
  expect(ranking).toHaveLength(attended.size);
  for (const r of ranking) {
    const id = [...nameOf].find(([, name]) => name === r['委员'])?.[0];
    expect(Number(r['出席']), r['委员']).toBe(attended.get(id!) ?? 0);
  }

  // Grades cover every serving member once.
  const grades = await tableOf(chartTable(ui, '2020年履职积分等次（在任委员）'));
  const serving = members.filter((m) => (m.status ?? '在任') === '在任').length;
  expect(grades.reduce((sum, r) => sum + Number(r['人数']), 0)).toBe(serving);
  await expectAccessible(app, '统计（示例数据）');

  // The 2020 epidemic campaign: 910 万元 in cash, as the work report says.
  await app.getByRole('combobox', { name: '专项' }).click();
  await app.locator('.ant-select-item-option[title="新冠肺炎疫情防控"]').click();
  await expect(app).toHaveURL(/#\/stats\?year=2020&campaign=[0-9a-f-]{36}$/);
  const donations = chartTable(ui, '2020年捐赠（按专项，折合人民币）');
  await expect(donations.locator('tbody tr.ant-table-row')).toHaveCount(1);
  const [covid] = await tableOf(donations);
  expect(covid!['专项']).toBe('新冠肺炎疫情防控');
  expect(Number(covid!['资金（万元）'])).toBe(910);
  expect(Number(covid!['物资（万元）'])).toBeGreaterThan(5200);

  await app.goBack();
  await expect(app).toHaveURL(/#\/stats\?year=2020$/);
  await expect(donations.locator('tbody tr.ant-table-row')).not.toHaveCount(1);

  // 保存图片 writes a PNG where the user chose.
  const target = join(dataDir, '排名.png');
  shell.current!.dialogs.answerSave(target);
  await app
    .locator('.ant-card')
    .filter({ has: app.getByRole('heading', { name: '2020年委员参与排名' }) })
    .getByRole('button', { name: '保存图片' })
    .click();
  await expect(ui.toast(`已保存图片：${target}`)).toBeVisible();
  const png = await readFile(target);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5_000);
});

test('统计 with no records says so', async ({ app }) => {
  await new AppPage(app).open('统计');
  await expect(app.getByRole('main')).toContainText('还没有可统计的记录');
  await expectAccessible(app, '统计（无数据）');
});
