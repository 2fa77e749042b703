import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { MembersPage } from './pages/MembersPage';
import { SearchDialog } from './pages/SearchDialog';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// The sample data (设置 → 载入示例数据) is the committee's own work report: 青竹村, 刘良院士,
// 港区委员 陈美玲 (陳美玲) and 张国华 (張國華), donations with 票据号, a 提案 with its 案号.

test('a fragment from the middle of a title finds it, marked, grouped with the other types', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const search = new SearchDialog(app);
  await search.open();
  await search.search('青竹');

  const activity = search.group('履职活动').getByRole('option', {
    name: /^港澳委员赴桂东县青竹村开展助学帮扶 /,
  });
  await expect(activity).toBeVisible();
  await expect(search.marks(activity)).toHaveText(['青竹']);
  await expect(
    search.group('专项').getByRole('option', { name: /^青竹村乡村振兴 / }),
  ).toBeVisible();
  // Groups follow the record types in a fixed order, each saying how many it holds.
  await expect(search.results).toMatchAriaSnapshot(`
    - listbox "搜索结果":
      - group "履职活动":
        - text: /履职活动（\\d+）/
      - group "捐赠":
        - text: /捐赠（\\d+）/
      - group "专项":
        - text: 专项（1）
      - group "工作室":
        - text: 工作室（1）
  `);
  await app.screenshot({
    path: test.info().outputPath('search-qingzhu.png'),
    animations: 'disabled',
  });
});

test('pinyin initials and full pinyin find a member, with the name marked', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const search = new SearchDialog(app);
  await search.open();
  for (const query of ['ll', 'liuliang', 'LiuLiang']) {
    await search.search(query);
    // 刘良 the member comes first, then the activity that names him; nothing else.
    await expect(search.results).toMatchAriaSnapshot(`
      - listbox "搜索结果":
        - /children: equal
        - group "委员":
          - text: 委员（1）
          - option /^刘良 澳区委员/:
            - mark: 刘良
        - group "履职活动":
          - text: 履职活动（1）
          - option /刘良院士工作站落户湖南/:
            - mark: 刘良
    `);
  }
  await app.screenshot({
    path: test.info().outputPath('search-pinyin.png'),
    animations: 'disabled',
  });
});

test('pinyin initials of a leader find the activities that name her: lww → 李微微', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const search = new SearchDialog(app);
  await search.open();
  for (const query of ['lww', '李微微', 'liweiwei']) {
    await search.search(query);
    // 省政协主席李微微 attended the 郴州行 of 2018 and the first 圆桌对话会.
    const trip = search
      .group('履职活动')
      .getByRole('option', { name: /郴州行/ })
      .first();
    await expect(trip).toBeVisible();
    await expect(
      search
        .group('履职活动')
        .getByRole('option', { name: /圆桌对话会/ })
        .first(),
    ).toBeVisible();
    // Her name is not in the title: the hit says where it matched, marked.
    await expect(trip).toContainText(/涉及：\S*李微微/);
    await expect(search.marks(trip)).toHaveText(['李微微']);
  }
  await app.screenshot({
    path: test.info().outputPath('search-context.png'),
    animations: 'disabled',
  });
});

test('simplified and traditional characters find the same member', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const search = new SearchDialog(app);
  await search.open();
  for (const [query, name] of [
    ['陈美玲', '陈美玲'],
    ['陳美玲', '陈美玲'],
    ['張國華', '张国华'],
    ['张国华', '张国华'],
  ] as const) {
    await search.search(query);
    const hit = search.group('委员').getByRole('option', { name: new RegExp(`^${name} `) });
    await expect(hit).toBeVisible();
    await expect(search.marks(hit)).toHaveText([name]);
    await expect(search.group('委员').getByRole('option')).toHaveCount(1);
  }
});

test('a member entered in traditional characters is found in simplified and in pinyin', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('鄭家輝');
  await form.field('所在地').fill('香港');
  await form.save();
  await expect(members.row('鄭家輝')).toBeVisible();

  const search = new SearchDialog(app);
  await search.open();
  for (const [query, marked] of [
    ['郑家辉', '鄭家輝'],
    ['家辉', '家輝'],
    ['zhengjiahui', '鄭家輝'],
    ['jiahui', '家輝'],
    ['zjh', '鄭家輝'],
  ] as const) {
    await search.search(query);
    const hit = search.group('委员').getByRole('option', { name: /^鄭家輝/ });
    await expect(hit).toBeVisible();
    await expect(search.marks(hit)).toHaveText([marked]);
  }
});

test('a 票据号 or a 案号 finds its record, typed in half- or full-width, a gift named as on the timeline', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  const search = new SearchDialog(app);
  await search.open();

  // Two donations are from 港澳委员和海外顾问团成员; the 票据号 picks the goods one.
  for (const query of ['2020-W01', '示例-2020-W01', '２０２０－Ｗ０１', '2020w01']) {
    await search.search(query);
    await expect(search.options).toHaveCount(1);
    const hit = search.group('捐赠').getByRole('option');
    // The hit shows the 票据号 as written, the typed part marked.
    await expect(hit).toHaveText(
      /^港澳委员和海外顾问团成员捐赠物资 ¥[\d,]+\.\d\d\s*编号：示例-2020-W01\s*2020年1月26日 · 物资 · 疫情防控/,
    );
    await expect(search.marks(hit)).toHaveText([query === '示例-2020-W01' ? query : '2020-W01']);
  }
  // A member's gift is named by the member, as on the timeline; one whose donor asked not to be
  // named (保密, 陈美玲's) names no one, and her name finds only her.
  await search.search('示例-2020-002');
  await expect(search.group('捐赠').getByRole('option')).toHaveText(
    /^张国华捐赠 HK\$2,000,000\.00/,
  );
  await search.search('示例-2020-004');
  await expect(search.group('捐赠').getByRole('option')).toHaveText(/^保密捐赠 HK\$1,500,000\.00/);
  await search.search('陈美玲');
  await expect(search.group('委员').getByRole('option', { name: /^陈美玲/ })).toBeVisible();
  await expect(search.group('捐赠')).toHaveCount(0);
  await search.search('2018-0126');
  await expect(search.options).toHaveCount(1);
  await expect(search.group('履职活动').getByRole('option')).toHaveText(
    /^关于建设“湖南粤港澳科创产业园”的提案（重点提案督办）\s*编号：.*2018-0126.*\s*2018年至2021年 · 提案/,
  );
});

test('Enter opens the chosen result on its page, shown and highlighted', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const ui = new AppPage(app);
  const search = new SearchDialog(app);

  await search.open();
  await search.search('张国华');
  await expect(search.option('张国华')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(ui.heading).toHaveText('委员');
  const member = new MembersPage(app).row('张国华');
  await expect(member).toBeInViewport();
  await expect(member).toHaveClass(/vt-row-selected/);
  // The keyboard focus is on it, not left on what was focused before the search.
  await expect(member).toBeFocused();

  // The arrow keys move the choice; Enter takes the one chosen, not the first.
  await search.open();
  await search.search('青竹');
  const first = search.options.nth(0);
  const second = search.options.nth(1);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const title = (await second.locator('div').first().textContent()) ?? '';
  await app.keyboard.press('ArrowDown');
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  // A screen reader hears the chosen hit while the caret stays in the box.
  await expect(search.input).toBeFocused();
  await expect(search.input).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id'))!,
  );
  await app.keyboard.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(ui.heading).toHaveText('履职活动');
  const activity = app
    .getByRole('main')
    .getByRole('row')
    .filter({ has: app.getByRole('cell', { name: title, exact: true }) });
  await expect(activity).toBeInViewport();
  await expect(activity).toHaveClass(/vt-row-selected/);
  await expect(activity).toBeFocused();

  // Closed with Esc, the search gives the focus back to what had it.
  const trigger = app.getByRole('button', { name: /搜索委员、活动、捐赠/ });
  await trigger.focus();
  await trigger.press('Enter');
  await expect(search.input).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('移除示例数据 empties the lists, and search no longer finds the sample', async ({ app }) => {
  const settings = new SettingsPage(app);
  const loaded = await settings.loadSampleData();
  const search = new SearchDialog(app);
  await search.open();
  await search.search('青竹');
  await expect(search.options.first()).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();

  expect(await settings.removeSampleData()).toBe(loaded);
  for (const [page, empty] of [
    ['委员', '还没有委员。'],
    ['履职活动', '还没有履职活动。'],
    ['捐赠', '还没有捐赠记录。'],
    ['专项', '还没有专项。'],
    ['工作室', '还没有委员工作室。'],
  ] as const) {
    await settings.open(page);
    await expect(app.getByRole('main')).toContainText(empty);
    await expect(app.getByRole('main').getByRole('table')).toHaveCount(0);
  }
  await search.open();
  for (const query of ['青竹', 'liuliang', '陳美玲', '2020-W01']) {
    await search.search(query);
    await expect(search.dialog).toContainText(`没有找到与“${query}”相关的记录`);
    await expect(search.options).toHaveCount(0);
  }
});

test('search keys left by another version of their format are rebuilt at the next start', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  // As an older version would have left them: no pinyin in the keys, and that version noted.
  await app.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('duty-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(['searchDocs', 'meta'], 'readwrite');
          const docs = tx.objectStore('searchDocs');
          const all = docs.getAll();
          all.onsuccess = () => {
            for (const doc of all.result as Record<string, string>[]) {
              docs.put({ ...doc, py: '', pi: '', npy: '', npl: '', npi: '' });
            }
          };
          tx.objectStore('meta').put({ key: 'searchDocVersion', value: 1 });
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

  await app.reload();
  // The page drawn again (so Ctrl+K is heard): the settings, where the sample was loaded.
  await expect(new AppPage(app).heading).toHaveText('设置');
  const search = new SearchDialog(app);
  await search.open();
  await search.search('liuliang');
  await expect(search.group('委员').getByRole('option', { name: /^刘良 / })).toBeVisible();
  // Other facts (the install id a backup names) may sit beside it.
  expect((await storedRows(app, 'meta')).find((row) => row.key === 'searchDocVersion')).toEqual({
    key: 'searchDocVersion',
    value: 6,
  });
});

test('members whose surnames read otherwise as names are found as people type them', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  for (const name of ['单国华', '曾志伟', '解家宝', '查良镛']) {
    const form = await members.add();
    await form.field('姓名').fill(name);
    await form.save();
    await expect(members.row(name)).toBeVisible();
  }

  const search = new SearchDialog(app);
  await search.open();
  for (const [query, name] of [
    ['sgh', '单国华'],
    ['shanguohua', '单国华'],
    ['zzw', '曾志伟'],
    ['xiejiabao', '解家宝'],
    ['zly', '查良镛'],
    // typed by the characters' other readings, they are still found
    ['dgh', '单国华'],
    ['czw', '曾志伟'],
  ] as const) {
    await search.search(query);
    const hits = search.group('委员').getByRole('option');
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toHaveAccessibleName(new RegExp(`^${name}`));
    await expect(search.marks(hits.first())).toHaveText([name]);
  }
});

test('a search hit for a multi-day event shows its date range', async ({ app }) => {
  await new SettingsPage(app).loadSampleData();
  const search = new SearchDialog(app);
  await search.open();
  await search.search('郴州行');
  const trip = search.group('履职活动').getByRole('option', { name: /郴州行/ });
  await expect(trip).toContainText('2018年5月29日至6月1日');
});
