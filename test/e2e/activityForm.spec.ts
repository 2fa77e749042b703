import type { Page } from '@playwright/test';
import { SHELL_ENTRY_URL } from '../../electron/shell/shellOrigin';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { ActivitiesPage, ActivityForm } from './pages/ActivitiesPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// DESIGN.md §2, 履职活动: 活动名称, 活动类型, 开始日期, 结束日期, 地点, 形式, 主办单位, 出席领导,
// 参加委员 (角色, 出席情况, 请假 with who approved it), 所属专项, 活动概述, 成果 (指标 · 数值 · 单位),
// 列入大事记 + 大事记摘要, 标签, and the fields of its type.

interface ActivityRow {
  id: string;
  title: string;
  rev: number;
  participants: { memberId: string; role: string; attendance: string; approvedBy?: string }[];
  [field: string]: unknown;
}

interface MemberRow {
  id: string;
  name: string;
  category?: string;
  status?: string;
  deletedAt?: string | null;
}

async function activitiesOnDisk(page: Page): Promise<ActivityRow[]> {
  return (await storedRows(page, 'activities')) as unknown as ActivityRow[];
}

async function activityOnDisk(page: Page, title: string): Promise<ActivityRow> {
  const row = (await activitiesOnDisk(page)).find((r) => r.title === title);
  if (!row) throw new Error(`${title} is not on disk`);
  return row;
}

async function membersOnDisk(page: Page): Promise<MemberRow[]> {
  return ((await storedRows(page, 'members')) as unknown as MemberRow[]).filter(
    (m) => !m.deletedAt,
  );
}

/** The sample data loaded, and 履职活动 open. */
async function withSample(page: Page): Promise<ActivitiesPage> {
  await new SettingsPage(page).loadSampleData();
  const list = new ActivitiesPage(page);
  await list.open('履职活动');
  return list;
}

const TRIP = '港澳委员考察调研';

/** Fills the fields of the 郴州 trip: 2018年5月29日至6月1日, led by 张大方. */
async function fillTrip(form: ActivityForm): Promise<void> {
  // Keyboard first: Enter goes on to the next field, a Select takes its choice with Enter.
  await form.field('活动名称').fill(TRIP);
  await form.field('活动名称').press('Enter');
  await expect(form.field('活动类型')).toBeFocused();
  await form.page.keyboard.type('调研');
  await form.page.keyboard.press('Enter');
  await form.field('开始日期').fill('2018年5月29日');
  await form.field('开始日期').press('Enter');
  await expect(form.field('结束日期')).toBeFocused();
  await form.page.keyboard.type('2018.6.1');
  await form.field('地点').fill('郴州');
  await form.choose('形式', '线下');
  await form.field('主办单位').fill('省政协港澳台侨和外事委员会');
  await form.field('出席领导').fill('省政协副主席张大方');
  await form.field('出席领导').press('Enter');
}

test('an activity entered by keyboard, with 31 participants added by group, leave and an outcome, is stored as entered with its edited 大事记摘要', async ({
  app,
}) => {
  test.slow();
  const list = await withSample(app);
  const members = await membersOnDisk(app);
  const id = (name: string) => members.find((m) => m.name === name)?.id;
  const hongKong = members.filter((m) => m.category === '港区委员' && m.status !== '离任');
  const macao = members.filter((m) => m.category === '澳区委员' && m.status !== '离任');

  const form = await list.add();
  await fillTrip(form);

  // All 港区委员 in two keystrokes: the group picker opens on its first group.
  await form.groupPicker.focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(form.participantNames).toHaveCount(hongKong.length);
  // One by one, as people type names: traditional characters, initials, full pinyin.
  await form.addParticipant('區志明', '区志明（澳区委员）');
  await form.addParticipant('hyz', '黄颖芝（澳区委员）');
  await form.addParticipant('chenhaowen', '陈浩文（澳区委员）');
  // The rest of the 澳区委员 as a group from the same picker; those already in are not doubled.
  await form.addParticipant('澳区', `澳区委员（类别 · ${macao.length} 人）`);
  await expect(form.participantNames).toHaveCount(hongKong.length + macao.length);
  // Three taken out again: 31 remain.
  for (const name of ['杜文彬', '萧玉莲', '潘志远']) await form.removeParticipant(name);
  await expect(form.participantNames).toHaveCount(31);

  await form.setRole('张国华', '主持');
  await form.setRole('区志明', '发言');
  await form.setAttendance('李志强', '请假');
  await form.approvedBy('李志强').fill('王秘书长');
  await form.setAttendance('何嘉欣', '缺席');
  await expect(form.approvedBy('何嘉欣')).toHaveCount(0);
  await expect(form.drawer.getByText('共 31 人：出席 29 · 请假 1 · 缺席 1')).toBeVisible();

  await form.field('活动概述').fill('考察郴州营商环境，举办湘港澳投资推介会。');
  await form.addOutcome('签约项目', '60', '个');

  // Ticked, the 摘要 is proposed from the fields in the 大事记 style …
  await form.field('列入大事记').check();
  const proposed = '省政协副主席张大方率29名委员赴郴州开展港澳委员考察调研，签约项目60个。';
  await expect(form.field('大事记摘要')).toHaveValue(proposed);
  await expect(form.timelineLine).toHaveText(`大事记中显示为：5月29日至6月1日，${proposed}`);
  // … and follows them while untouched.
  await form.addOutcome('投资总额', '325', '亿元');
  const followed = proposed.replace('60个。', '60个，投资总额325亿元。');
  await expect(form.field('大事记摘要')).toHaveValue(followed);
  // Once the user writes in it, their words stay whatever else changes.
  const mine = followed.replace('开展港澳委员考察调研', '考察营商环境并举办投资推介会');
  await form.field('大事记摘要').fill(mine);
  await form.field('地点').fill('郴州市');
  await expect(form.field('大事记摘要')).toHaveValue(mine);
  await form.field('标签').fill('湘港澳合作');
  await form.field('标签').press('Enter');

  await expectAccessible(app, '新增活动 表单（31 位参加委员）');
  await form.participants.scrollIntoViewIfNeeded();
  await app.setViewportSize({ width: 1280, height: 2200 });
  await form.drawer.screenshot({
    path: test.info().outputPath('activity-31-participants.png'),
    animations: 'disabled',
  });
  await app.setViewportSize({ width: 1280, height: 800 });

  await app.keyboard.press('Control+s');
  await expect(form.drawer).toBeHidden();
  await expect(list.toast('已新增活动')).toBeVisible();

  const row = await activityOnDisk(app, TRIP);
  expect(row).toMatchObject({
    type: '调研',
    startDate: { year: 2018, month: 5, day: 29 },
    endDate: { year: 2018, month: 6, day: 1 },
    place: '郴州市',
    form: '线下',
    organizer: '省政协港澳台侨和外事委员会',
    leaders: ['省政协副主席张大方'],
    summary: '考察郴州营商环境，举办湘港澳投资推介会。',
    outcomes: [
      { indicator: '签约项目', value: 60, unit: '个' },
      { indicator: '投资总额', value: 325, unit: '亿元' },
    ],
    inTimeline: true,
    timelineSummary: mine,
    tags: ['湘港澳合作'],
  });
  expect(row.participants).toHaveLength(31);
  const expectedIds = [...hongKong, ...macao]
    .map((m) => m.name)
    .filter((name) => !['杜文彬', '萧玉莲', '潘志远'].includes(name));
  expect(new Set(row.participants.map((p) => p.memberId))).toEqual(new Set(expectedIds.map(id)));
  const part = (name: string) => row.participants.find((p) => p.memberId === id(name));
  expect(part('张国华')).toMatchObject({ role: '主持', attendance: '出席' });
  expect(part('区志明')).toMatchObject({ role: '发言', attendance: '出席' });
  expect(part('李志强')).toEqual({
    memberId: id('李志强'),
    role: '参加',
    attendance: '请假',
    approvedBy: '王秘书长',
  });
  expect(part('何嘉欣')).toMatchObject({ role: '参加', attendance: '缺席' });
  expect(part('何嘉欣')?.approvedBy).toBeUndefined();
  expect(await storedRows(app, 'drafts')).toEqual([]);

  // Opened again from its row: the form shows what was stored, at #/activities/<id>/edit.
  const again = await list.edit(TRIP);
  await expect(app).toHaveURL(new RegExp(`#/activities/${row.id}/edit$`));
  await expect(again.participantNames).toHaveCount(31);
  await expect(again.approvedBy('李志强')).toHaveValue('王秘书长');
  await expect(again.field('大事记摘要')).toHaveValue(mine);
  await expect(again.field('结束日期')).toHaveValue('2018年6月1日');
});

test('a 提案 shows and stores its own fields, and drops those of the type it was first given', async ({
  app,
}) => {
  test.slow();
  const list = await withSample(app);
  const members = await membersOnDisk(app);
  const id = (name: string) => members.find((m) => m.name === name)?.id;
  const title = '关于深化湘港澳职业教育合作的提案';

  // First stored as a 调研 with its 带队领导 …
  const first = await list.add();
  await first.field('活动名称').fill(title);
  await first.choose('活动类型', '调研');
  await first.field('开始日期').fill('2021年1月');
  await first.field('带队领导').fill('省政协副主席张大方');
  await expect(first.section('提案信息')).toHaveCount(0);
  await first.save();
  expect((await activityOnDisk(app, title)).research).toEqual({
    leadLeader: '省政协副主席张大方',
  });

  // … then made a 提案: the 调研 fields go, on screen and on disk.
  const form = await list.edit(title);
  await expect(form.field('带队领导')).toHaveValue('省政协副主席张大方');
  await form.choose('活动类型', '提案');
  await expect(form.section('调研视察信息')).toHaveCount(0);
  await expect(form.section('提案信息')).toBeVisible();

  await form.field('案号').fill('第0123号');
  await form.field('案由').fill('深化湘港澳职业教育合作');
  await form.pick('领衔', 'zgh', '张国华');
  await form.pick('联名', '陳美玲', '陈美玲');
  await form.pick('联名', 'lizhiqiang', '李志强');
  await form.field('联名').press('Escape');
  await expect(form.chosen('领衔')).toHaveText(['张国华']);
  await expect(form.chosen('联名')).toHaveText(['陈美玲', '李志强']);
  await form.select('立案', '是');
  await form.addTag('提案主办单位', '省教育厅');
  await form.addTag('提案协办单位', '省人力资源社会保障厅');
  await form.field('重点提案').click();
  await form.select('答复', 'A类：所提问题已经解决或采纳');
  await form.select('满意度', '满意');
  await form.addParticipant('zgh', '张国华（港区委员）');
  // The picker stays open for more names; the form is checked as the user leaves it, closed.
  const picker = form.field('参加委员');
  // Typed again, he is not offered twice, and the picker says why rather than "no match".
  await picker.fill('张国华');
  await expect(app.locator('.ant-select-dropdown:visible')).toContainText('张国华已在参加委员中');
  await picker.fill('');
  if ((await picker.getAttribute('aria-expanded')) === 'true') await picker.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');

  await expectAccessible(app, '新增活动 表单（提案）');
  await form.section('提案信息').screenshot({
    path: test.info().outputPath('activity-proposal.png'),
    animations: 'disabled',
  });
  await form.save();

  const row = await activityOnDisk(app, title);
  expect(row).toMatchObject({
    type: '提案',
    startDate: { year: 2021, month: 1 },
    proposal: {
      number: '第0123号',
      cause: '深化湘港澳职业教育合作',
      leadMemberIds: [id('张国华')],
      jointMemberIds: [id('陈美玲'), id('李志强')],
      filed: true,
      hostUnits: ['省教育厅'],
      assistUnits: ['省人力资源社会保障厅'],
      key: true,
      reply: 'A',
      satisfaction: '满意',
    },
  });
  expect(row.research).toBeUndefined();
  expect(row.participants).toEqual([{ memberId: id('张国华'), role: '参加', attendance: '出席' }]);
});

test('an end before the start, or a date that is none, is refused with the reason and nothing is written', async ({
  app,
}) => {
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const form = await list.add();
  await form.field('活动名称').fill('港澳委员座谈会');
  await form.choose('活动类型', '会议');
  await form.field('开始日期').fill('2021年4月15日');
  await form.field('结束日期').fill('2021年4月1日');
  await form.saveButton.click();
  await expect(form.error('结束日期')).toHaveText('结束日期：不能早于开始日期');

  await form.field('开始日期').fill('2021年13月');
  await form.field('活动名称').fill(' ');
  await app.keyboard.press('Control+s');
  await expect(form.error('开始日期')).toHaveText('开始日期：月份应在1至12之间');
  await expect(form.error('活动名称')).toHaveText('活动名称：不能为空');
  await expectAccessible(app, '新增活动 表单（校验出错）');
  await app.screenshot({
    path: test.info().outputPath('activity-refused.png'),
    animations: 'disabled',
  });
  await expect(form.drawer).toBeVisible();
  expect(await storedRows(app, 'activities')).toEqual([]);
});

test('Enter in a drop-down takes the option, and the next Enter moves on; its clear button is named in Chinese', async ({
  app,
}) => {
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const form = await list.add();
  await form.field('活动类型').fill('调研');
  await expect(app.getByRole('option', { name: '调研' })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.field('活动类型')).toHaveAttribute('aria-expanded', 'false');
  await app.keyboard.press('Enter');
  await expect(form.field('开始日期')).toBeFocused();
  await expect(form.field('活动类型')).toHaveAttribute('aria-expanded', 'false');
  // A drop-down that may be emptied again has a clear button, which Tab reaches: it says what it
  // does.
  await form.field('形式').fill('线下');
  await expect(app.getByRole('option', { name: '线下', exact: true })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.drawer.getByRole('button', { name: '清除' })).toHaveCount(1);
  await expect(form.drawer.getByRole('button', { name: 'Clear' })).toHaveCount(0);
});

test('a refusal below the fold is brought into view and said; a 成果 row left empty does not block saving', async ({
  app,
}) => {
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const form = await list.add();
  await form.field('活动名称').fill('港澳委员读书会');
  await form.choose('活动类型', '读书');
  await form.field('开始日期').fill('2021年4月15日');
  // A row with only its 单位: its 指标 and 数值 are missing, at the foot of a long form.
  await form.drawer.getByRole('button', { name: '添加成果' }).click();
  await form.drawer.getByRole('textbox', { name: '成果1 单位' }).fill('篇');
  await form.saveButton.click();
  await expect(app.getByText('没有保存：成果1·指标：不能为空（共 2 处需要修改）')).toBeVisible();
  const indicator = form.drawer.getByRole('textbox', { name: '成果1 指标' });
  await expect(indicator).toBeFocused();
  await expect(indicator).toBeInViewport();
  expect(await activitiesOnDisk(app)).toEqual([]);

  // Emptied again, the row is left out and the activity is saved.
  await form.drawer.getByRole('textbox', { name: '成果1 单位' }).fill('');
  await form.saveButton.click();
  await expect(form.drawer).toBeHidden();
  const saved = await activityOnDisk(app, '港澳委员读书会');
  expect(saved.outcomes ?? []).toEqual([]);
});

test('an activity with the same dates and a similar name is warned of, and may still be saved', async ({
  app,
}) => {
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const first = await list.add();
  await first.field('活动名称').fill('港澳委员郴州考察');
  await first.choose('活动类型', '考察');
  await first.field('开始日期').fill('2018年5月29日');
  await first.field('结束日期').fill('2018年6月1日');
  await first.save();

  const form = await list.add();
  await form.field('活动名称').fill('港澳委員赴郴州考察');
  await form.choose('活动类型', '考察');
  await form.field('开始日期').fill('2018年5月29日');
  await form.field('结束日期').fill('2018年5月31日');
  await expect(form.lookalike).toHaveCount(0);
  await form.field('结束日期').fill('2018年6月1日');
  await expect(form.lookalike).toContainText('「港澳委员郴州考察」（2018年5月29日至6月1日）');
  await expectAccessible(app, '新增活动 表单（可能重复）');
  await app.screenshot({
    path: test.info().outputPath('activity-lookalike.png'),
    animations: 'disabled',
  });
  await form.field('活动名称').fill('专委会全体会议');
  await expect(form.lookalike).toHaveCount(0);
  await form.field('活动名称').fill('港澳委員赴郴州考察');
  await expect(form.lookalike).toBeVisible();
  await form.save();
  expect(new Set((await activitiesOnDisk(app)).map((a) => a.title))).toEqual(
    new Set(['港澳委员郴州考察', '港澳委員赴郴州考察']),
  );
});

test('an activity edited in two windows asks per field; neither edit is lost', async ({ app }) => {
  test.slow();
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const title = '湘港澳合作座谈会';
  const created = await list.add();
  await created.field('活动名称').fill(title);
  await created.choose('活动类型', '会议');
  await created.field('开始日期').fill('2021年4月15日');
  await created.field('地点').fill('长沙');
  await created.save();
  const { id } = await activityOnDisk(app, title);

  const mine = await list.edit(title);
  await mine.field('活动概述').fill('本窗口写的概述。');
  await expect(mine.draftStatus).toHaveText(/^草稿已保存/);

  // A colleague's window, opened straight at the activity's edit address.
  const other = await app.context().newPage();
  await other.goto(`${SHELL_ENTRY_URL}#/activities/${id}/edit`);
  const theirs = new ActivitiesPage(other);
  const theirForm = new ActivityForm(other, `编辑活动：${title}`);
  await expect(theirForm.drawer).toBeVisible();
  await theirForm.field('地点').fill('郴州');
  await theirForm.field('活动概述').fill('另一窗口写的概述。');
  await theirForm.save();
  await expect(theirs.toast('已保存修改')).toBeVisible();
  await other.close();

  await expect(mine.movedNotice).toContainText('此记录已被修改');
  await expect(mine.field('活动概述')).toHaveValue('本窗口写的概述。');
  const dialog = await mine.saveIntoConflict();
  await expectAccessible(app, '履职活动 冲突对话框');
  await expect(dialog.option('地点', '当前记录')).toBeChecked();
  await expect(dialog.option('地点', '当前记录')).toHaveAccessibleName('当前记录：郴州');
  await expect(dialog.option('活动概述', '当前记录')).not.toBeChecked();
  await expect(dialog.option('活动概述', '我的修改')).not.toBeChecked();
  await dialog.choose('活动概述', '我的修改');
  await dialog.confirm();
  await expect(mine.drawer).toBeHidden();

  const row = await activityOnDisk(app, title);
  expect(row).toMatchObject({ place: '郴州', summary: '本窗口写的概述。', rev: 3 });
  expect(await storedRows(app, 'drafts')).toEqual([]);
});

test('a half-filled 新增活动 with its participants comes back from 草稿箱 after a crash', async ({
  app,
  shell,
}) => {
  test.slow();
  const list = await withSample(app);
  const form = await list.add();
  await form.field('活动名称').fill(TRIP);
  await form.addParticipant('zgh', '张国华（港区委员）');
  await form.setAttendance('张国华', '请假');
  await form.approvedBy('张国华').fill('王秘书长');
  // The draft on disk holds the last keystroke (the status line may be from an earlier save).
  await expect
    .poll(async () => (await storedRows(app, 'drafts')).map((d) => JSON.stringify(d.values)))
    .toEqual([expect.stringContaining('"approvedBy":"王秘书长"')]);
  await shell.kill();

  const after = new ActivitiesPage(await shell.launch());
  await after.draftBox.getByRole('button', { name: '继续填写' }).click();
  const restored = new ActivityForm(after.page, '新增活动');
  await expect(restored.draftStatus).toHaveText('已恢复草稿');
  await expect(restored.field('活动名称')).toHaveValue(TRIP);
  await expect(restored.participantNames).toHaveText(['张国华 港区委员']);
  await expect(restored.attendance('张国华', '请假')).toBeChecked();
  await expect(restored.approvedBy('张国华')).toHaveValue('王秘书长');
});

test('every kind of sample activity opens at its edit address and saves a new 标签 without losing a field', async ({
  app,
}) => {
  test.slow();
  await withSample(app);
  const rows = (await activitiesOnDisk(app)).filter((a) => !a.deletedAt);
  const oneOfEach = [...new Map(rows.map((a) => [a.type as string, a])).values()];
  expect(oneOfEach.length).toBeGreaterThan(4);
  for (const before of oneOfEach) {
    await app.evaluate((id) => (window.location.hash = `#/activities/${id}/edit`), before.id);
    const form = new ActivityForm(app, `编辑活动：${before.title}`);
    await expect(form.field('活动名称')).toHaveValue(before.title);
    await expect(form.participantNames).toHaveCount(before.participants.length);
    await form.addTag('标签', '已核对');
    await form.save();
    const after = await activityOnDisk(app, before.title);
    const { rev, updatedAt, tags, ...rest } = after;
    const { rev: oldRev, updatedAt: _old, tags: oldTags, ...restBefore } = before;
    expect(rev).toBe(oldRev + 1);
    expect(tags).toEqual([...((oldTags as string[] | undefined) ?? []), '已核对']);
    expect(updatedAt).not.toBe(_old);
    // Everything else as it was: the store's own `_` bookkeeping aside, and an empty group of
    // type fields ({}) being no more than none.
    const fields = (row: object) =>
      JSON.parse(
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row).filter(
              ([key, value]) => !key.startsWith('_') && JSON.stringify(value) !== '{}',
            ),
          ),
        ),
      ) as unknown;
    expect(fields(rest)).toEqual(fields(restBefore));
  }
});

test('a 开始日期 after today is flagged as a likely typo, and the save still goes through', async ({
  app,
}) => {
  const next = new Date().getFullYear() + 1;
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const form = await list.add();
  await form.field('活动名称').fill('港澳委员座谈会');
  await form.choose('活动类型', '会议');
  await form.field('开始日期').fill(`${next}年3月15日`);
  await form.field('开始日期').blur();
  const warning = form.drawer
    .locator('.ant-form-item')
    .filter({ has: app.getByLabel('开始日期', { exact: true }) })
    .locator('.ant-form-item-explain-warning');
  await expect(warning).toHaveText('开始日期晚于今天，请核对年份');
  await expectAccessible(app, '新增活动 表单（日期晚于今天）');
  // A planned meeting is one too: a warning, not a refusal.
  await form.save();
  expect((await activityOnDisk(app, '港澳委员座谈会')).startDate).toEqual({
    year: next,
    month: 3,
    day: 15,
  });
});

test('Tab out of 活动类型, 参加委员 or its group picker, or Enter in the last two, chooses nothing and moves on', async ({
  app,
}) => {
  const list = await withSample(app);
  const form = await list.add();
  const type = form.field('活动类型');
  for (const picker of [type, form.participantPicker, form.groupPicker]) {
    await picker.click();
    await expect(app.getByRole('option').first()).toBeAttached();
    await app.keyboard.press('Tab');
    await expect(picker).not.toBeFocused();
    await expect(form.drawer.locator(':focus')).toHaveCount(1);
  }
  // Enter with nothing typed in the pickers that add to the list moves on, as Enter does elsewhere
  // (opened, their next Enter would add the first member).
  for (const picker of [form.participantPicker, form.groupPicker]) {
    await picker.focus();
    await app.keyboard.press('Enter');
    await expect(picker).not.toBeFocused();
    await expect(form.drawer.locator(':focus')).toHaveCount(1);
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
  }
  await expect(form.participantNames).toHaveCount(0);
  // 活动类型 shows no type chosen: its box is empty.
  const typeBox = form.drawer
    .locator('.ant-form-item')
    .filter({ has: app.getByLabel('活动类型', { exact: true }) })
    .locator('.ant-select');
  await expect(typeBox).toHaveText('');
  // Reached with the arrow keys, the highlighted type is taken by Tab, as the drop-down does.
  await type.click();
  await expect(type).toHaveAttribute('aria-expanded', 'true');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Tab');
  await expect(typeBox).not.toHaveText('');
});
