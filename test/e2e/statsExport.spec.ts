import { copyFile, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
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

/** What a saved PNG shows above its chart, read back pixel by pixel in the page. */
interface PngBand {
  width: number;
  height: number;
  /** How many rows the image has above the chart. */
  band: number;
  /** Runs of rows, from the top, that hold dark (text) pixels: top, bottom, left, right. */
  lines: { top: number; bottom: number; left: number; right: number }[];
}

/**
 * The PNG's size and, in the rows above its last `chartHeight` (the chart's own), each line of
 * dark pixels and how far it spans.
 */
async function readPngBand(page: Page, png: Buffer, chartHeight: number): Promise<PngBand> {
  return page.evaluate(
    async ({ base64, chartHeight }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const band = image.naturalHeight - chartHeight;
      const { data, width } = context.getImageData(0, 0, canvas.width, Math.max(1, band));
      const lines: PngBand['lines'] = [];
      let open: PngBand['lines'][number] | null = null;
      for (let y = 0; y < band; y++) {
        let left = -1;
        let right = -1;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (data[i]! < 140 && data[i + 1]! < 140 && data[i + 2]! < 140) {
            if (left < 0) left = x;
            right = x;
          }
        }
        if (left < 0) {
          if (open) lines.push(open);
          open = null;
        } else if (open) {
          open.bottom = y;
          open.left = Math.min(open.left, left);
          open.right = Math.max(open.right, right);
        } else open = { top: y, bottom: y, left, right };
      }
      if (open) lines.push(open);
      return { width: image.naturalWidth, height: image.naturalHeight, band, lines };
    },
    { base64: png.toString('base64'), chartHeight },
  );
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

test('统计 saves a chart as PNG under its title, the filter, 单位名称 and date, named with the filter', async ({
  app,
  dataDir,
}) => {
  test.setTimeout(180_000);
  await new SettingsPage(app).loadSampleData();
  await new AppPage(app).open('统计');
  const stats = new StatsPage(app);
  await stats.chooseYear(2020);
  await stats.chooseCampaign('新冠肺炎疫情防控');
  await expect(app).toHaveURL(/#\/stats\?year=2020&campaign=[0-9a-f-]{36}$/);
  await stats.rowsOf(RANKING);
  const chart = stats.chart(RANKING);
  const onScreen = await chart.evaluate((canvas: HTMLCanvasElement) => ({
    width: canvas.clientWidth,
    height: canvas.clientHeight,
    pixels: canvas.toDataURL(),
  }));

  // With no scripted answer the shell asks inside the page, proposing the app's file name.
  await stats.card(RANKING).getByRole('button', { name: '保存图片' }).click();
  const ask = app.getByRole('dialog', { name: '导出' });
  const where = ask.getByRole('textbox', { name: '保存到' });
  await expect(where).toHaveValue(join(homedir(), '2020年委员参与排名（新冠肺炎疫情防控）.png'));
  const target = join(dataDir, '排名.png');
  await where.fill(target);
  await where.press('Enter');
  await expect(new AppPage(app).toast(`已保存图片：${target}`)).toBeVisible();
  const png = await readFile(target);
  await copyFile(target, test.info().outputPath('排名.png'));

  // The image is the chart at twice its size under a band of text: taller than the chart alone.
  const head = await readPngBand(app, png, onScreen.height * 2);
  expect(head.width).toBe(onScreen.width * 2);
  expect(head.band, 'a title band above the chart').toBeGreaterThanOrEqual(100);
  expect(head.lines.length, 'the title and the line under it').toBeGreaterThanOrEqual(2);

  // The first line is the chart's title, centred, as wide as the page's font writes it.
  const [title, caption] = head.lines;
  const titleWidth = await app.evaluate((text) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `bold 36px ${getComputedStyle(document.body).fontFamily}`;
    return context.measureText(text).width;
  }, RANKING);
  expect(title!.bottom - title!.top).toBeGreaterThanOrEqual(24);
  expect(title!.right - title!.left).toBeGreaterThan(titleWidth * 0.9);
  expect(title!.right - title!.left).toBeLessThan(titleWidth * 1.1);
  expect(Math.abs((title!.left + title!.right) / 2 - head.width / 2)).toBeLessThan(8);
  // The line under it (filter, 单位名称, date) is wider than the title and centred too.
  expect(caption!.right - caption!.left).toBeGreaterThan(title!.right - title!.left);
  expect(Math.abs((caption!.left + caption!.right) / 2 - head.width / 2)).toBeLessThan(8);

  // The chart on the page is as it was.
  expect(
    await chart.evaluate((canvas: HTMLCanvasElement) => ({
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      pixels: canvas.toDataURL(),
    })),
  ).toEqual(onScreen);

  // 导出全部表格 proposes the year's workbook named with the 专项 chosen too.
  await app.getByRole('button', { name: '导出全部表格' }).click();
  await expect(where).toHaveValue(join(homedir(), '2020年统计表格（新冠肺炎疫情防控）.xlsx'));
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
});
