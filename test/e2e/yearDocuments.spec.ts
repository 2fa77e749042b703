import type { Page } from '@playwright/test';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docxParagraphs, libreOfficePdfText, pdfText } from '../office/officeFiles';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/DossierPage';
import { SettingsPage } from './pages/SettingsPage';
import { putStoredRow, storedRows } from './storedRows';

// Issue 14 item 3: the year's documents from 统计, checked against the stored rows by hand.

const YEAR = 2018;
const COMMITTEE = '省政协港澳台侨和外事委员会';

interface Row {
  id?: string;
  name?: string;
  kind?: string;
  status?: string;
  deletedAt?: string | null;
  startDate?: { year: number; month?: number; day?: number };
  date?: { year: number; month?: number; day?: number };
  inTimeline?: boolean;
  timelineSummary?: string;
  participants?: { attendance: string }[];
}

const order = (d: Row['startDate']) => (d?.month ?? 13) * 100 + (d?.day ?? 32);

const STORED_AT = '2026-01-01T00:00:00.000Z';
/** Who gives the 保密 gift below: a sample member and a donor outside the committee. */
const SECRET_MEMBER = '张国华';
const SECRET_OUTSIDER = '香港中华总商会';
const SECRET_DATE = { year: YEAR, month: 11, day: 20 };

/**
 * A cash gift of ¥200,000 whose donors asked not to be named (保密), in the 大事记 with both named
 * in its summary as staff type it — written straight to disk, as an import would leave it.
 */
async function storeSecretGift(app: Page, memberId: string): Promise<void> {
  await putStoredRow(app, 'donations', {
    id: 'f0e1d2c3-0000-4000-8000-000000000920',
    kind: '资金',
    donors: [
      { type: '委员', memberId },
      { type: '其他', name: SECRET_OUTSIDER, group: false },
    ],
    amount: { amountMinor: 200_000_00, currency: 'CNY' },
    items: [],
    stages: [],
    date: SECRET_DATE,
    confidential: true,
    inTimeline: true,
    timelineSummary: `${SECRET_MEMBER}委员与${SECRET_OUTSIDER}向桂东县青竹村小学捐赠助学金`,
    attachments: [],
    createdAt: STORED_AT,
    updatedAt: STORED_AT,
    rev: 1,
    deletedAt: null,
    _year: YEAR,
    _dateKey: YEAR * 10000 + SECRET_DATE.month * 100 + SECRET_DATE.day,
    _memberIds: [memberId],
    _timeline: 1,
  });
}

test('统计 exports the year’s 工作报告材料 with its 大事记 and totals, and the 履职情况通报', async ({
  app,
  shell,
  dataDir,
}) => {
  // Sample data, LibreOffice and printing on a shared machine: slow, not stuck.
  test.setTimeout(180_000);
  await new SettingsPage(app).loadSampleData();
  const everyMember = (await storedRows(app, 'members')) as unknown as Row[];
  await storeSecretGift(app, everyMember.find((m) => m.name === SECRET_MEMBER)!.id!);
  const activities = ((await storedRows(app, 'activities')) as unknown as Row[]).filter(
    (a) => !a.deletedAt && a.startDate?.year === YEAR,
  );
  // The 大事记: the activities' summaries, and the gift's without its donors (stable: on one
  // day an activity comes before a gift).
  const timeline = [
    ...activities.filter((a) => a.inTimeline && a.timelineSummary),
    { startDate: SECRET_DATE, timelineSummary: '某捐赠方向桂东县青竹村小学捐赠助学金' },
  ].sort((a, b) => order(a.startDate) - order(b.startDate));
  const cashGifts = ((await storedRows(app, 'donations')) as unknown as Row[]).filter(
    (d) => !d.deletedAt && d.kind === '资金' && d.date?.year === YEAR,
  );
  expect(timeline.length).toBeGreaterThanOrEqual(2);
  const attended = activities.reduce(
    (sum, a) => sum + (a.participants ?? []).filter((p) => p.attendance === '出席').length,
    0,
  );
  const members = ((await storedRows(app, 'members')) as unknown as Row[]).filter(
    (m) => !m.deletedAt && m.status !== '离任',
  );

  const page = new SettingsPage(app);
  await page.open('统计');
  // The years are read first (the newest is shown); a busy machine may drop a click on the
  // opening list, so the choice is tried again until it shows.
  const years = app.getByRole('combobox', { name: '年份', exact: true }).locator('..');
  await expect(years).toContainText(/\d{4}年/);
  await expect(() => chooseOption(app, '年份', `${YEAR}年`)).toPass({ timeout: 60_000 });
  await expectAccessible(app, '统计 · 年度文件');
  await app.screenshot({ path: test.info().outputPath('stats-year-documents.png') });

  const report = join(dataDir, `${YEAR}年度工作报告材料.docx`);
  shell.current!.dialogs.answerSave(report);
  await app.getByRole('button', { name: /导出年度工作报告材料$/ }).click();
  await expect(page.toast(`已导出：${report}`)).toBeVisible();
  await copyFile(report, test.info().outputPath('report.docx'));
  const bytes = new Uint8Array(await readFile(report));
  const paragraphs = docxParagraphs(bytes);
  expect(paragraphs[0]).toBe(`${YEAR}年度工作报告材料`);
  const at = (heading: string) => paragraphs.indexOf(heading);
  const entries = paragraphs.slice(at('一、大事记') + 1, at('二、履职活动'));
  expect(entries).toHaveLength(timeline.length);
  timeline.forEach((a, i) => {
    const fact = a.timelineSummary!.replace(/[。\s]+$/, '').slice(-20);
    expect(entries[i]).toContain(fact);
  });
  // The gift's donors asked not to be named: neither is, in the 大事记 or anywhere in the file,
  // and the gift still counts in the year's donations.
  expect(entries).toContain('11月20日，某捐赠方向桂东县青竹村小学捐赠助学金。');
  expect(entries.join('')).not.toContain(SECRET_MEMBER);
  expect(paragraphs.join('')).not.toContain(SECRET_OUTSIDER);
  expect(paragraphs[at('四、捐赠情况') + 1]).toMatch(
    new RegExp(`^全年共接收资金捐赠${cashGifts.length}笔，`),
  );
  expect(paragraphs[at('二、履职活动') + 1]).toMatch(
    new RegExp(`^全年开展履职活动${activities.length}项，.*委员出席${attended}人次。$`),
  );
  for (const heading of ['三、委员履职积分', '四、捐赠情况', '五、委员工作室接待']) {
    expect(at(heading)).toBeGreaterThan(at('二、履职活动'));
  }
  expect(paragraphs.slice(at('三、委员履职积分'), at('四、捐赠情况'))).toContain('张国华');
  expect(paragraphs.slice(-2)[0]).toBe(COMMITTEE);

  const { text } = await libreOfficePdfText(bytes);
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(`${YEAR}年度工作报告材料`);
  expect(flat).toContain('一、大事记');
  expect(flat).toContain(`委员出席${attended}人次`);
  expect(flat).not.toContain(SECRET_OUTSIDER);
  expect(text).toMatch(/—\s*1\s*—/);

  const notice = join(dataDir, `${YEAR}年度履职情况通报.docx`);
  shell.current!.dialogs.answerSave(notice);
  await app.getByRole('button', { name: /导出年度履职情况通报$/ }).click();
  await expect(page.toast(`已导出：${notice}`)).toBeVisible();
  const rows = docxParagraphs(new Uint8Array(await readFile(notice)));
  expect(rows[0]).toBe(`关于${YEAR}年度委员履职情况的通报`);
  // One row per serving member: their names, each once.
  const names = members.map((m) => m.name!);
  expect(rows.filter((p) => names.includes(p)).sort()).toEqual([...names].sort());

  // The same notice as PDF, printed by the host's Chromium (print:toPdf).
  const pdf = join(dataDir, `${YEAR}年度履职情况通报.pdf`);
  shell.current!.dialogs.answerSave(pdf);
  await app.getByRole('button', { name: '导出年度履职情况通报（PDF）' }).click();
  await expect(page.toast(`已导出：${pdf}`)).toBeVisible();
  await copyFile(pdf, test.info().outputPath('notice.pdf'));
  const printed = await pdfText(pdf);
  expect(printed.pages).toBeGreaterThanOrEqual(1);
  const printedFlat = printed.text.replace(/\s+/g, '');
  expect(printedFlat).toContain(`关于${YEAR}年度委员履职情况的通报`);
  expect(printedFlat).toContain('张国华');
  expect(printedFlat).toContain(COMMITTEE);
  expect(printed.text).toMatch(/—\s*1\s*—/);
});
