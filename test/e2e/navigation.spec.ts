import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const PAGES = [
  '总览',
  '委员',
  '履职活动',
  '捐赠',
  '专项',
  '工作室',
  '时间轴',
  '统计',
  '导入导出',
  '设置',
];

test('every sidebar page opens by its name and says what will be there', async ({ app }) => {
  const ui = new AppPage(app);
  await expect(ui.sidebar.getByRole('link')).toHaveText(PAGES);
  for (const name of PAGES) {
    await ui.open(name);
    await expect(ui.sidebar.getByRole('link', { name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // 设置 and 导入导出 are tools, not lists: they have no empty state to describe.
    if (!['设置', '导入导出'].includes(name)) {
      await expect(app.getByRole('main')).toContainText(/还没有|将在这里/);
    }
  }
});

test('the status line says where the data lives', async ({ app, dataDir }) => {
  await expect(new AppPage(app).status).toContainText(`数据保存在：${dataDir}`);
});

test('a reload keeps the page the user was on', async ({ app }) => {
  const ui = new AppPage(app);
  await ui.open('捐赠');
  await app.reload();
  await expect(ui.heading).toHaveText('捐赠');
});

test('pressing the mouse on a sidebar link starts loading its page, which the click then shows', async ({
  app,
}) => {
  const ui = new AppPage(app);
  // No idle moment ever comes, so the warm-up that loads every page's code in idle moments
  // after the first screen never runs: only the press can ask for 设置's code.
  await app.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await app.reload();
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('总览');
  const link = ui.sidebar.getByRole('link', { name: '设置', exact: true });
  const box = (await link.boundingBox())!;
  const asked = app.waitForRequest(/\/assets\/SettingsPage-[^/]+\.js$/);
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.down();
  await asked;
  // Still 总览 while the button is held: only the code was fetched.
  expect(new URL(app.url()).hash).not.toBe('#/settings');
  await app.mouse.up();
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('设置');
});
