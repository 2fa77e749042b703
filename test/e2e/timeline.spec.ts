import type { Page } from '@playwright/test';
import { SHELL_ENTRY_URL } from '../../electron/shell/shellOrigin';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { addOtherDonor, newDonation } from './pages/donationFormSteps';
import { RecordList } from './pages/RecordList';
import { SettingsPage } from './pages/SettingsPage';
import { TimelinePage } from './pages/TimelinePage';
import { putStoredRow } from './storedRows';

// DESIGN.md §2, 大事记 Timeline; issue 11 part 5: every activity and donation in date order, under
// year and month headings, 是月 after the dated entries of its month and 是年 after its months.

const STORED_AT = '2026-01-01T00:00:00.000Z';
/** A sample activity of 2018年9月 that one test deletes from another window. */
const GONE = '港澳委员和海外顾问回湘专题调研';

/** A dated activity written straight to disk, as an import would leave it (not 列入大事记). */
async function storeDatedActivity(page: Page, title: string): Promise<void> {
  await putStoredRow(page, 'activities', {
    // An id after the sample ones: only its date can put it first.
    id: 'f0e1d2c3-0000-4000-8000-000000000910',
    title,
    type: '会议',
    startDate: { year: 2018, month: 9, day: 10 },
    place: '长沙市',
    leaders: [],
    participants: [],
    outcomes: [],
    inTimeline: false,
    attachments: [],
    tags: [],
    createdAt: STORED_AT,
    updatedAt: STORED_AT,
    rev: 1,
    deletedAt: null,
    _year: 2018,
    _dateKey: 20180910,
    _memberDates: [],
  });
}

test('the timeline is empty until records are stored, and shows them live when another window adds them', async ({
  app,
}) => {
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  await timeline.expectEmpty('还没有履职活动或捐赠');
  await expectAccessible(app, '时间轴（空）');

  // Another window loads the sample records; this one shows them without a reload.
  const other = await app.context().newPage();
  await other.goto(SHELL_ENTRY_URL);
  await new SettingsPage(other).loadSampleData();
  await other.close();
  await expect(timeline.yearHeading(2018)).toBeVisible();
  await expect(timeline.entry('郴州行')).toBeVisible();
  await expect(timeline.count).toHaveText(/^共 \d+ 条$/);
  const before = Number((await timeline.count.textContent())?.match(/\d+/)?.[0]);

  // Another window deletes an activity; it leaves this timeline at once.
  const third = await app.context().newPage();
  await third.goto(SHELL_ENTRY_URL);
  const activities = new RecordList(third);
  await activities.open('履职活动');
  const dialog = await activities.delete(GONE, '删除这条履职活动记录？');
  // On a busy machine the dialog may still be zooming in: click once it stands still.
  await expect(dialog.dialog).not.toHaveClass(/zoom-appear/);
  await dialog.dialog.getByRole('button', { name: '删除', exact: true }).click();
  await expect(dialog.dialog).toBeHidden({ timeout: 30_000 });
  await third.close();
  await expect(timeline.entry(GONE)).toHaveCount(0);
  await expect(timeline.count).toHaveText(`共 ${before - 1} 条`);
});

test('a month lists its dated entries first and its 是月 entries after them, in the work report’s order', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  await storeDatedActivity(app, '港澳委员座谈会');
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  await expect(timeline.yearHeading(2018)).toBeVisible();
  // 2018年9月 in the work report: 回湘专题调研, then the 圆桌对话会, then 傅晓岚's 建议; the one
  // entry with a day comes before them, and they read 是月.
  await expect
    .poll(() => timeline.entriesOfMonth('2018年9月'))
    .toEqual([
      expect.stringMatching(/^9月10日\s*港澳委员座谈会/),
      expect.stringMatching(/^是月\s*港澳委员和海外顾问回湘专题调研/),
      expect.stringMatching(/^是月，湖南发展海外顾问团成员回湘履职，参加“国际经贸情势与应对”/),
      expect.stringMatching(/^是月\s*关于设立全球开放科研基金的建议/),
    ]);
  // The year's entries whose month is unknown come after all its months.
  const headings = await timeline.list.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.slice(0, 3)).toEqual(['2018年5月', '2018年9月', '2018年（月份不详）']);
});

test('只看大事记 is kept in the URL and survives back and forward', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  await expect(timeline.count).toHaveText(/^共 \d+ 条$/);
  const all = Number((await timeline.count.textContent())?.match(/\d+/)?.[0]);
  // The box follows the URL, which the click changes: wait for it rather than read it at once.
  await timeline.chronicleOnly.click();
  await expect(timeline.chronicleOnly).toBeChecked();
  await expect(app).toHaveURL(/#\/timeline\?(.*&)?chronicle=1/);
  await expect(timeline.count).toHaveText(/^筛选出 \d+ 条$/);
  const chronicle = Number((await timeline.count.textContent())?.match(/\d+/)?.[0]);
  expect(chronicle).toBeGreaterThan(0);
  expect(chronicle).toBeLessThan(all);
  // Only 大事记 entries: one that is not (回湘专题调研) is gone, one that is (郴州行) stays.
  await expect(timeline.entry('郴州行')).toBeVisible();
  await expect(timeline.entry('回湘专题调研')).toHaveCount(0);

  await app.goBack();
  await expect(timeline.chronicleOnly).not.toBeChecked();
  await expect(timeline.count).toHaveText(`共 ${all} 条`);
  await app.goForward();
  await expect(timeline.chronicleOnly).toBeChecked();
  await expect(timeline.count).toHaveText(`筛选出 ${chronicle} 条`);
});

test('jumping to a year brings its heading into view, by the selector and by the keyboard', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  await expect(timeline.yearHeading(2018)).toBeInViewport();
  // The band over the list names the year and month at the top, except under a year's own
  // heading, which says it already.
  const band = app.locator('.timeline-current');
  await expect(band).toHaveText('');
  await timeline.jumpTo(2021);
  await expect(timeline.yearHeading(2021)).toBeInViewport();
  await expect(timeline.yearHeading(2021)).toBeFocused();
  // Alt+↑ goes to the year before.
  await app.keyboard.press('Alt+ArrowUp');
  await expect(timeline.yearHeading(2020)).toBeInViewport();
  await expect(timeline.yearHeading(2020)).toBeFocused();
  // The selector follows the year at the top of the list.
  const selector = app
    .locator('.ant-select')
    .filter({ has: app.getByRole('combobox', { name: '跳至年份' }) });
  await expect(selector).toContainText('2020年');
  // It says it jumps: beside the 年份 filter, a year alone would read as a second filter.
  await expect(selector).toHaveText(/^跳至\s*2020年$/);
  // A little up, and the end of 2019 is at the top.
  await timeline.yearHeading(2020).hover();
  await app.mouse.wheel(0, -200);
  await expect(selector).toContainText('2019年');
  await expect(band).toHaveText(/^2019年 · /);
});

test('a member’s gift is named by the member on its line, and no gift whose donor asked not to be (保密)', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  // An outside donor's gift, 保密, in the 大事记 with the donor named in its summary as typed.
  const form = await newDonation(app);
  await addOtherDonor(app, form, '香港中华总商会');
  await form.field('捐赠日期').fill('2020年2月8日');
  await form.field('金额').fill('300000');
  await form.drawer.getByRole('switch', { name: '保密' }).click();
  await form.drawer.getByRole('checkbox', { name: '列入大事记' }).check();
  await form.field('大事记摘要').fill('香港中华总商会向湖南省红十字会捐款30万元');
  await expect(
    form.drawer.getByText('捐赠方要求保密：时间轴和年度文件中，摘要里捐赠方的名字写作“某捐赠方”'),
  ).toBeVisible();
  await form.save();

  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  await timeline.jumpTo(2020);
  await expect(timeline.entry('张国华捐赠 HK$2,000,000.00')).toBeVisible();
  // 陈美玲's gift of 2020年2月3日 is 保密: no one is named on its line.
  await expect(timeline.entry('2月3日保密捐赠 HK$1,500,000.00')).toBeVisible();
  await expect(timeline.entry('2月8日，某捐赠方向湖南省红十字会捐款30万元。')).toBeVisible();
  await expect(timeline.list).not.toContainText('陈美玲');
  await expect(timeline.list).not.toContainText('香港中华总商会');
  // Opened, the entry says its donor is kept back, not who it is.
  await timeline.entry('某捐赠方').click();
  await expect(app.locator('.timeline-details')).toContainText('捐赠方（保密）');
  await expect(timeline.list).not.toContainText('香港中华总商会');
});

/** A year after the sample's, with one activity: far too few entries to scroll to the top. */
const LAST_YEAR = 2024;

test('the last year jumped to stays chosen, though its few entries cannot scroll to the top', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const activities = new ActivitiesPage(app);
  await activities.open('履职活动');
  const form = await activities.add();
  await form.field('活动名称').fill('港澳委员年度座谈会');
  await form.choose('活动类型', '会议');
  await form.field('开始日期').fill(`${LAST_YEAR}年3月1日`);
  await form.save();
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  const selector = app
    .locator('.ant-select')
    .filter({ has: app.getByRole('combobox', { name: '跳至年份' }) });
  await timeline.jumpTo(LAST_YEAR);
  await expect(timeline.yearHeading(LAST_YEAR)).toBeInViewport();
  await expect(selector).toContainText(`${LAST_YEAR}年`);
  // Scrolled up from the end, the selector follows the top of the list again.
  await timeline.yearHeading(LAST_YEAR).hover();
  await app.mouse.wheel(0, -1500);
  await expect(selector).not.toContainText(`${LAST_YEAR}年`);
});

test('an entry opens in place with its dates, place, leaders, participants, outcomes and an 编辑 link', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  const line = timeline.entry('郴州行');
  // Its dates as a range, as the 大事记 of the year's documents and the form's preview write it.
  await expect(line).toHaveText(/^5月29日至6月1日，31名省政协港澳委员齐聚郴州/);
  await line.click();
  await expect(line).toHaveAttribute('aria-expanded', 'true');
  const details = timeline.details(line);
  await expect(details).toContainText('2018年5月29日至6月1日');
  await expect(details).toContainText('郴州市');
  await expect(details).toContainText('省政协主席李微微');
  await expect(details).toContainText('参加委员（33人）');
  await expect(details).toContainText('陈美玲');
  await expect(details).toContainText('袁振宇（请假）');
  await expect(details).toContainText('参加港澳委员 31 名');
  await expect(details.getByRole('link', { name: /^编辑/ })).toHaveAttribute(
    'href',
    /^#\/activities\/[0-9a-f-]{36}\/edit$/,
  );
  await expectAccessible(app, '时间轴（条目展开）');
  await app.screenshot({ path: test.info().outputPath('timeline-open.png') });
  // A second click closes it.
  await line.click();
  await expect(details).toHaveCount(0);
  // 编辑 opens the activity's form.
  await line.click();
  await details.getByRole('link', { name: /^编辑/ }).click();
  await expect(app.getByLabel('活动名称')).toHaveValue('省政协港澳委员“三进三助”聚力行动郴州行');
});

test('filters that match nothing say so and offer to clear them', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const timeline = new TimelinePage(app);
  await timeline.openTimeline();
  await app.getByRole('group', { name: '筛选' }).getByRole('combobox', { name: '类型' }).click();
  await app.getByRole('option', { name: '值班', exact: true }).click();
  await expect(timeline.count).toHaveText(/^筛选出 [1-9]\d* 条$/);
  // Its state comes from the URL, a moment after the click: click, then wait for it (check()
  // fails when the box has not turned by the time the click returns).
  await timeline.chronicleOnly.click();
  await expect(timeline.chronicleOnly).toBeChecked();
  await timeline.expectEmpty('没有符合筛选条件的条目');
  await expectAccessible(app, '时间轴（无符合筛选的条目）');
  await app.getByRole('button', { name: '清除筛选' }).last().click();
  await expect(timeline.count).toHaveText(/^共 \d+ 条$/);
});
