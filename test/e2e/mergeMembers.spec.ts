import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { MergeMembersDialog } from './pages/MergeMembersDialog';
import { RecordList } from './pages/RecordList';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

// Issue 10, point 2: 合并委员 moves every participation, donation and studio link to the kept
// member and deletes the other, in one step that 撤销 takes back whole.

const KEPT = '陈美玲';
const OTHER = '何嘉欣';

interface Row {
  id: string;
  name?: string;
  rev: number;
  updatedAt: string;
  deletedAt: string | null;
  participants?: { memberId: string }[];
  proposal?: { leadMemberIds: string[]; jointMemberIds: string[] };
  donors?: { type: string; memberId?: string }[];
  leaderIds?: string[];
  memberIds?: string[];
}

/** Every stored row of the stores a merge touches, by store. */
async function onDisk(app: Page): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const store of ['members', 'activities', 'donations', 'studios']) {
    out[store] = (await storedRows(app, store)) as unknown as Row[];
  }
  return out;
}

/** Whether a stored row names the member (participant, 领衔, 联名, donor, studio leader or member). */
function names(row: Row, id: string): boolean {
  return Boolean(
    row.participants?.some((p) => p.memberId === id) ||
    row.proposal?.leadMemberIds.includes(id) ||
    row.proposal?.jointMemberIds.includes(id) ||
    row.donors?.some((d) => d.memberId === id) ||
    row.leaderIds?.includes(id) ||
    row.memberIds?.includes(id),
  );
}

/** A row without what every write renews: its revision, when, and its version tags. */
function content(row: Row | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row ?? {})) {
    if (!['rev', 'updatedAt', '_revs'].includes(key)) kept[key] = value;
  }
  return kept;
}

test('合并委员 moves every reference to the kept member and deletes the other; 撤销 restores both exactly', async ({
  app,
}, testInfo) => {
  test.slow();
  await new SettingsPage(app).loadSampleData();
  const list = new RecordList(app);
  await list.open('委员');

  const before = await onDisk(app);
  const kept = before.members!.find((m) => m.name === KEPT)!;
  const other = before.members!.find((m) => m.name === OTHER)!;
  // Counted from the stored rows: what names the other member, and what names both.
  const referring = Object.entries(before)
    .filter(([store]) => store !== 'members')
    .flatMap(([store, rows]) =>
      rows.filter((r) => !r.deletedAt && names(r, other.id)).map((r) => ({ store, row: r })),
    );
  const shared = referring.filter(
    ({ store, row }) => store === 'activities' && names(row, kept.id),
  );
  expect(referring.length).toBeGreaterThan(2);
  expect(shared.length).toBeGreaterThan(0);

  for (const name of [KEPT, OTHER]) {
    const row = await list.reveal(name);
    await row.getByRole('checkbox', { name: `选择“${name}”` }).check();
  }
  const bar = app.getByRole('group', { name: '批量操作' });
  await expect(bar).toContainText('已选 2 条');
  await bar.getByRole('button', { name: '合并委员' }).click();
  const dialog = new MergeMembersDialog(app);
  await expect(dialog.dialog).toBeVisible();
  await dialog.keep(KEPT);
  await expect(dialog.field('姓名')).toContainText(KEPT);
  await expect(dialog.dialog).toContainText(`合并后都归于“${KEPT}”，“${OTHER}”将被删除`);
  await expectAccessible(app, '合并委员 对话框');
  await app.screenshot({ path: testInfo.outputPath('merge-dialog.png') });
  await dialog.confirm();
  await expect(app.getByText(/^已合并委员：/)).toBeVisible();

  const after = await onDisk(app);
  const otherNow = after.members!.find((m) => m.id === other.id)!;
  expect(otherNow.deletedAt).toBeTruthy();
  expect(after.members!.find((m) => m.id === kept.id)!.deletedAt).toBeNull();
  for (const { store, row } of referring) {
    const moved = after[store]!.find((r) => r.id === row.id)!;
    expect(names(moved, other.id), `${store} ${row.id}`).toBe(false);
    expect(names(moved, kept.id), `${store} ${row.id}`).toBe(true);
    expect(moved.rev).toBe(row.rev + 1);
  }
  for (const { row } of shared) {
    const moved = after.activities!.find((r) => r.id === row.id)!;
    expect(moved.participants!.filter((p) => p.memberId === kept.id)).toHaveLength(1);
    expect(moved.participants).toHaveLength(row.participants!.length - 1);
  }
  // The list no longer shows the other member.
  await expect(list.rows(OTHER)).toHaveCount(0);

  await list.undoButton.click();
  await expect(app.getByText(`已撤销：合并委员“${OTHER}”到“${KEPT}”`)).toBeVisible();
  const undone = await onDisk(app);
  for (const member of [kept, other]) {
    expect(content(undone.members!.find((m) => m.id === member.id))).toEqual(content(member));
  }
  for (const { store, row } of referring) {
    expect(content(undone[store]!.find((r) => r.id === row.id))).toEqual(content(row));
  }
});
