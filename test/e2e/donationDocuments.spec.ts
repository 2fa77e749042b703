import { copyFile, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { docxParagraphs, libreOfficePdfText } from '../office/officeFiles';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { DonationDocumentsPage } from './pages/DonationDocumentsPage';
import { MemberForm } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 12 item 5: a 感谢信 per donation and a 专项捐赠汇总 per 专项, as .docx after GB/T 9704,
// opened in LibreOffice. Amounts are written here by hand as an office writes them; totals are
// summed here from what is on disk, never by the app's own code.

const COMMITTEE = '省政协港澳台侨和外事委员会';
const COVID = '新冠肺炎疫情防控';

interface Row {
  id: string;
  name?: string;
  campaignId?: string;
  deletedAt?: string | null;
  kind?: string;
  confidential?: boolean;
  donors?: { type: string; memberId?: string; name?: string }[];
  amount?: { amountMinor: number; currency: string };
  cnyAmountMinor?: number;
}

/** 910000000 fen → "910万元": 万元 to at most two decimals, as the documents write it. */
function wanYuan(fen: number): string {
  const wan = Math.round(fen / 100) / 10_000;
  return `${Number(wan.toFixed(2))}万元`;
}

const flat = (text: string) => text.replace(/\s+/g, '');

test('生成感谢信 writes the donor’s letter with the sum in 港币 and the 单位, and warns for a 保密 donor', async ({
  app,
  shell,
  dataDir,
}) => {
  // Sample data, LibreOffice and printing on a shared machine: slow, not stuck.
  test.setTimeout(180_000);
  await new SettingsPage(app).loadSampleData();
  const members = (await storedRows(app, 'members')) as unknown as Row[];
  const donations = (await storedRows(app, 'donations')) as unknown as Row[];
  const zhang = members.find((m) => m.name === '张国华')!;
  const gift = donations.find((d) => d.donors?.some((x) => x.memberId === zhang.id))!;
  // The known gift: HK$2,000,000.00, which a letter writes 港币200万元.
  expect(gift.amount).toEqual({ amountMinor: 200_000_000, currency: 'HKD' });

  const page = new DonationDocumentsPage(app);
  await page.openCampaign(COVID);
  const drawer = await page.openDonationOf('张国华');
  const dialog = await page.openLetterDialog(drawer);
  await expect(dialog).toContainText('张国华委员');
  await expect(dialog).toContainText('港币200万元');
  await expect(dialog).toContainText(COMMITTEE);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expectAccessible(app, '生成感谢信');
  await app.screenshot({ path: test.info().outputPath('letter-dialog.png') });

  const target = join(dataDir, '感谢信-张国华.docx');
  shell.current!.dialogs.answerSave(target);
  await dialog.getByRole('button', { name: '导出感谢信' }).click();
  await expect(page.toast(`已导出：${target}`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const bytes = new Uint8Array(await readFile(target));
  await copyFile(target, test.info().outputPath('letter.docx'));
  const paragraphs = docxParagraphs(bytes);
  expect(paragraphs[0]).toBe('感谢信');
  expect(paragraphs[1]).toBe('尊敬的张国华委员：');
  expect(paragraphs[2]).toContain('捐赠港币200万元，用于疫情防控');
  expect(paragraphs.slice(-1)[0]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(paragraphs.slice(-2)[0]).toBe(COMMITTEE);

  const { text, pages } = await libreOfficePdfText(bytes);
  expect(pages).toBe(1);
  expect(flat(text)).toContain('尊敬的张国华委员');
  expect(flat(text)).toContain('港币200万元');
  expect(flat(text)).toContain(COMMITTEE);
  expect(text).toMatch(/—\s*1\s*—/);

  // 陈美玲 asked not to be named: her letter is still written, and the dialog says it is hers alone.
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.openCampaign(COVID);
  const secret = await page.openLetterDialog(await page.openDonationOf('陈美玲'));
  await expect(secret.getByRole('alert')).toContainText('此笔捐赠的捐赠方要求保密');
  await expect(secret).toContainText('陈美玲委员');
  await expectAccessible(app, '生成感谢信（保密捐赠方）');
  await app.screenshot({ path: test.info().outputPath('letter-dialog-confidential.png') });
  await secret.getByRole('button', { name: '取消' }).click();
  await expect(secret).toBeHidden();
});

test('专项捐赠汇总 states the 专项’s totals, leaves the 保密 donor out and says so, or lists them when ticked', async ({
  app,
  shell,
  dataDir,
}) => {
  // Sample data, LibreOffice and printing on a shared machine: slow, not stuck.
  test.setTimeout(180_000);
  await new SettingsPage(app).loadSampleData();
  const campaigns = (await storedRows(app, 'campaigns')) as unknown as Row[];
  const members = (await storedRows(app, 'members')) as unknown as Row[];
  const covidId = campaigns.find((c) => c.name === COVID)!.id;
  const covid = ((await storedRows(app, 'donations')) as unknown as Row[]).filter(
    (d) => d.campaignId === covidId && !d.deletedAt,
  );
  const cash = covid.filter((d) => d.kind === '资金');
  const cashFen = cash.reduce(
    (sum, d) =>
      sum + (d.amount?.currency === 'CNY' ? d.amount.amountMinor : (d.cnyAmountMinor ?? 0)),
    0,
  );
  const goods = covid.filter((d) => d.kind === '物资');
  const goodsFen = goods.reduce((sum, d) => sum + (d.cnyAmountMinor ?? 0), 0);
  expect(wanYuan(cashFen)).toBe('910万元');
  expect(goodsFen).toBeGreaterThan(5_200_000_000);
  const secret = covid.filter((d) => d.confidential);
  const secretNames = secret.map(
    (d) => members.find((m) => m.id === d.donors?.[0]?.memberId)?.name ?? '',
  );
  expect(secretNames).toEqual(['陈美玲']);

  const page = new DonationDocumentsPage(app);
  await page.openCampaign(COVID);
  const dialog = await page.openSummaryDialog(COVID);
  await expect(dialog).toContainText(`折合人民币${wanYuan(cashFen)}`);
  await expect(dialog).toContainText(`估值人民币${wanYuan(goodsFen)}`);
  await expect(dialog.getByRole('alert')).toContainText(`略去 ${secret.length} 笔保密捐赠的捐赠方`);
  await expect(dialog.getByRole('checkbox', { name: '包含保密捐赠方' })).not.toBeChecked();
  await expectAccessible(app, '专项捐赠汇总');
  await app.screenshot({ path: test.info().outputPath('summary-dialog.png') });

  const target = join(dataDir, '专项捐赠汇总.docx');
  shell.current!.dialogs.answerSave(target);
  await dialog.getByRole('button', { name: '导出汇总' }).click();
  await expect(page.toast(`已导出：${target}`)).toBeVisible();
  const bytes = new Uint8Array(await readFile(target));
  await copyFile(target, test.info().outputPath('summary.docx'));
  const paragraphs = docxParagraphs(bytes);
  const all = paragraphs.join('\n');
  expect(paragraphs[0]).toBe(`${COVID}专项捐赠汇总`);
  expect(all).toContain(`本专项共接收资金捐赠${cash.length}笔，折合人民币910万元。`);
  expect(all).toContain(`接收物资捐赠${goods.length}批，估值人民币${wanYuan(goodsFen)}。`);
  expect(all).toContain(
    `另有${secret.length}笔捐赠的捐赠方要求保密，未列入下表，其金额已计入上述合计。`,
  );
  expect(all).not.toContain('陈美玲');
  expect(paragraphs).toContain('张国华');
  expect(paragraphs).toContain('港币200万元');
  expect(paragraphs).toContain(COMMITTEE);

  const { text } = await libreOfficePdfText(bytes);
  expect(flat(text)).toContain(`${COVID}专项捐赠汇总`);
  expect(flat(text)).toContain('折合人民币910万元');
  expect(flat(text)).toContain('港币200万元');
  expect(flat(text)).not.toContain('陈美玲');
  expect(text).toMatch(/—\s*1\s*—/);

  // Ticked, the same export lists her, marked, and says the file is for internal use.
  const again = await page.openSummaryDialog(COVID);
  await again.getByRole('checkbox', { name: '包含保密捐赠方' }).check();
  await expect(again.getByRole('alert')).toContainText(
    `将列出 ${secret.length} 笔保密捐赠的捐赠方`,
  );
  await expectAccessible(app, '专项捐赠汇总（包含保密捐赠方）');
  const internal = join(dataDir, '专项捐赠汇总-内部.docx');
  shell.current!.dialogs.answerSave(internal);
  await again.getByRole('button', { name: '导出汇总' }).click();
  await expect(page.toast(`已导出：${internal}`)).toBeVisible();
  const listed = docxParagraphs(new Uint8Array(await readFile(internal)));
  expect(listed).toContain('陈美玲（保密）');
  expect(listed.join('')).not.toContain('未列入下表');

  // A 专项 named with a slash: the proposed file name keeps it, full-width, and the file is written.
  await app.getByRole('main').getByRole('button', { name: '编辑' }).click();
  const form = new MemberForm(app, `编辑专项：${COVID}`);
  await form.field('名称').fill('抗疫/复工');
  await form.save();
  await expect(page.heading).toHaveText('专项：抗疫/复工');
  const renamed = await page.openSummaryDialog('抗疫/复工');
  // With no scripted answer the shell asks inside the page, proposing the app's file name.
  await renamed.getByRole('button', { name: '导出汇总' }).click();
  const where = app.getByRole('dialog', { name: '导出' }).getByRole('textbox', { name: '保存到' });
  await expect(where).toHaveValue(join(homedir(), '专项捐赠汇总-抗疫／复工.docx'));
  const slashed = join(dataDir, basename(await where.inputValue()));
  await where.fill(slashed);
  await where.press('Enter');
  await expect(page.toast(`已导出：${slashed}`)).toBeVisible();
  expect(docxParagraphs(new Uint8Array(await readFile(slashed)))[0]).toBe('抗疫/复工专项捐赠汇总');
});
