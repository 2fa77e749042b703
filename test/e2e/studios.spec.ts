import type { Page } from '@playwright/test';
import { SHELL_ENTRY_URL } from '../../electron/shell/shellOrigin';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { StudioForm, StudioPage, StudiosPage } from './pages/StudiosPage';
import { storedRows } from './storedRows';

// DESIGN.md §2, 委员工作室: 名称, 类型 (专委会 · 界别 · 委员特色: the “1+7+N” matrix), 界别, 成立日期,
// 负责委员, 入驻委员, 入驻政协云, 荣誉, 简介; its 接待日 are activities.

const STUDIO = '民革界别委员工作室';
const LEADER = '杨建国';
const RESIDENTS = ['龙海燕', '石磊'];
/** How many members a studio page lists before it pages. */
const MEMBERS_PAGE = 20;

interface StudioRow {
  id: string;
  name: string;
  rev: number;
  leaderIds: string[];
  memberIds: string[];
  deletedAt?: string | null;
  [field: string]: unknown;
}

interface ActivityRow {
  type: string;
  deletedAt?: string | null;
  duty?: { studioId?: string; messageCount?: number; viewCount?: number; referredCount?: number };
}

async function addMembers(page: Page, names: string[]): Promise<void> {
  const members = new MembersPage(page);
  await members.open('委员');
  for (const name of names) {
    const form = await members.add();
    await form.field('姓名').fill(name);
    await form.save();
  }
}

async function studioOnDisk(page: Page, name: string): Promise<StudioRow> {
  const rows = (await storedRows(page, 'studios')) as unknown as StudioRow[];
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`${name} is not on disk`);
  return row;
}

async function memberIdsOnDisk(page: Page): Promise<Map<string, string>> {
  const rows = await storedRows(page, 'members');
  return new Map(rows.map((row) => [row.name as string, row.id as string]));
}

/** 新增工作室 with a leader and two residents, as a user fills it in. */
async function addStudio(studios: StudiosPage): Promise<void> {
  const form = await studios.add();
  await form.field('名称').fill(STUDIO);
  await form.chooseType('界别');
  await form.field('界别').fill('民革');
  await form.field('成立日期').fill('2021-04-15');
  // People are found as they are typed: initials, full pinyin.
  await form.pickMembers('负责委员', [LEADER], { [LEADER]: 'yjg' });
  await form.pickMembers('入驻委员', RESIDENTS, { 龙海燕: 'longhaiyan' });
  await form.field('入驻政协云').click();
  await form.field('荣誉').fill('全国杰出委员工作室');
  await form.field('荣誉').press('Enter');
  await form.field('简介').fill('打造“民情直通车”。');
  await expect(form.chosen('负责委员')).toHaveText([LEADER]);
  await expect(form.chosen('入驻委员')).toHaveText(RESIDENTS);
  await form.save();
}

test('a studio added with a leader and two members shows in the list, in the matrix and on its page', async ({
  app,
}) => {
  // Three members and a studio entered through the forms, and axe on each screen: on a
  // machine shared by several runs this outlasts the default minute.
  test.slow();
  await addMembers(app, [LEADER, ...RESIDENTS]);
  const studios = new StudiosPage(app);
  await studios.open('工作室');
  await expect(studios.page.getByText(/^还没有委员工作室/)).toBeVisible();
  await app.screenshot({
    path: test.info().outputPath('studios-empty.png'),
    animations: 'disabled',
  });

  // A date that is not one is refused, with the field and the reason, and nothing is written.
  const refused = await studios.add();
  await refused.field('名称').fill(STUDIO);
  await refused.chooseType('界别');
  await refused.field('成立日期').fill('2021年13月');
  await refused.drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(refused.error('成立日期')).toHaveText('成立日期：月份应在1至12之间');
  await expectAccessible(app, '新增工作室 表单（校验出错）');
  await expect(refused.drawer).toBeVisible();
  expect(await storedRows(app, 'studios')).toEqual([]);
  await refused.discardDraft();

  const blank = await studios.add();
  await expectAccessible(app, '新增工作室 表单');
  await blank.discardDraft();
  await addStudio(studios);
  await expect(studios.toast('已新增工作室')).toBeVisible();

  const ids = await memberIdsOnDisk(app);
  const row = await studioOnDisk(app, STUDIO);
  expect(row).toMatchObject({
    type: '界别',
    sector: '民革',
    foundedDate: { year: 2021, month: 4, day: 15 },
    leaderIds: [ids.get(LEADER)],
    memberIds: RESIDENTS.map((name) => ids.get(name)),
    onCloud: true,
    honors: ['全国杰出委员工作室'],
    intro: '打造“民情直通车”。',
  });

  await expect(studios.row(STUDIO)).toContainText(LEADER);
  await expect(studios.row(STUDIO)).toContainText('2 人');
  await expect(studios.matrix.getByRole('heading')).toHaveText('“1+7+N”矩阵：0+1+0');
  await expect(studios.matrixColumn('界别')).toHaveText([STUDIO]);
  await expect(studios.matrixColumn('专委会')).toHaveCount(0);
  await expect(studios.matrix).toContainText('尚无专委会工作室');
  await app.screenshot({
    path: test.info().outputPath('studios-list.png'),
    animations: 'disabled',
  });
  await expectAccessible(app, '工作室 列表与矩阵');

  // From the matrix to the studio's page: who is in it, and what it has not recorded yet.
  await studios.matrixColumn('界别').getByText(STUDIO).click();
  const page = new StudioPage(app);
  await expect(page.heading).toHaveText(STUDIO);
  await expect(page.memberRow(LEADER)).toContainText('负责委员');
  for (const name of RESIDENTS) await expect(page.memberRow(name)).toContainText('入驻委员');
  await expect(page.members.getByRole('row')).toHaveCount(1 + 3);
  await expect(page.honors).toHaveText(['全国杰出委员工作室']);
  await expect(page.duty).toContainText('还没有本工作室的接待日或值班活动');
  expect(await page.total('接待日')).toBe(0);
  await expect(page.page.getByRole('main')).toContainText('2021年4月15日');
  await app.screenshot({ path: test.info().outputPath('studio-page.png'), animations: 'disabled' });
  await expectAccessible(app, '工作室页（无接待日）');

  // Back to the list, and again by double-clicking its row.
  await app.getByRole('button', { name: '返回工作室列表' }).click();
  await studios.openFromList(STUDIO);
});

test('a studio edited in two windows asks per field; neither edit is lost', async ({ app }) => {
  // Three members and a studio entered through the forms, and axe on each screen: on a
  // machine shared by several runs this outlasts the default minute.
  test.slow();
  await addMembers(app, [LEADER, ...RESIDENTS]);
  const studios = new StudiosPage(app);
  await studios.open('工作室');
  await addStudio(studios);

  const mine = await (await studios.openFromList(STUDIO)).edit(STUDIO);
  await mine.field('简介').fill('本窗口写的简介。');
  await expect(mine.draftStatus).toHaveText(/^草稿已保存/);

  // A colleague's window on the same profile adds a resident and rewrites the intro.
  const other = await app.context().newPage();
  await other.goto(SHELL_ENTRY_URL);
  const otherStudios = new StudiosPage(other);
  await otherStudios.open('工作室');
  const theirs = await (await otherStudios.openFromList(STUDIO)).edit(STUDIO);
  await theirs.pickMembers('入驻委员', [LEADER]);
  await theirs.field('简介').fill('另一窗口写的简介。');
  await theirs.save();
  await other.close();

  await expect(mine.movedNotice).toContainText('此记录已被修改');
  await expect(mine.field('简介')).toHaveValue('本窗口写的简介。');
  await expect(mine.chosen('入驻委员')).toHaveText(RESIDENTS);

  await expectAccessible(app, '编辑工作室 表单（此记录已被修改）');
  const dialog = await mine.saveIntoConflict();
  await expectAccessible(app, '工作室 冲突对话框');
  await app.screenshot({
    path: test.info().outputPath('studio-conflict.png'),
    animations: 'disabled',
  });
  await expect(dialog.option('简介', '当前记录')).toHaveAccessibleName(
    '当前记录：另一窗口写的简介。',
  );
  await expect(dialog.option('简介', '我的修改')).toHaveAccessibleName(
    '我的修改：本窗口写的简介。',
  );
  await expect(dialog.option('简介', '当前记录')).not.toBeChecked();
  await expect(dialog.option('简介', '我的修改')).not.toBeChecked();
  // Only the other window changed 入驻委员: it is kept, and named, unless the user says otherwise.
  await expect(dialog.option('入驻委员', '当前记录')).toBeChecked();
  await expect(dialog.option('入驻委员', '当前记录')).toHaveAccessibleName(
    `当前记录：${[...RESIDENTS, LEADER].join('、')}`,
  );
  await dialog.choose('简介', '我的修改');
  await dialog.confirm();
  await expect(mine.drawer).toBeHidden();

  const ids = await memberIdsOnDisk(app);
  const row = await studioOnDisk(app, STUDIO);
  expect(row.intro).toBe('本窗口写的简介。');
  expect(row.memberIds).toEqual([...RESIDENTS, LEADER].map((name) => ids.get(name)));
  expect(row.rev).toBe(3);
  expect(await storedRows(app, 'drafts')).toEqual([]);
});

test('a half-filled 新增工作室 comes back from 草稿箱 after a crash', async ({ app, shell }) => {
  const studios = new StudiosPage(app);
  await studios.open('工作室');
  const form = await studios.add();
  await form.field('名称').fill('台联界别委员工作室');
  await form.field('界别').fill('台联');
  // The draft on disk holds the last keystroke (the status line may be from an earlier save).
  await expect
    .poll(async () => (await storedRows(app, 'drafts')).map((d) => JSON.stringify(d.values)))
    .toEqual([expect.stringContaining('"sector":"台联"')]);
  await shell.kill();

  const after = new StudiosPage(await shell.launch());
  await expect(after.draftBox).toContainText('新增工作室（');
  await after.draftBox.getByRole('button', { name: '继续填写' }).click();
  const restored = new StudioForm(after.page, '新增工作室');
  await expect(restored.draftStatus).toHaveText('已恢复草稿');
  await expect(restored.field('名称')).toHaveValue('台联界别委员工作室');
  await expect(restored.field('界别')).toHaveValue('台联');
});

test('on the sample data every studio page shows the members and the totals of its stored 接待日 and 值班', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const studios = (await storedRows(app, 'studios')) as unknown as StudioRow[];
  const activities = (await storedRows(app, 'activities')) as unknown as ActivityRow[];
  const list = new StudiosPage(app);
  await list.open('工作室');

  // The matrix, counted here from the stored rows.
  const ofType = (type: string) => studios.filter((s) => s.type === type && !s.deletedAt);
  await expect(list.matrix.getByRole('heading')).toHaveText(
    `“1+7+N”矩阵：${ofType('专委会').length}+${ofType('界别').length}+${ofType('委员特色').length}`,
  );
  for (const type of ['专委会', '界别', '委员特色'] as const) {
    await expect(list.matrixColumn(type)).toHaveCount(ofType(type).length);
  }
  await list.matrix.scrollIntoViewIfNeeded();
  await app.screenshot({
    path: test.info().outputPath('studios-sample.png'),
    animations: 'disabled',
  });

  let withDuty = 0;
  for (const studio of studios) {
    const own = activities.filter((a) => a.duty?.studioId === studio.id && !a.deletedAt);
    const sum = (key: 'messageCount' | 'viewCount' | 'referredCount') =>
      own.reduce((total, a) => total + (a.duty?.[key] ?? 0), 0);
    const people = new Set([...studio.leaderIds, ...studio.memberIds]).size;
    if (own.length > 0) withDuty += 1;

    await list.matrix.getByRole('link', { name: studio.name, exact: true }).click();
    const page = new StudioPage(app);
    await expect(page.heading).toHaveText(studio.name);
    await expect(page.page.getByRole('heading', { name: `委员（${people} 人）` })).toBeVisible();
    // A long list goes on on further pages, and says how many in all.
    if (people > MEMBERS_PAGE) await expect(page.membersRegion).toContainText(`共 ${people} 人`);
    else await expect(page.members.getByRole('row')).toHaveCount(1 + people);
    await expect.poll(() => page.total('接待日')).toBe(own.filter((a) => a.type === '接待').length);
    expect(await page.total('值班')).toBe(own.filter((a) => a.type === '值班').length);
    expect(await page.total('留言数')).toBe(sum('messageCount'));
    expect(await page.total('浏览量')).toBe(sum('viewCount'));
    expect(await page.total('转办问题数')).toBe(sum('referredCount'));
    if (studio.name === '省政协港澳台侨和外事委员会联动工作室') {
      await page.duty.scrollIntoViewIfNeeded();
      await expectAccessible(app, '工作室页（示例数据）');
      await app.screenshot({
        path: test.info().outputPath('studio-sample-page.png'),
        animations: 'disabled',
      });
    }
    await app.getByRole('button', { name: '返回工作室列表' }).click();
    await expect(list.heading).toHaveText('工作室');
  }
  // The sample has studios with recorded 接待日 / 值班 and studios without.
  expect(withDuty).toBeGreaterThan(1);
  expect(withDuty).toBeLessThan(studios.length);
});
