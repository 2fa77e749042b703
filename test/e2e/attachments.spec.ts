import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { ActivitiesPage, ActivityForm } from './pages/ActivitiesPage';
import { AttachmentsHarnessPage, dropFiles } from './pages/AttachmentsHarnessPage';
import { MemberForm } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

const PHOTOS = fileURLToPath(new URL('../fixtures/photos/', import.meta.url));
const photo = (name: string) => join(PHOTOS, name);

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Every file under <dataDir>/attachments, temporary or kept. */
function storedFiles(dataDir: string): string[] {
  const root = join(dataDir, 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

test('a photo chosen in the dialog is kept once under its SHA-256 and shown as a thumbnail', async ({
  app,
  shell,
  dataDir,
}) => {
  const harness = new AttachmentsHarnessPage(app, shell);
  await harness.open();
  const path = photo('chenzhou-0529.jpg');
  const sha = await sha256Of(path);

  await harness.addByDialog([path]);
  await expect(harness.item('chenzhou-0529.jpg')).toBeVisible();
  await expect.poll(() => harness.thumbnailShown('chenzhou-0529.jpg')).toBe(true);
  const kept = join(dataDir, 'attachments', sha.slice(0, 2), sha);
  expect(await readFile(kept)).toEqual(await readFile(path));

  // The same content again, dropped under another name: one file on disk, one entry in the form.
  const copy = join(dataDir, '郴州合影副本.jpg');
  await writeFile(copy, await readFile(path));
  await harness.drop([copy]);
  await expect(
    harness.field.getByText('“郴州合影副本.jpg”与已有附件内容相同，未重复添加'),
  ).toBeVisible();
  await expect(harness.items()).toHaveCount(1);
  expect(storedFiles(dataDir)).toEqual([sha]);

  await harness
    .item('chenzhou-0529.jpg')
    .getByRole('button', { name: '打开 chenzhou-0529.jpg' })
    .click();
  await expect.poll(() => shell.openedPaths.length).toBe(1);
  expect(shell.openedPaths[0]?.endsWith('/chenzhou-0529.jpg')).toBe(true);
});

test('a file over 50 MB is refused with the message, and nothing is written', async ({
  app,
  shell,
  dataDir,
}) => {
  const harness = new AttachmentsHarnessPage(app, shell);
  await harness.open();
  const big = join(dataDir, '航拍全景.tif');
  await writeFile(big, Buffer.alloc(51 * 1024 * 1024, 7));

  await harness.addByDialog([big]);
  await expect(
    harness.field.getByText('附件“航拍全景.tif”有 51.0 MB，超过 50 MB 的上限，未添加'),
  ).toBeVisible();
  await expect(harness.items()).toHaveCount(0);

  await harness.dropGenerated('无人机.jpg', 60);
  await expect(
    harness.field.getByText('附件“无人机.jpg”有 60.0 MB，超过 50 MB 的上限，未添加'),
  ).toBeVisible();
  await expect(harness.items()).toHaveCount(0);
  expect(storedFiles(dataDir)).toEqual([]);
  await expectAccessible(app, '附件（文件过大）');
  await app.screenshot({ path: test.info().outputPath('attachments-too-large.png') });
});

test('an attachment whose file was deleted shows as 文件缺失 and does not open', async ({
  app,
  shell,
  dataDir,
}) => {
  const harness = new AttachmentsHarnessPage(app, shell);
  await harness.open();
  const path = photo('chenzhou-0531.jpg');
  const sha = await sha256Of(path);
  await harness.drop([path]);
  const item = harness.item('chenzhou-0531.jpg');
  await expect.poll(() => harness.thumbnailShown('chenzhou-0531.jpg')).toBe(true);

  await rm(join(dataDir, 'attachments', sha.slice(0, 2), sha));
  await item.getByRole('button', { name: '打开 chenzhou-0531.jpg' }).click();
  await expect(item.getByText('文件缺失')).toBeVisible();
  await expect(item.getByRole('button', { name: '打开 chenzhou-0531.jpg' })).toBeDisabled();
  expect(shell.openedPaths).toEqual([]);
  await expectAccessible(app, '附件（含缺失文件）');
  await app.screenshot({ path: test.info().outputPath('attachments-missing.png'), fullPage: true });
});

test('a field trip’s photos dropped on 新增活动 propose the dates and become its attachments', async ({
  app,
  shell,
  dataDir,
}) => {
  const harness = new AttachmentsHarnessPage(app, shell);
  await harness.open();
  const names = ['chenzhou-0601.jpg', 'no-exif.jpg', 'chenzhou-0529.jpg', 'chenzhou-0531.jpg'];
  await harness.drop(names.map(photo), harness.newActivity);

  await expect(app.getByLabel('开始日期')).toHaveValue('2018年5月29日');
  await expect(app.getByLabel('结束日期')).toHaveValue('2018年6月1日');
  await expect(app.getByText('1 张照片没有拍摄日期，已作为附件保留，日期请手工填写')).toBeVisible();
  await expect(harness.items()).toHaveCount(4);
  for (const name of names) await expect.poll(() => harness.thumbnailShown(name)).toBe(true);
  const hashes = await Promise.all(names.map((name) => sha256Of(photo(name))));
  expect(storedFiles(dataDir).sort()).toEqual([...hashes].sort());
  await expectAccessible(app, '附件（一次调研的照片）');
  await app.screenshot({ path: test.info().outputPath('attachments-trip.png'), fullPage: true });
});

test('a kept attachment survives a restart and is served at its URL with the same bytes', async ({
  app,
  shell,
}) => {
  const harness = new AttachmentsHarnessPage(app, shell);
  await harness.open();
  const path = photo('chenzhou-0601.jpg');
  const sha = await sha256Of(path);
  await harness.addByDialog([path]);
  await expect(harness.item('chenzhou-0601.jpg')).toBeVisible();

  const page = await shell.relaunch();
  await new AttachmentsHarnessPage(page, shell).open();
  const served = await page.evaluate(async (hash) => {
    const status = await window.dutyLedger!.attachments.get({ sha256: hash });
    if (status.status !== 'present') return null;
    const response = await fetch(status.url);
    return {
      type: response.headers.get('Content-Type'),
      bytes: [...new Uint8Array(await response.arrayBuffer())],
    };
  }, sha);
  expect(served?.type).toBe('image/jpeg');
  expect(Buffer.from(served?.bytes ?? [])).toEqual(await readFile(path));
});

test('a donation keeps its attached photo: stored with the record, shown again when reopened', async ({
  app,
  shell,
}) => {
  await new SettingsPage(app).open('捐赠');
  await app.getByRole('main').getByRole('button', { name: '新增捐赠' }).click();
  const form = new MemberForm(app, '新增捐赠');
  await form.field('捐赠方').fill('香港中华总商会');
  await app.keyboard.press('Enter');
  await form.field('捐赠日期').fill('2020年2月3日');
  await form.field('金额').fill('50000');
  const path = photo('chenzhou-0529.jpg');
  shell.current?.dialogs.answerOpen([path]);
  const field = form.drawer.getByRole('group', { name: '附件' });
  await field.getByRole('button', { name: '添加文件…' }).click();
  await expect(field.getByRole('listitem').filter({ hasText: 'chenzhou-0529.jpg' })).toBeVisible();
  await expectAccessible(app, '新增捐赠 表单（含附件）');
  await form.save();

  const [stored] = await storedRows(app, 'donations');
  expect(stored?.attachments).toEqual([
    { sha256: await sha256Of(path), name: 'chenzhou-0529.jpg', mimeType: 'image/jpeg', size: 908 },
  ]);
  const row = app.getByRole('main').getByRole('row').nth(1);
  await row.focus();
  await app.keyboard.press('Enter');
  const edit = new MemberForm(app, '编辑捐赠');
  const item = edit.drawer
    .getByRole('group', { name: '附件' })
    .getByRole('listitem')
    .filter({ hasText: 'chenzhou-0529.jpg' });
  await expect(item.locator('img')).toBeVisible();
});

test('photos dropped on 新增活动 open the form with their dates and attached, and are saved with it', async ({
  app,
}) => {
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  const names = ['chenzhou-0531.jpg', 'chenzhou-0601.jpg', 'no-exif.jpg', 'chenzhou-0529.jpg'];
  await dropFiles(app, names.map(photo), list.addButton);

  const form = new ActivityForm(app, '新增活动');
  await expect(form.drawer).toBeVisible();
  await expect(form.field('开始日期')).toHaveValue('2018年5月29日');
  await expect(form.field('结束日期')).toHaveValue('2018年6月1日');
  await expect(
    form.drawer.getByText('1 张照片没有拍摄日期，已作为附件保留，日期请手工填写'),
  ).toBeVisible();
  const field = form.drawer.getByRole('group', { name: '附件' });
  await expect(field.getByRole('list', { name: '已添加的附件' }).getByRole('listitem')).toHaveCount(
    4,
  );
  await expectAccessible(app, '新增活动 表单（一次调研的照片）');
  await app.screenshot({ path: test.info().outputPath('activity-trip.png') });

  await form.field('活动名称').fill('港澳委员赴郴州考察调研');
  await form.choose('活动类型', '调研');
  await form.save();
  const [stored] = await storedRows(app, 'activities');
  expect(stored).toMatchObject({
    startDate: { year: 2018, month: 5, day: 29 },
    endDate: { year: 2018, month: 6, day: 1 },
  });
  const hashes = await Promise.all(names.map((name) => sha256Of(photo(name))));
  expect((stored?.attachments as { sha256: string }[]).map((a) => a.sha256)).toEqual(hashes);
});

test('a 新增活动 draft restored when photos are dropped keeps what was typed and takes the photos', async ({
  app,
}) => {
  const list = new ActivitiesPage(app);
  await list.open('履职活动');
  await list.addButton.click();
  const first = new ActivityForm(app, '新增活动');
  await first.field('活动名称').fill('港澳委员赴郴州考察调研');
  await expect(first.draftStatus).toContainText('草稿已保存');
  await app.keyboard.press('Escape');
  await app
    .getByRole('dialog', { name: '关闭表单？' })
    .getByRole('button', { name: '保留草稿并关闭' })
    .click();
  await expect(first.drawer).toBeHidden();

  const names = ['chenzhou-0529.jpg', 'chenzhou-0601.jpg'];
  await dropFiles(app, names.map(photo), list.addButton);
  const form = new ActivityForm(app, '新增活动');
  // The draft is taken up (its title is back) and, the photos added to it, saved again at once:
  // the status may already say 草稿已保存 rather than 已恢复草稿.
  await expect(form.draftStatus).toContainText(/已恢复草稿|草稿已保存/);
  // The draft wins: its title stays; the photos are added, their dates fill the empty dates.
  await expect(form.field('活动名称')).toHaveValue('港澳委员赴郴州考察调研');
  await expect(form.field('开始日期')).toHaveValue('2018年5月29日');
  await expect(form.field('结束日期')).toHaveValue('2018年6月1日');
  const attached = form.drawer
    .getByRole('group', { name: '附件' })
    .getByRole('list', { name: '已添加的附件' })
    .getByRole('listitem');
  await expect(attached).toHaveCount(2);
  // … and are in the draft at once: a crash now would not lose them.
  const hashes = await Promise.all(names.map((name) => sha256Of(photo(name))));
  await expect
    .poll(async () => {
      const [draft] = await storedRows(app, 'drafts');
      const values = draft?.values as { attachments?: { sha256: string }[] } | undefined;
      return (values?.attachments ?? []).map((a) => a.sha256);
    })
    .toEqual(hashes);
});
