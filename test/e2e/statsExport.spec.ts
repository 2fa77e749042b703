import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvRows, libreOfficeSheetsAsCsv } from '../office/xlsxSheets';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';
import { StatsPage } from './pages/StatsPage';
import { storedRows } from './storedRows';

const RANKING = '2020年委员参与排名';
const DONATIONS = '2020年捐赠（按专项，折合人民币）';

/** A sheet read back as CSV: its rows, and its table as header → cell below the header row. */
function table(csv: string): { rows: string[][]; records: Record<string, string>[] } {
  const rows = csvRows(csv).filter((row) => row.some((cell) => cell !== ''));
  const header = rows[2] ?? [];
  const body = rows.slice(3).filter((row) => row.length >= header.length && row[1] !== '');
  const records = body.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  return { rows, records };
}

/** A number as the sheet shows it (1,234 or 910.00 or 2020年), as a number. */
const num = (text: string | undefined) => Number((text ?? '').replace(/[,年]/g, ''));

test('统计 exports a chart’s table, and all of them, as .xlsx holding the numbers the page shows', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(240_000);
  await new SettingsPage(app).loadSampleData();
  await new AppPage(app).open('统计');
  const stats = new StatsPage(app);
  await stats.chooseYear(2020);
  await expect(app).toHaveURL(/#\/stats\?year=2020$/);
  const shownRanking = await stats.rowsOf(RANKING);

  // 导出表格 on one chart: its table, under a title row and the filter it was drawn with.
  const one = join(dataDir, '排名.xlsx');
  shell.current!.dialogs.answerSave(one);
  await stats.card(RANKING).getByRole('button', { name: '导出表格' }).click();
  await expect(new AppPage(app).toast(`已导出表格：${one}`)).toBeVisible();
  await copyFile(one, test.info().outputPath('排名.xlsx'));
  const sheets = await libreOfficeSheetsAsCsv(new Uint8Array(await readFile(one)));
  expect([...sheets.keys()]).toEqual(['委员参与排名']);
  const ranking = table(sheets.get('委员参与排名')!);
  expect(ranking.rows[0]?.[0]).toBe(RANKING);
  expect(ranking.rows[1]?.[0]).toBe('2020年 · 全部专项');
  expect(ranking.rows[2]).toEqual(['名次', '委员', '出席', '应出席', '出席率']);
  // Every row as the page shows it, the rate with it (75.0% on both).
  expect(ranking.records).toHaveLength(shownRanking.length);
  ranking.records.forEach((row, i) => {
    const shown = shownRanking[i]!;
    expect(row['委员']).toBe(shown['委员']);
    for (const header of ['名次', '出席', '应出席']) {
      expect(num(row[header]), `${shown['委员']} ${header}`).toBe(num(shown[header]));
    }
    expect(row['出席率']).toBe(shown['出席率']);
  });

  // The top member's 出席 in 2020, counted here from what is on disk.
  const activities = (await storedRows(app, 'activities')).filter(
    (a) => !a.deletedAt && a._year === 2020,
  );
  const members = (await storedRows(app, 'members')).filter((m) => !m.deletedAt);
  const top = members.find((m) => m.name === ranking.records[0]!['委员'])!;
  const attended = activities.filter((a) =>
    (a.participants as { memberId: string; attendance: string }[]).some(
      (p) => p.memberId === top.id && p.attendance === '出席',
    ),
  ).length;
  expect(attended).toBeGreaterThan(0);
  expect(num(ranking.records[0]!['出席'])).toBe(attended);

  // 导出全部表格: one workbook, a sheet per chart.
  const shownDonations = await stats.rowsOf(DONATIONS);
  const all = join(dataDir, '统计.xlsx');
  shell.current!.dialogs.answerSave(all);
  await app.getByRole('button', { name: '导出全部表格' }).click();
  await expect(new AppPage(app).toast(`已导出表格：${all}`)).toBeVisible();
  await copyFile(all, test.info().outputPath('统计.xlsx'));
  const book = await libreOfficeSheetsAsCsv(new Uint8Array(await readFile(all)));
  expect([...book.keys()].sort()).toEqual(
    ['各年度履职活动', '委员参与排名', '出席率', '履职积分等次', '捐赠'].sort(),
  );

  // 2020's activities per type, counted here, in the sheet over every year.
  const byYear = table(book.get('各年度履职活动')!);
  expect(byYear.rows[1]?.[0]).toBe('各年度 · 全部专项');
  const row2020 = byYear.records.find((r) => r['年度'] === '2020年');
  expect(row2020).toBeDefined();
  for (const [header, cell] of Object.entries(row2020!)) {
    if (header === '年度') continue;
    const counted =
      header === '合计' ? activities.length : activities.filter((a) => a.type === header).length;
    expect(num(cell), header).toBe(counted);
  }

  // Donations in 万元, as numbers with two decimals; 新冠肺炎疫情防控's cash is 910 万元.
  const donations = table(book.get('捐赠')!);
  expect(donations.rows[1]).toContain('单位：万元');
  expect(donations.records).toHaveLength(shownDonations.length);
  donations.records.forEach((row, i) => {
    const shown = shownDonations[i]!;
    expect(row['专项']).toBe(shown['专项']);
    for (const header of ['笔数', '资金（万元）', '物资（万元）', '合计（万元）']) {
      expect(num(row[header]), `${shown['专项']} ${header}`).toBe(num(shown[header]));
    }
  });
  const covid = donations.records.find((r) => r['专项'] === '新冠肺炎疫情防控');
  expect(covid?.['资金（万元）']).toBe('910.00');

  const grades = table(book.get('履职积分等次')!);
  expect(grades.rows.at(-1)?.[0]).toContain('不受专项筛选影响');
});
