import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docxParagraphs, libreOfficePdfText } from '../office/officeFiles';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { chooseOption, DossierPage } from './pages/DossierPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

const NAME = '张国华';

/** The 履职积分规则 as settings.json holds them; undefined while none was saved. */
async function pointsRulesOnDisk(dataDir: string) {
  try {
    return JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).pointsRules;
  } catch {
    return undefined;
  }
}
const YEAR = 2018;
const COMMITTEE = '省政协港澳台侨和外事委员会';

// The default 履职积分规则, copied by hand from the published scheme the app follows (设置 shows
// the same table): heading of each activity type, and points for attending by role.
const HEADING: Record<string, string> = {
  会议: '参加会议和学习培训',
  协商: '参加会议和学习培训',
  读书: '参加会议和学习培训',
  论坛: '参加会议和学习培训',
  提案: '提交提案和社情民意信息',
  建议: '提交提案和社情民意信息',
  社情民意: '提交提案和社情民意信息',
  调研: '参加调研视察考察',
  视察: '参加调研视察考察',
  考察: '参加调研视察考察',
  值班: '联系服务群众',
  接待: '联系服务群众',
  帮扶: '联系服务群众',
  宣讲: '承担专门性任务',
  其他: '承担专门性任务',
};
//            参加 发言 书面发言 主持 组织
const BY_ROLE: Record<string, number[]> = {
  会议: [4, 6, 5, 6, 6],
  协商: [4, 6, 5, 6, 6],
  读书: [2, 3, 3, 3, 3],
  论坛: [3, 5, 4, 5, 5],
  调研: [6, 8, 7, 8, 8],
  视察: [6, 8, 7, 8, 8],
  考察: [5, 7, 6, 7, 7],
  值班: [4, 5, 5, 5, 5],
  接待: [4, 5, 5, 5, 5],
  帮扶: [4, 5, 5, 5, 5],
  宣讲: [4, 5, 5, 5, 5],
  其他: [2, 3, 3, 3, 3],
};
const ROLES = ['参加', '发言', '书面发言', '主持', '组织'];
const CAPS: Record<string, number> = {
  参加会议和学习培训: 30,
  提交提案和社情民意信息: 30,
  参加调研视察考察: 20,
  联系服务群众: 10,
  承担专门性任务: 10,
  公益捐赠: 10,
};
const DEDUCT: Record<string, number> = { 请假: 1, 缺席: 5 };

interface Row {
  id: string;
  name?: string;
  type?: string;
  deletedAt: string | null;
  startDate?: { year: number };
  date?: { year: number };
  participants?: { memberId: string; role: string; attendance: string }[];
  proposal?: { leadMemberIds: string[]; jointMemberIds: string[]; filed?: boolean; key?: boolean };
  suggestion?: { adopted?: boolean; instruction?: string; instructionLevel?: string };
  donors?: { type: string; memberId?: string }[];
}

/** The member's year, worked out here from the stored rows and the rules above. */
function byHand(memberId: string, activities: Row[], donations: Row[]) {
  const counts: Record<string, number> = Object.fromEntries(Object.keys(CAPS).map((k) => [k, 0]));
  const earned = { ...counts };
  let deduction = 0;
  const missed: Record<string, number> = { 请假: 0, 缺席: 0 };
  for (const a of activities) {
    if (a.deletedAt || a.startDate?.year !== YEAR) continue;
    const p = a.participants?.find((x) => x.memberId === memberId);
    const heading = HEADING[a.type!]!;
    if (a.type === '提案') {
      const lead = a.proposal?.leadMemberIds.includes(memberId);
      const joint = a.proposal?.jointMemberIds.includes(memberId);
      if (!lead && !joint && !p) continue;
      counts[heading]! += 1;
      earned[heading]! += lead ? 5 + (a.proposal?.filed ? 3 : 0) + (a.proposal?.key ? 5 : 0) : 2;
      continue;
    }
    if (!p) continue;
    if (p.attendance !== '出席') {
      deduction += DEDUCT[p.attendance]!;
      missed[p.attendance]! += 1;
      continue;
    }
    counts[heading]! += 1;
    if (a.type === '建议' || a.type === '社情民意') {
      const s = a.suggestion ?? {};
      earned[heading]! += 3 + (s.adopted ? 5 : 0) + (s.instruction || s.instructionLevel ? 5 : 0);
    } else {
      earned[heading]! += BY_ROLE[a.type!]![ROLES.indexOf(p.role)]!;
    }
  }
  for (const d of donations) {
    if (d.deletedAt || d.date?.year !== YEAR) continue;
    if (!d.donors?.some((x) => x.memberId === memberId)) continue;
    counts.公益捐赠! += 1;
    earned.公益捐赠! += 5;
  }
  const points = Object.fromEntries(
    Object.keys(CAPS).map((k) => [k, Math.min(earned[k]!, CAPS[k]!)]),
  );
  const sum = Object.values(points).reduce((x, y) => x + y, 0);
  const total = Math.max(0, Math.min(sum, 100) - deduction);
  return { counts, points, total, missed };
}

test('a member’s 档案 shows the year’s counts and points as the rules give them, and exports them as .docx', async ({
  app,
  shell,
  dataDir,
}) => {
  await new SettingsPage(app).loadSampleData();
  const members = (await storedRows(app, 'members')) as unknown as Row[];
  const member = members.find((row) => row.name === NAME)!;
  const activities = (await storedRows(app, 'activities')) as unknown as Row[];
  const donations = (await storedRows(app, 'donations')) as unknown as Row[];
  const expected = byHand(member.id, activities, donations);
  // The sample gives this member several headings in that year, so the test means something.
  expect(Object.values(expected.counts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);

  const dossier = new DossierPage(app);
  await dossier.openFor(NAME);
  await dossier.chooseYear(YEAR);
  for (const heading of Object.keys(CAPS)) {
    await expect(dossier.categoryRow(heading).getByRole('cell')).toHaveText([
      heading,
      String(expected.counts[heading]),
      new RegExp(`^${expected.points[heading]}`),
      String(CAPS[heading]),
    ]);
  }
  const grade =
    expected.total >= 90
      ? '优秀'
      : expected.total >= 80
        ? '良好'
        : expected.total >= 60
          ? '称职'
          : '不称职';
  await expect(dossier.totalLine).toContainText(`积分合计 ${expected.total} 分，等次：${grade}`);
  await expectAccessible(app, '委员档案');

  // 导出年度履职档案, answered in the shell's save dialog, read back from disk.
  const target = join(dataDir, `${NAME}-${YEAR}.docx`);
  shell.current!.dialogs.answerSave(target);
  await app.getByRole('button', { name: '导出年度履职档案' }).click();
  await expect(dossier.toast(`已导出：${target}`)).toBeVisible();
  const bytes = new Uint8Array(await readFile(target));
  const paragraphs = docxParagraphs(bytes);
  expect(paragraphs[0]).toBe(`${NAME}委员${YEAR}年度履职档案`);
  expect(paragraphs).toContain(`填报单位：${COMMITTEE}`);
  expect(paragraphs.join('\n')).toContain(`${YEAR}年度履职积分合计${expected.total}分`);

  const { text } = await libreOfficePdfText(bytes);
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(`${NAME}委员${YEAR}年度履职档案`);
  expect(flat).toContain(`履职积分合计${expected.total}分`);
  expect(flat).toContain(COMMITTEE);
});

test('changing a rule in 设置 previews who changes grade, and the 档案 follows once saved', async ({
  app,
}) => {
  const settings = new SettingsPage(app);
  await settings.loadSampleData();
  const members = (await storedRows(app, 'members')) as unknown as Row[];
  const member = members.find((row) => row.name === NAME)!;
  const expected = byHand(
    member.id,
    (await storedRows(app, 'activities')) as unknown as Row[],
    (await storedRows(app, 'donations')) as unknown as Row[],
  );
  // Lower 称职 to just this member's total: they become 称职, and the preview says so first.
  expect(expected.total).toBeLessThan(60);
  await app.getByLabel('称职不低于').fill(String(expected.total));
  await chooseOption(app, '预览年度', `${YEAR}年`);
  await expect(app.getByLabel('等次将改变的委员')).toContainText(
    `${NAME}：不称职（${expected.total}分）→ 称职（${expected.total}分）`,
  );
  await expectAccessible(app, '履职积分规则 预览');
  await app.getByRole('button', { name: '保存规则' }).click();
  await expect(settings.toast('履职积分规则已保存，全部委员的积分已按新规则计算')).toBeVisible();

  const dossier = new DossierPage(app);
  await dossier.openFor(NAME);
  await dossier.chooseYear(YEAR);
  await expect(dossier.totalLine).toContainText(`积分合计 ${expected.total} 分，等次：称职`);
});

test('履职提醒 lists the serving members below the minimums set for a year, and exports them as CSV', async ({
  app,
  shell,
  dataDir,
}) => {
  await new SettingsPage(app).loadSampleData();
  const members = (await storedRows(app, 'members')) as unknown as (Row & { status: string })[];
  const activities = (await storedRows(app, 'activities')) as unknown as Row[];
  const donations = (await storedRows(app, 'donations')) as unknown as Row[];
  // Minimums set below: at least 2 调研视察考察 and at most 0 请假, nothing else asked for.
  const expected = members
    .filter((m) => !m.deletedAt && m.status === '在任')
    .filter((m) => {
      const year = byHand(m.id, activities, donations);
      return year.counts.参加调研视察考察! < 2 || year.missed.请假! > 0 || year.missed.缺席! > 1;
    })
    .map((m) => m.name!)
    .sort();
  expect(expected.length).toBeGreaterThan(2);
  expect(expected.length).toBeLessThan(members.length);

  const page = new DossierPage(app);
  await page.open('委员');
  await app.getByRole('main').getByRole('link', { name: '履职提醒' }).click();
  await expect(page.heading).toHaveText('履职提醒');
  await chooseOption(app, '年度', `${YEAR}年`);
  await app.getByLabel('会议学习至少').fill('0');
  await app.getByLabel('提案社情至少').fill('0');
  await app.getByLabel('调研视察至少').fill('2');
  await app.getByLabel('请假超过').fill('0');
  await app.getByLabel('缺席超过').fill('1');
  const list = app.getByRole('main').getByRole('table').last();
  await expect(list.getByRole('row')).toHaveCount(expected.length + 1);
  const shown = (await list.getByRole('row').locator('td:first-child').allInnerTexts()).sort();
  expect(shown).toEqual(expected);
  await expect(list.getByRole('row', { name: /袁振宇/ })).toContainText('请假 1 次，超过 0 次');
  await expectAccessible(app, '履职提醒');

  const target = join(dataDir, `${YEAR}-提醒.csv`);
  shell.current!.dialogs.answerSave(target);
  await app.getByRole('button', { name: '导出名单（CSV）' }).click();
  await expect(page.toast(`已导出：${target}`)).toBeVisible();
  const bytes = await readFile(target);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toMatch(/^序号,姓名,类别,界别,会议学习/);
  expect(
    lines
      .slice(1)
      .map((line) => line.split(',')[1])
      .sort(),
  ).toEqual(expected);
});

test('a rule typed as −3 or as words is refused with the reason, nothing is saved, and 放弃修改 brings it back', async ({
  app,
  dataDir,
}) => {
  const settings = new SettingsPage(app);
  await settings.open('设置');
  const lead = app.getByLabel('提案领衔积分');
  const before = await lead.inputValue();
  expect(Number(before)).toBeGreaterThan(0);
  const onDisk = () => pointsRulesOnDisk(dataDir);
  const stored = await onDisk();

  // A number box turned −3 into 0 unseen; now the text stays, marked, with the reason.
  await lead.fill('-3');
  // The reason shows beside the box while it is typed in; the card's list may be out of sight.
  await expect(app.getByRole('tooltip')).toHaveText('不能为负数');
  await lead.blur();
  await expect(app.getByRole('tooltip')).toBeHidden();
  await expect(lead).toHaveValue('-3');
  await expect(lead).toHaveAttribute('aria-invalid', 'true');
  const problem = app.getByRole('alert').filter({ hasText: '提案领衔积分：不能为负数。' });
  await expect(problem).toBeVisible();
  await app.getByRole('button', { name: '保存规则' }).click();
  await expect(settings.toast('未保存：提案领衔积分：不能为负数')).toBeVisible();
  expect(await onDisk()).toEqual(stored);

  await lead.fill('四分');
  await expect(
    app.getByRole('alert').filter({ hasText: '提案领衔积分：请填写 0 到 100 的数字。' }),
  ).toBeVisible();
  await app.getByRole('button', { name: '放弃修改' }).click();
  await expect(lead).toHaveValue(before);
  await expect(lead).not.toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByRole('alert').filter({ hasText: '提案领衔积分' })).toHaveCount(0);

  // A number as typed with a Chinese IME is read, and saved.
  await lead.fill('６');
  await app.getByRole('button', { name: '保存规则' }).click();
  await expect(settings.toast('履职积分规则已保存，全部委员的积分已按新规则计算')).toBeVisible();
  await expect(lead).toHaveValue('6');
  expect((await onDisk()).proposal.lead).toBe(6);
});

test('a 提醒标准 of 1.5 次 is refused with the reason, and not saved: a count has no fraction', async ({
  app,
  dataDir,
}) => {
  const onDisk = () => pointsRulesOnDisk(dataDir);
  await new SettingsPage(app).loadSampleData();
  const stored = await onDisk();
  const page = new DossierPage(app);
  await page.open('委员');
  await app.getByRole('main').getByRole('link', { name: '履职提醒' }).click();
  await expect(page.heading).toHaveText('履职提醒');
  await chooseOption(app, '年度', `${YEAR}年`);
  const list = app.getByRole('main').getByRole('table').last();
  // The year's records read (the list says it is loading until then), and the list drawn from them.
  await expect(app.locator('main .ant-spin-spinning')).toHaveCount(0);
  const flagged = list.getByRole('row').filter({ hasText: /调研视察 \d+ 次，少于 2 次/ });
  const before = await flagged.count();
  expect(before).toBeGreaterThan(0);
  // Typed key by key, 1.5 passes through 1 on its way: once refused, the list counts with 2 again.
  const box = app.getByLabel('调研视察至少');
  await box.selectText();
  await box.pressSequentially('1.5');
  await expect(box).toHaveValue('1.5');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(flagged).toHaveCount(before);
  await expect(
    app.getByRole('alert').filter({ hasText: '调研视察至少：须为整数。' }),
  ).toBeVisible();
  await expectAccessible(app, '履职提醒 标准有误');
  await box.fill('2');
  await app.getByLabel('请假超过').fill('两次');
  await app.getByRole('button', { name: '保存为默认标准' }).click();
  await expect(page.toast('未保存：请假超过：请填写 0 到 100 的整数')).toBeVisible();
  expect(await onDisk()).toEqual(stored);
});
