import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { BundlePage } from './pages/BundlePage';
import { MemberForm, MembersPage } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellSession } from './shellSession';
import { storedRows } from './storedRows';

// Issue 13, items 1 and 2: a 交接包 exported from one install and imported into another (a
// profile of its own, as a colleague's laptop would be), checked in the preview and on disk.

/** A second install: its own data folder and browser profile, with its own 经办人. */
async function otherInstall(): Promise<{
  shell: ShellSession;
  page: Page;
  done: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'duty-ledger-e2e-other-'));
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ operatorName: '接收人' }));
  const shell = new ShellSession(dir);
  const page = await shell.launch();
  return {
    shell,
    page,
    done: async () => {
      await shell.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const PHOTO = fileURLToPath(new URL('../fixtures/photos/chenzhou-0529.jpg', import.meta.url));

const STORES = { 委员: 'members', 履职活动: 'activities', 捐赠: 'donations', 专项: 'campaigns' };

function idsOf(rows: Record<string, unknown>[]): string[] {
  return rows.map((row) => String(row.id)).sort();
}

/** A donation with a photo attached (tests/fixtures/photos), saved; returns the photo's SHA-256. */
async function donationWithPhoto(page: Page, shell: ShellSession): Promise<string> {
  await new SettingsPage(page).open('捐赠');
  await page.getByRole('main').getByRole('button', { name: '新增捐赠' }).click();
  const form = new MemberForm(page, '新增捐赠');
  await form.field('捐赠方').fill('香港中华总商会');
  await page.keyboard.press('Enter');
  await form.field('捐赠日期').fill('2020年2月3日');
  await form.field('金额').fill('50000');
  shell.current!.dialogs.answerOpen([PHOTO]);
  const field = form.drawer.getByRole('group', { name: '附件' });
  await field.getByRole('button', { name: '添加文件…' }).click();
  await expect(field.getByRole('listitem').filter({ hasText: 'chenzhou-0529.jpg' })).toBeVisible();
  await form.save();
  return createHash('sha256')
    .update(await readFile(PHOTO))
    .digest('hex');
}

/** The files kept under `<dataDir>/attachments`, by name (their SHA-256). */
function keptAttachments(dir: string): string[] {
  const root = join(dir, 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^[0-9a-f]{64}$/.test(entry.name))
    .map((entry) => entry.name);
}

test('a bundle of the sample data arrives whole in another install; again is all 相同; 撤销 takes it back, and then it is new again', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(300_000);
  await new SettingsPage(app).loadSampleData();
  const photoSha = await donationWithPhoto(app, shell);
  const file = join(dataDir, '..', `${test.info().testId}-全部.dlbundle`);
  const office = new BundlePage(app, shell);
  await office.open('导入导出');
  await expectAccessible(app, '导入导出');
  await office.exportTo(file);
  await app.screenshot({ path: test.info().outputPath('exported.png'), fullPage: true });

  const sent: Record<string, Record<string, unknown>[]> = {};
  for (const [label, store] of Object.entries(STORES)) sent[label] = await storedRows(app, store);

  const other = await otherInstall();
  try {
    const laptop = new BundlePage(other.page, other.shell);
    await laptop.choose(file);
    await expect(laptop.preview).toBeVisible({ timeout: 60_000 });
    // Below the fold of the page: brought into view, and the keyboard on its heading.
    const heading = laptop.preview.getByRole('heading', { name: /^导入预览/ });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
    for (const [label, rows] of Object.entries(sent)) {
      const fresh = rows.filter((row) => !row.deletedAt).length;
      await expect(laptop.counts(label)).toHaveText(
        `新增 ${fresh} · 更新 0 · 删除 0 · 冲突 0 · 相同 ${rows.length - fresh}`,
      );
    }
    await expect(laptop.preview).toContainText('测试经办人');
    await laptop.importSection.screenshot({ path: test.info().outputPath('preview.png') });
    await expectAccessible(other.page, '导入交接包 预览');

    await laptop.importNow();
    await expect(laptop.outcome(laptop.importSection)).toContainText('已导入交接包');
    // The photo arrived in the host's store under its hash, with the same bytes.
    expect(keptAttachments(other.shell.dataDir)).toEqual([photoSha]);
    for (const [label, store] of Object.entries(STORES)) {
      expect(idsOf(await storedRows(other.page, store)), label).toEqual(idsOf(sent[label]!));
    }
    const audit = await storedRows(other.page, 'audit');
    expect(audit.filter((entry) => entry.action === 'import')).not.toHaveLength(0);
    expect(audit.every((entry) => entry.operator === '接收人')).toBe(true);
    // The install as it was before the import is kept as a backup.
    const backups = () =>
      readdirSync(join(other.shell.dataDir, 'backups')).filter((name) =>
        name.endsWith('-pre-import.dlbackup'),
      );
    expect(backups()).toHaveLength(1);

    // The same bundle again: nothing new, nothing written.
    await laptop.choose(file);
    for (const [label, rows] of Object.entries(sent)) {
      await expect(laptop.counts(label)).toHaveText(
        `新增 0 · 更新 0 · 删除 0 · 冲突 0 · 相同 ${rows.length}`,
        { timeout: 60_000 },
      );
    }
    await laptop.importNow();
    await expect(laptop.outcome(laptop.importSection)).toContainText('没有需要导入的变更');
    expect(await storedRows(other.page, 'audit')).toHaveLength(audit.length);
    expect(backups()).toHaveLength(1);
    expect(keptAttachments(other.shell.dataDir)).toEqual([photoSha]);

    // 撤销 takes the whole import back in one step.
    await laptop.undoButton.click();
    await expect(other.page.getByText(/^已撤销：导入交接包/).last()).toBeVisible();
    for (const store of Object.values(STORES)) {
      const live = (await storedRows(other.page, store)).filter((row) => !row.deletedAt);
      expect(live, store).toHaveLength(0);
    }
    // The same bundle after 撤销 is compared with the install as it is now: all new again.
    await laptop.choose(file);
    for (const [label, rows] of Object.entries(sent)) {
      const fresh = rows.filter((row) => !row.deletedAt).length;
      await expect(laptop.counts(label)).toHaveText(
        `新增 ${fresh} · 更新 0 · 删除 0 · 冲突 0 · 相同 ${rows.length - fresh}`,
        { timeout: 60_000 },
      );
    }
  } finally {
    await other.done();
  }
});

/** The value of a `meta` row of `page`'s database, as stored. */
async function metaOnDisk(page: Page, key: string): Promise<unknown> {
  return (await storedRows(page, 'meta')).find((row) => row.key === key)?.value;
}

test('the 汇率, 积分规则 and 超期天数 go with the records: taken where the colleague kept the defaults, a differing rate kept unless chosen', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(240_000);
  // The sender's rules: two rates, a points rule, the stage days; and one member.
  await new SettingsPage(app).addRate('港币', '2024年1月1日', '0.9213');
  await new SettingsPage(app).addRate('澳门币', '2024年1月1日', '0.8942');
  await app.getByLabel('提案领衔积分').fill('7');
  await app.getByRole('button', { name: '保存规则' }).click();
  await expect(app.getByText(/^履职积分规则已保存/)).toBeVisible();
  await app.getByLabel('阶段超期天数').fill('45');
  await app.getByRole('button', { name: '保存天数' }).click();
  await expect(app.getByText(/已保存：在一个阶段停留超过 45 天/)).toBeVisible();
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('何永健');
  await form.save();
  const file = join(dataDir, '..', `${test.info().testId}-规则.dlbundle`);
  await new BundlePage(app, shell).exportTo(file);

  const other = await otherInstall();
  try {
    // The colleague has a rate of their own for 港币 on that day, and the default rules.
    await new SettingsPage(other.page).addRate('港币', '2024年1月1日', '0.92');
    const laptop = new BundlePage(other.page, other.shell);
    await laptop.choose(file);
    const rules = laptop.preview.getByRole('region', { name: '规则与汇率' });
    await expect(rules).toContainText(
      '汇率：交接包有 1 条本机没有的汇率（澳门币（MOP） 2024年1月1日起），随记录一并导入。',
    );
    await expect(
      rules.getByRole('table', { name: '与本机不同的汇率' }).getByRole('row', {
        name: '港币（HKD） 2024年1月1日 1 港币 = 0.92 元 1 港币 = 0.9213 元',
      }),
    ).toBeVisible();
    const takeRates = rules.getByRole('checkbox', { name: '以交接包的汇率为准（1 条）' });
    await expect(takeRates).not.toBeChecked();
    await expect(rules).toContainText(
      '履职积分规则：与本机不同（本机用的是默认规则）：提案领衔积分 5 → 7（本机 → 交接包）。',
    );
    await expect(rules.getByRole('checkbox', { name: /^采用交接包的积分规则/ })).toBeChecked();
    await expect(rules).toContainText('阶段超期天数：交接包 45 天，本机 30 天');
    await expect(rules.getByRole('checkbox', { name: '采用交接包的天数' })).toBeChecked();
    await expectAccessible(other.page, '导入交接包 预览（规则与汇率）');
    await rules.screenshot({ path: test.info().outputPath('rules-preview.png') });

    // The colleague's points rules change after the preview, out of its sight (as another window
    // would change them): the import, which would overwrite them, writes nothing.
    await other.page.evaluate(async () => {
      const api = window.dutyLedger as unknown as {
        settings: { set(patch: unknown): Promise<unknown> };
      };
      await api.settings.set({ pointsRules: { proposal: { lead: 6 } } });
    });
    await laptop.preview.getByRole('button', { name: '导入', exact: true }).click();
    await expect(laptop.outcome(laptop.importSection)).toContainText(
      '导入失败，没有写入任何记录：设置中的履职积分规则在预览之后已被修改，请重新选择交接包，核对后再导入。',
    );
    const kept = JSON.parse(await readFile(join(other.shell.dataDir, 'settings.json'), 'utf8'));
    expect(kept.pointsRules.proposal.lead).toBe(6);
    expect(await metaOnDisk(other.page, 'exchangeRates')).toEqual([
      { currency: 'HKD', from: '2024-01-01', rate: '0.92' },
    ]);
    expect((await storedRows(other.page, 'members')).map((row) => row.name)).not.toContain(
      '何永健',
    );
    // Chosen again, the preview compares with the rules as they are now, changed here: unticked.
    await laptop.choose(file);
    await expect(rules).toContainText('提案领衔积分 6 → 7（本机 → 交接包）');
    const takePoints = rules.getByRole('checkbox', { name: /^采用交接包的积分规则/ });
    await expect(takePoints).not.toBeChecked();
    await takePoints.check();

    await laptop.importNow();
    await expect(laptop.outcome(laptop.importSection)).toContainText(
      '写入 1 条记录，汇率 1 条，采用了交接包的积分规则，阶段超期天数改为 45 天',
    );
    // On disk: 澳门币 added, the colleague's own 港币 kept; the days; the rules in settings.json.
    expect(await metaOnDisk(other.page, 'exchangeRates')).toEqual([
      { currency: 'HKD', from: '2024-01-01', rate: '0.92' },
      { currency: 'MOP', from: '2024-01-01', rate: '0.8942' },
    ]);
    expect(await metaOnDisk(other.page, 'goodsStageLimitDays')).toBe(45);
    const settings = JSON.parse(await readFile(join(other.shell.dataDir, 'settings.json'), 'utf8'));
    expect(settings.pointsRules.proposal.lead).toBe(7);
    await new SettingsPage(other.page).open('设置');
    await expect(other.page.getByLabel('提案领衔积分')).toHaveValue('7');
    // 操作记录 says what the import changed of the rules, under 导入 (the points rules as a 修改 of 设置).
    const audit = (await storedRows(other.page, 'audit')).map((entry) => entry.summary);
    expect(audit).toContain('导入汇率：澳门币（MOP）2024年1月1日起 0.8942');
    expect(audit).toContain('导入物资流转：阶段超期天数 30 天 → 45 天');
    expect(audit).toContain('修改履职积分规则：提案领衔积分 6 → 7');

    // Again, with the differing rate chosen: only that rate changes.
    await laptop.choose(file);
    await expect(rules).toContainText('履职积分规则：与本机相同。');
    await expect(rules).toContainText('阶段超期天数：与本机相同。');
    await rules.getByRole('checkbox', { name: '以交接包的汇率为准（1 条）' }).check();
    await laptop.importNow();
    await expect(laptop.outcome(laptop.importSection)).toContainText('写入 0 条记录，汇率 1 条');
    expect(await metaOnDisk(other.page, 'exchangeRates')).toEqual([
      { currency: 'HKD', from: '2024-01-01', rate: '0.9213' },
      { currency: 'MOP', from: '2024-01-01', rate: '0.8942' },
    ]);
  } finally {
    await other.done();
  }
});

/** The member named `name` as stored in `page`'s profile. */
async function memberOnDisk(page: Page, name: string): Promise<Record<string, unknown>> {
  const row = (await storedRows(page, 'members')).find((candidate) => candidate.name === name);
  if (!row) throw new Error(`${name} is not on disk`);
  return row;
}

async function editMember(page: Page, name: string, fields: Record<string, string>) {
  const members = new MembersPage(page);
  await members.open('委员');
  const form = await members.edit(name);
  for (const [label, value] of Object.entries(fields)) await form.field(label).fill(value);
  await form.save();
}

test('members edited on both sides are 冲突, settled per record: 采用对方, 保留本机, field by field', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(300_000);
  const members = new MembersPage(app);
  await members.open('委员');
  await members.addMember({ 姓名: '陈国强', 联系电话: '13800001111' });
  await members.addMember({ 姓名: '李微微' });
  await members.addMember({ 姓名: '张大方' });
  const first = join(dataDir, '..', `${test.info().testId}-第一次.dlbundle`);
  const office = new BundlePage(app, shell);
  await office.exportTo(first);

  const other = await otherInstall();
  try {
    const laptop = new BundlePage(other.page, other.shell);
    await laptop.choose(first);
    await expect(laptop.counts('委员')).toHaveText('新增 3 · 更新 0 · 删除 0 · 冲突 0 · 相同 0', {
      timeout: 60_000,
    });
    await laptop.importNow();

    // Both sides change the same members after the handover.
    await editMember(app, '陈国强', { 联系电话: '13800003333' });
    await editMember(app, '李微微', { 所在地: '香港' });
    await editMember(app, '张大方', { 联系电话: '13700000001', 所在地: '澳门' });
    await editMember(other.page, '陈国强', { 联系电话: '13800002222' });
    await editMember(other.page, '李微微', { 所在地: '深圳' });
    await editMember(other.page, '张大方', { 联系电话: '13700000002' });
    const second = join(dataDir, '..', `${test.info().testId}-第二次.dlbundle`);
    await office.exportTo(second);

    await laptop.choose(second);
    await expect(laptop.counts('委员')).toHaveText('新增 0 · 更新 0 · 删除 0 · 冲突 3 · 相同 0', {
      timeout: 60_000,
    });
    const importButton = laptop.preview.getByRole('button', { name: '导入', exact: true });
    await expect(importButton).toBeDisabled();
    await expect(laptop.preview).toContainText('还有 3 条冲突需要选择保留哪一方');
    await expectAccessible(other.page, '导入交接包 冲突');

    await laptop.conflict('陈国强').getByRole('radio', { name: '采用对方' }).check();
    await laptop.conflict('李微微').getByRole('radio', { name: '保留本机' }).check();
    await laptop.conflict('张大方').getByRole('radio', { name: '逐项选择' }).check();
    const dialog = other.page.getByRole('dialog', { name: '此记录已被修改' });
    await expect(dialog).toBeVisible();
    const phone = dialog.getByRole('radiogroup', { name: /^联系电话/ });
    const place = dialog.getByRole('radiogroup', { name: /^所在地/ });
    await expect(phone.getByRole('radio', { name: '本机：13700000002' })).toBeVisible();
    await expect(phone.getByRole('radio', { name: '对方：13700000001' })).toBeVisible();
    await expectAccessible(other.page, '导入交接包 逐项选择');
    await phone.getByRole('radio', { name: /^本机：/ }).check();
    await place.getByRole('radio', { name: '对方：澳门' }).check();
    await dialog.getByRole('button', { name: '采用所选' }).click();
    await expect(dialog).toBeHidden();
    await laptop.importSection.screenshot({ path: test.info().outputPath('conflicts.png') });

    await expect(importButton).toBeEnabled();
    await laptop.importNow();
    await expect(laptop.outcome(laptop.importSection)).toContainText('写入 3 条记录');
    expect(await memberOnDisk(other.page, '陈国强')).toMatchObject({ phone: '13800003333' });
    expect(await memberOnDisk(other.page, '李微微')).toMatchObject({ location: '深圳' });
    expect(await memberOnDisk(other.page, '张大方')).toMatchObject({
      phone: '13700000002',
      location: '澳门',
    });

    // Settled once: the same bundle again has nothing left to settle.
    await laptop.choose(second);
    await expect(laptop.counts('委员')).toHaveText('新增 0 · 更新 0 · 删除 0 · 冲突 0 · 相同 3', {
      timeout: 60_000,
    });
  } finally {
    await other.done();
  }
});

test('an encrypted bundle asks for its passphrase, says so in Chinese when it is wrong; a tampered file changes nothing', async ({
  app,
  shell,
  dataDir,
}) => {
  test.setTimeout(240_000);
  const members = new MembersPage(app);
  await members.open('委员');
  await members.addMember({ 姓名: '陈国强' });
  const page = new BundlePage(app, shell);
  const plain = join(dataDir, '..', `${test.info().testId}-明文.dlbundle`);
  await page.exportTo(plain);
  const locked = join(dataDir, '..', `${test.info().testId}-加密.dlbundle`);
  await page.exportTo(locked, { passphrase: '青竹村2021' });

  await page.choose(locked);
  const passphrase = page.importSection.getByLabel('交接包口令');
  await expect(passphrase).toBeVisible({ timeout: 60_000 });
  await expect(page.importSection).toContainText('此交接包已加密，请输入导出时设置的口令');
  await expectAccessible(app, '导入交接包 口令');
  await passphrase.fill('青竹村2020');
  await page.importSection.getByRole('button', { name: '解密并检查' }).click();
  await expect(page.importSection.getByRole('alert')).toHaveText('口令不正确，无法打开此交接包', {
    timeout: 60_000,
  });
  await expect(page.preview).toBeHidden();
  await expectAccessible(app, '导入交接包 口令不正确');
  await page.importSection.screenshot({ path: test.info().outputPath('wrong-passphrase.png') });
  await passphrase.fill('青竹村2021');
  await page.importSection.getByRole('button', { name: '解密并检查' }).click();
  await expect(page.counts('委员')).toHaveText('新增 0 · 更新 0 · 删除 0 · 冲突 0 · 相同 1', {
    timeout: 60_000,
  });
  await expect(page.preview).toContainText('加密是');
  await page.preview.getByRole('button', { name: '放弃' }).click();

  // One byte changed in the middle of the file.
  const bytes = await readFile(plain);
  const middle = Math.floor(bytes.length / 2);
  bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
  const tampered = join(dataDir, '..', `${test.info().testId}-篡改.dlbundle`);
  await writeFile(tampered, bytes);
  const before = await storedRows(app, 'members');
  const auditBefore = await storedRows(app, 'audit');
  await page.choose(tampered);
  const refusal = page.importSection.getByRole('alert');
  await expect(refusal).toContainText(/^未导入：交接包已损坏/, { timeout: 60_000 });
  await expect(page.preview).toBeHidden();
  await expectAccessible(app, '导入交接包 文件损坏');
  await page.importSection.screenshot({ path: test.info().outputPath('tampered.png') });
  expect(await storedRows(app, 'members')).toEqual(before);
  expect(await storedRows(app, 'audit')).toEqual(auditBefore);
});
