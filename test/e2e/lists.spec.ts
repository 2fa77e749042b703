import type { Page } from '@playwright/test';
import { SHELL_ENTRY_URL, SHELL_ORIGIN } from '../../electron/shell/shellOrigin';
import type { BenchApi } from '../bench/benchApi';
import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { RecordList } from './pages/RecordList';
import { SearchDialog } from './pages/SearchDialog';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

declare global {
  interface Window {
    __dutyLedgerBench?: BenchApi;
  }
}

const EARLIEST = '欧阳早年';

/**
 * 欧阳早年 entered through the form, then the 300 members of the bench's reference set written by
 * its generator (the repository's bulk import, as `npm run bench` does): 欧阳早年, changed before
 * all of them, is the last of the list.
 */
async function earliestThenThreeHundred(app: Page): Promise<void> {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill(EARLIEST);
  await form.save();
  await app.goto(`${SHELL_ORIGIN}/bench.html`);
  await app.waitForSelector('body[data-ready="bench"]', { state: 'attached' });
  await app.evaluate(async () => {
    await window.__dutyLedgerBench!.generate();
    await window.__dutyLedgerBench!.insertKind('member', 2000);
    await window.__dutyLedgerBench!.dropScratchDatabases();
  });
  await app.goto(`${SHELL_ENTRY_URL}#/members`);
  await expect(members.heading).toHaveText('委员');
}

test('the list of 301 members scrolls to its last one', async ({ app }) => {
  await earliestThenThreeHundred(app);
  const list = new RecordList(app);
  await expect(list.count).toHaveText('共 301 条');
  const last = list.rows(EARLIEST);
  await expect(last).toHaveCount(0);
  await list.scrollUntilVisible(last, 4000);
  await expect(last).toHaveAttribute('aria-rowindex', '302');
  await app.screenshot({ path: test.info().outputPath('list-end.png'), animations: 'disabled' });
});

test('in a narrow window the filters wrap and the list still ends inside the page, its last row in view', async ({
  app,
}) => {
  await earliestThenThreeHundred(app);
  const list = new RecordList(app);
  await expect(list.count).toHaveText('共 301 条');
  const main = app.getByRole('main');
  const filters = app.getByRole('group', { name: '筛选' });
  const oneLine = (await list.filter('类别').boundingBox())!.height;
  await app.setViewportSize({ width: 860, height: 640 });
  // The eight filters take two lines or more.
  await expect.poll(async () => (await filters.boundingBox())!.height).toBeGreaterThan(oneLine * 2);
  // The table ends at the bottom of the page's area (its padding aside), so the page itself does not scroll.
  await expect
    .poll(async () =>
      main.evaluate((area) => {
        const table = area.querySelector('[role="table"]')!.getBoundingClientRect();
        const padding = parseFloat(getComputedStyle(area).paddingBottom);
        return Math.abs(area.getBoundingClientRect().bottom - padding - table.bottom) <= 1;
      }),
    )
    .toBe(true);
  expect(await main.evaluate((area) => area.scrollHeight - area.clientHeight)).toBeLessThanOrEqual(
    0,
  );
  // The columns are wider than the window: they scroll sideways, but each row's 删除 stays at the
  // table's right edge.
  const remove = list.table.getByRole('row').nth(1).getByRole('button', { name: '删除' });
  await expect(remove).toBeInViewport({ ratio: 1 });
  // Its column casts a shadow over the columns that continue under it, and none once the table
  // is scrolled to its right end.
  const shadowOfPinned = () =>
    remove.evaluate((button) => getComputedStyle(button.closest('[role="cell"]')!).boxShadow);
  expect(await shadowOfPinned()).not.toBe('none');
  await list.table.evaluate((table) => {
    table.scrollLeft = table.scrollWidth;
  });
  await expect.poll(shadowOfPinned).toBe('none');
  const last = list.rows(EARLIEST);
  await list.scrollUntilVisible(last, 4000);
  // At the end of the list, all of the last row shows.
  await app.mouse.wheel(0, 4000);
  await expect(last).toHaveAttribute('aria-rowindex', '302');
  // All of it above the table's bottom (the row is wider than the window: it scrolls sideways).
  const row = (await last.boundingBox())!;
  const table = (await list.table.boundingBox())!;
  expect(row.y + row.height).toBeLessThanOrEqual(table.y + table.height + 0.5);
  expect(table.y + table.height).toBeLessThanOrEqual(app.viewportSize()!.height);
  await app.screenshot({ path: test.info().outputPath('list-narrow.png'), animations: 'disabled' });
});

test('in a 1024 × 700 window, a member found with Ctrl+K is scrolled to and wholly in view', async ({
  app,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await earliestThenThreeHundred(app);
  const list = new RecordList(app);
  await expect(list.count).toHaveText('共 301 条');
  // From another page: the list is drawn afresh, scrolled to the member, and its filters, which
  // come after its rows, then take two lines above it.
  await new MembersPage(app).open('总览');
  const search = new SearchDialog(app);
  await search.open();
  await search.search(EARLIEST);
  await search.option(EARLIEST).click();
  const row = list.rows(EARLIEST);
  await expect(row).toHaveAttribute('aria-current', 'true');
  // Below the header and above the table's bottom, however the toolbars above it wrapped.
  await expect
    .poll(async () => {
      const box = (await row.boundingBox())!;
      const table = (await list.table.boundingBox())!;
      return (
        box.y >= table.y + box.height - 0.5 && box.y + box.height <= table.y + table.height + 0.5
      );
    })
    .toBe(true);
  await expect(row).toBeInViewport();
});

test('a filter narrows the rows, stays in the URL, and back and forward keep it', async ({
  app,
}) => {
  await earliestThenThreeHundred(app);
  const list = new RecordList(app);
  await expect(list.count).toHaveText('共 301 条');
  // Counted from the stored rows, not by the app.
  const macao = (await storedRows(app, 'members')).filter(
    (row) => row.category === '澳区委员' && !row.deletedAt,
  ).length;
  expect(macao).toBeGreaterThan(0);

  await list.chooseFilter('类别', '澳区委员');
  await expect(list.count).toHaveText(`筛选出 ${macao} 条`);
  const categories = list.table.getByRole('row').locator('[role="cell"]:nth-child(3)');
  await expect(categories.first()).toHaveText('澳区委员');
  for (const text of await categories.allTextContents()) expect(text).toBe('澳区委员');
  expect(decodeURIComponent(app.url())).toContain('#/members?category=澳区委员');

  await app.goBack();
  await expect(list.count).toHaveText('共 301 条');
  await expect(list.filter('类别')).not.toContainText('澳区委员');
  await app.goForward();
  await expect(list.count).toHaveText(`筛选出 ${macao} 条`);
  await expect(list.filter('类别').locator('..').locator('..')).toContainText('澳区委员');
});

test('a member found with Ctrl+K far down the list is scrolled to and marked', async ({ app }) => {
  await earliestThenThreeHundred(app);
  const list = new RecordList(app);
  await expect(list.count).toHaveText('共 301 条');
  const search = new SearchDialog(app);
  await search.open();
  await search.search(EARLIEST);
  await search.option(EARLIEST).click();
  const row = list.rows(EARLIEST);
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toHaveClass(/vt-row-selected/);
  await app.screenshot({
    path: test.info().outputPath('list-search-hit.png'),
    animations: 'disabled',
  });
});

/** A promise held until `resolve` is called. */
function heldGate(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

test('a list’s rows do not move when its filters arrive: their places are held at their size', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  // The filters' code is held back until the rows are there, as on a slow first opening.
  let gate = heldGate();
  await app.route(/\/assets\/ListFilterBar-[\w-]+\.js$/, async (route) => {
    await gate.promise;
    await route.fallback();
  });
  // Wide, the filters take two lines; narrow, three.
  for (const width of [1280, 860]) {
    gate = heldGate();
    await app.setViewportSize({ width, height: 760 });
    // A new page, not a new hash in this one: its code is fetched again.
    await app.goto(`${SHELL_ENTRY_URL}#/members`);
    await app.reload();
    const table = app.getByRole('main').getByRole('table', { name: '委员' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expect(app.getByRole('combobox', { name: '类别' })).toHaveCount(0);
    const before = (await table.boundingBox())!.y;
    gate.resolve();
    await expect(app.getByRole('combobox', { name: '参加活动年份' })).toBeVisible();
    expect((await table.boundingBox())!.y, `${width} px wide`).toBe(before);
  }
});
