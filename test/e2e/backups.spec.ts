import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { BackupsCard } from './pages/BackupsCard';
import { MemberForm } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

/** The backups (not their notes) in a folder, by name. */
function backupFiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.dlbackup'));
  } catch {
    return [];
  }
}

/** The live rows of a store on disk. */
async function liveRows(page: Parameters<typeof storedRows>[0], store: string) {
  return (await storedRows(page, store)).filter((row) => !row.deletedAt);
}

/** A backup's name for a moment, as the host names them. */
function backupName(at: Date, kind: string): string {
  return `dutyledger-${at.toISOString().replace(/[-:.]/g, '')}-${kind}.dlbackup`;
}

test('立即备份 writes a backup file, the list shows its counts, and 恢复 brings the data back', async ({
  app,
  dataDir,
}) => {
  test.setTimeout(180_000);
  const folder = join(dataDir, 'backups');
  const settings = new SettingsPage(app);
  await settings.loadSampleData();
  const members = await liveRows(app, 'members');
  const activities = await liveRows(app, 'activities');
  expect(members.length).toBeGreaterThan(0);

  const card = new BackupsCard(app);
  await card.openCard();
  await card.backUpNow();

  // On disk: a bundle whose member rows are the members stored now.
  const [manual] = backupFiles(folder).filter((name) => name.endsWith('-manual.dlbackup'));
  expect(manual).toBeDefined();
  const zip = unzipSync(new Uint8Array(readFileSync(join(folder, manual!))));
  const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as { format: string };
  expect(manifest.format).toBe('duty-ledger-bundle');
  const backedUpMembers = strFromU8(zip['records/member.jsonl']!).trim().split('\n');
  expect(backedUpMembers.map((line) => (JSON.parse(line) as { id: string }).id).sort()).toEqual(
    members.map((row) => row.id).sort(),
  );

  const row = card.rowsOfKind('手动');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`委员 ${members.length}`);
  await expect(row).toContainText(`履职活动 ${activities.length}`);
  await expectAccessible(app, '设置 → 备份');

  // The data changes: the sample goes.
  await settings.removeSampleData();
  expect(await liveRows(app, 'members')).toEqual([]);

  await card.startRestore('手动');
  await expect(card.previewRow('委员')).toContainText(`委员${members.length}0`);
  await expect(card.previewRow('履职活动')).toContainText(`履职活动${activities.length}0`);
  await expectAccessible(app, '恢复备份 对话框');
  await card.restoreDialog.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(card.restoreDialog).toBeHidden();
  await expect(card.card.getByRole('alert')).toContainText(/^已恢复到 .+ 的备份。/);

  const restored = await liveRows(app, 'members');
  expect(restored.map((r) => [r.id, r.name]).sort()).toEqual(
    members.map((r) => [r.id, r.name]).sort(),
  );
  expect((await liveRows(app, 'activities')).length).toBe(activities.length);
  // Preceded by a backup of the data as it was, which the list shows too.
  await expect
    .poll(() => backupFiles(folder).filter((n) => n.endsWith('-pre-restore.dlbackup')))
    .toHaveLength(1);
  await expect(card.rowsOfKind('恢复前')).toContainText('无记录');
});

test('a daily snapshot is taken at start when the newest backup is over a day old', async ({
  shell,
  dataDir,
}) => {
  const folder = join(dataDir, 'backups');
  mkdirSync(folder);
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  const old = backupName(threeDaysAgo, 'daily');
  writeFileSync(join(folder, old), 'PK\u0003\u0004 an old backup');
  const startedAt = Date.now();

  const app = await shell.launch();
  await expect
    .poll(() => backupFiles(folder).filter((name) => name !== old), { timeout: 60_000 })
    .toHaveLength(1);
  const [made] = backupFiles(folder).filter((name) => name !== old);
  expect(made).toMatch(/-(daily|monthly)\.dlbackup$/);
  const card = new BackupsCard(app);
  await card.openCard();
  await expect(card.list.getByRole('row')).toHaveCount(3); // the header, the new one, the old
  const stamp = /dutyledger-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(made!)!;
  const madeAt = Date.UTC(
    +stamp[1]!,
    +stamp[2]! - 1,
    +stamp[3]!,
    +stamp[4]!,
    +stamp[5]!,
    +stamp[6]!,
    +stamp[7]!,
  );
  expect(madeAt).toBeGreaterThanOrEqual(startedAt - 1000);
});

test('the daily snapshot waits while the user goes from page to page, and is taken once they stop', async ({
  shell,
  dataDir,
}) => {
  // No backup at all: a daily snapshot is due from the start.
  const folder = join(dataDir, 'backups');
  const app = await shell.launch();
  // Eight seconds of work: the snapshot would start five seconds in if it did not wait for a
  // quiet moment.
  await goFromPageToPage(app, 8000);
  expect(backupFiles(folder)).toEqual([]);
  // Once the pages are left alone, it comes.
  await expect.poll(() => backupFiles(folder), { timeout: 60_000 }).toHaveLength(1);
});

test('a window closed after a busy few seconds still takes the 退出时 backup', async ({
  shell,
  dataDir,
}) => {
  const folder = join(dataDir, 'backups');
  const app = await shell.launch({ snapshotOnWindowClose: true });
  await goFromPageToPage(app, 6000);
  // The daily snapshot still waits for a quiet moment; the one taken on closing does not.
  expect(backupFiles(folder)).toEqual([]);
  await app.close({ runBeforeUnload: true });
  // The only backup is the one taken on closing (the first of a month is kept as its monthly).
  await expect.poll(() => backupFiles(folder), { timeout: 60_000 }).toHaveLength(1);
  await expect.poll(() => shell.current!.context.pages().length).toBe(0);
});

/** A user going through the sidebar's pages for `ms`, a page a second. */
async function goFromPageToPage(app: Page, ms: number): Promise<void> {
  const nav = app.getByRole('navigation', { name: '主导航' });
  const pages = ['委员', '履职活动', '捐赠', '时间轴'];
  const busyUntil = Date.now() + ms;
  for (let i = 0; Date.now() < busyUntil; i++) {
    const link = nav.getByRole('link', { name: pages[i % pages.length] });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    // The user reads the page a moment before the next click; there is nothing to wait for.
    await app.waitForTimeout(1000);
  }
}

test('a broken backup is refused in Chinese before anything changes', async ({
  shell,
  dataDir,
}) => {
  const folder = join(dataDir, 'backups');
  mkdirSync(folder);
  // Fresh, so that no daily snapshot joins it; a zip's signature, then nothing of a zip.
  writeFileSync(join(folder, backupName(new Date(), 'manual')), 'PK\u0003\u0004 cut short');
  const app = await shell.launch();
  const settings = new SettingsPage(app);
  await settings.loadSampleData();
  const before = await storedRows(app, 'members');

  const card = new BackupsCard(app);
  await card.openCard();
  await card.startRestore('手动');
  await expect(card.restoreDialog.getByRole('alert')).toContainText(
    /^这份备份无法恢复：.+。数据没有任何改动。$/,
  );
  await expect(card.restoreDialog.getByRole('button', { name: '恢复', exact: true })).toHaveCount(
    0,
  );
  await expectAccessible(app, '恢复备份 对话框（备份已损坏）');
  await card.restoreDialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: '关闭' })
    .click();
  await expect(card.restoreDialog).toBeHidden();
  expect(await storedRows(app, 'members')).toEqual(before);
  expect(backupFiles(folder).filter((n) => n.includes('pre-restore'))).toEqual([]);
});

test('更改备份文件夹 moves the backups to the folder chosen, and new ones go there', async ({
  app,
  shell,
  dataDir,
}) => {
  const card = new BackupsCard(app);
  await card.openCard();
  await card.backUpNow();
  const usb = mkdtempSync(join(tmpdir(), 'duty-ledger-usb-'));
  shell.current!.dialogs.answerFolder(usb);
  await card.card.getByRole('button', { name: '更改备份文件夹' }).click();
  await expect(app.getByText(`备份文件夹已改为 ${usb}`, { exact: false })).toBeVisible();
  await expect(card.card).toContainText(usb);
  expect(backupFiles(join(dataDir, 'backups')).filter((n) => n.includes('manual'))).toEqual([]);
  expect(backupFiles(usb).filter((n) => n.includes('manual'))).toHaveLength(1);
  await card.backUpNow();
  await expect.poll(() => backupFiles(usb).filter((n) => n.includes('manual'))).toHaveLength(2);
  const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
  expect(settings.backupFolder).toBe(usb);
  // The 操作记录 says from where to where.
  expect(
    (await storedRows(app, 'audit')).filter((entry) => entry.kind === 'settings'),
  ).toMatchObject([{ summary: `修改备份：备份文件夹 ${join(dataDir, 'backups')} → ${usb}` }]);
});

test('a backup carries the attachments, and 恢复 puts a lost photo back into the data folder', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(180_000);
  const photoPath = fileURLToPath(new URL('../fixtures/photos/chenzhou-0529.jpg', import.meta.url));
  const photo = readFileSync(photoPath);
  const sha = createHash('sha256').update(photo).digest('hex');
  const kept = join(dataDir, 'attachments', sha.slice(0, 2), sha);

  // A donation with its photo.
  await new SettingsPage(app).open('捐赠');
  await app.getByRole('main').getByRole('button', { name: '新增捐赠' }).click();
  const form = new MemberForm(app, '新增捐赠');
  await form.field('捐赠方').fill('香港中华总商会');
  await app.keyboard.press('Enter');
  await form.field('捐赠日期').fill('2020年2月3日');
  await form.field('金额').fill('50000');
  shell.current?.dialogs.answerOpen([photoPath]);
  const field = form.drawer.getByRole('group', { name: '附件' });
  await field.getByRole('button', { name: '添加文件…' }).click();
  await expect(field.getByRole('listitem').filter({ hasText: 'chenzhou-0529.jpg' })).toBeVisible();
  await form.save();
  expect(readFileSync(kept)).toEqual(photo);

  const card = new BackupsCard(app);
  await card.openCard();
  await card.backUpNow();
  // The list says it carries the photo, and the file on disk does, under its hash.
  await expect(card.rowsOfKind('手动')).toContainText('含 1 个');
  const [manual] = backupFiles(join(dataDir, 'backups')).filter((n) =>
    n.endsWith('-manual.dlbackup'),
  );
  const zip = unzipSync(new Uint8Array(readFileSync(join(dataDir, 'backups', manual!))));
  expect(Buffer.from(zip[`attachments/${sha}`]!)).toEqual(photo);
  await expectAccessible(app, '设置 → 备份（含附件的备份）');
  await card.card.screenshot({ path: test.info().outputPath('backups-with-attachments.png') });

  // The laptop's attachment folder is lost; the backup folder is all that is left of it.
  rmSync(join(dataDir, 'attachments'), { recursive: true, force: true });
  expect(existsSync(kept)).toBe(false);

  await card.startRestore('手动');
  await expect(card.restoreDialog).toContainText('备份中的 1 个附件，数据文件夹里缺少的会补回');
  await card.restoreDialog.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(card.restoreDialog).toBeHidden();
  await expect(card.card.getByRole('alert')).toContainText(/^已恢复到 .+ 的备份。/);
  // The photo is back on disk, byte for byte, and the donation still names it.
  await expect.poll(() => existsSync(kept)).toBe(true);
  expect(readFileSync(kept)).toEqual(photo);
  const [donation] = await liveRows(app, 'donations');
  expect((donation?.attachments as { sha256: string }[]).map((a) => a.sha256)).toEqual([sha]);
});

test('closing the shell’s window takes the 退出时 backup before it closes', async ({
  shell,
  dataDir,
}) => {
  test.setTimeout(180_000);
  const folder = join(dataDir, 'backups');
  const app = await shell.launch({ snapshotOnWindowClose: true });
  // The start-up snapshot first (there is no backup yet), so that it is not the one counted.
  await expect.poll(() => backupFiles(folder), { timeout: 60_000 }).toHaveLength(1);
  // The user works in the window (Chromium holds an unload only in a page used), then closes it.
  const settings = new SettingsPage(app);
  await settings.loadSampleData();
  const members = await liveRows(app, 'members');
  expect(members.length).toBeGreaterThan(0);
  await app.close({ runBeforeUnload: true });

  await expect
    .poll(() => backupFiles(folder).filter((n) => n.endsWith('-quit.dlbackup')), {
      timeout: 60_000,
    })
    .toHaveLength(1);
  const [quit] = backupFiles(folder).filter((n) => n.endsWith('-quit.dlbackup'));
  const zip = unzipSync(new Uint8Array(readFileSync(join(folder, quit!))));
  const backedUp = strFromU8(zip['records/member.jsonl']!).trim().split('\n');
  expect(backedUp.map((line) => (JSON.parse(line) as { id: string }).id).sort()).toEqual(
    members.map((row) => row.id).sort(),
  );
  // Then the shell closed.
  await expect.poll(() => shell.current!.context.pages().length).toBe(0);
});

test('a 保留份数 typed as −3 or above its most is refused with the reason, and a good one is saved', async ({
  app,
  dataDir,
}) => {
  const card = new BackupsCard(app);
  await card.openCard();
  const daily = app.getByLabel('每日备份保留份数');
  const onDisk = () => {
    try {
      return JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
    } catch {
      return {};
    }
  };
  const before = onDisk().backupKeepDaily;
  const save = card.card.getByRole('button', { name: '保存保留份数' });

  // A number box turned −3 into 1 unseen, and saved it.
  await daily.fill('-3');
  await save.click();
  await expect(card.card.getByText('每日备份保留份数：请填写 1 到 366 的整数')).toBeVisible();
  await expect(daily).toHaveValue('-3');
  await daily.fill('400');
  await save.click();
  await expect(card.card.getByText('每日备份保留份数：请填写 1 到 366 的整数')).toBeVisible();
  expect(onDisk().backupKeepDaily).toBe(before);

  await daily.fill('６０');
  await save.click();
  await expect(app.getByText('备份保留份数已保存')).toBeVisible();
  expect(onDisk().backupKeepDaily).toBe(60);
  // Only the good one is in the 操作记录.
  expect(await storedRows(app, 'audit')).toMatchObject([
    {
      kind: 'settings',
      summary: expect.stringMatching(/^修改备份：每日备份保留份数 \d+ 份 → 60 份$/),
    },
  ]);
});

test('a 保留份数 being typed stays when 经办人 is saved on the same page', async ({ app }) => {
  const card = new BackupsCard(app);
  await card.openCard();
  const daily = app.getByLabel('每日备份保留份数');
  await daily.fill('45');
  const settings = new SettingsPage(app);
  await settings.operatorName.fill('王小明');
  await settings.save();
  await expect(app.getByText('设置已保存')).toBeVisible();
  await expect(settings.status).toContainText('经办人：王小明');
  await expect(daily).toHaveValue('45');
});
