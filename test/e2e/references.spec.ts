import { expect, test } from './fixtures';
import { RecordList } from './pages/RecordList';
import { SearchDialog } from './pages/SearchDialog';
import { SettingsPage } from './pages/SettingsPage';
import { storedRows } from './storedRows';

const NAME = '张国华';

interface Row {
  id: string;
  name?: string;
  title?: string;
  deletedAt: string | null;
  participants?: { memberId: string }[];
  proposal?: { leadMemberIds: string[]; jointMemberIds: string[] };
  donors?: { type: string; memberId?: string }[];
  leaderIds?: string[];
  memberIds?: string[];
}

test('deleting a member says where it appears, marks it （已删除） there, and 撤销 brings the name back', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();

  // What points to the member, counted here from the stored rows rather than by the app.
  const members = (await storedRows(app, 'members')) as unknown as Row[];
  const member = members.find((row) => row.name === NAME)!;
  const live = (rows: Row[]) => rows.filter((row) => !row.deletedAt);
  const activities = live((await storedRows(app, 'activities')) as unknown as Row[]).filter(
    (a) =>
      a.participants?.some((p) => p.memberId === member.id) ||
      a.proposal?.leadMemberIds.includes(member.id) ||
      a.proposal?.jointMemberIds.includes(member.id),
  );
  const donationsBefore = await storedRows(app, 'donations');
  const donations = live(donationsBefore as unknown as Row[]).filter((d) =>
    d.donors?.some((donor) => donor.memberId === member.id),
  );
  const studios = live((await storedRows(app, 'studios')) as unknown as Row[]).filter(
    (s) => s.leaderIds?.includes(member.id) || s.memberIds?.includes(member.id),
  );
  // The sample member is in several activities, one donation and one studio.
  expect(activities.length).toBeGreaterThan(5);
  expect(donations).toHaveLength(1);
  expect(studios).toHaveLength(1);

  // Search finds the member on whichever page of the list it is.
  const search = new SearchDialog(app);
  await search.open();
  await search.search(NAME);
  await expect(search.option(NAME)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  const list = new RecordList(app);
  await expect(list.heading).toHaveText('委员');

  // Esc leaves everything as it was.
  const first = await list.delete(NAME, `删除委员“${NAME}”？`);
  await expect(first.dialog).toContainText(
    `该委员出现在 ${activities.length} 项履职活动、${donations.length} 笔捐赠中，` +
      `是 ${studios.length} 个委员工作室的负责或入驻委员。`,
  );
  await first.cancel();
  await expect(list.rows(NAME)).toHaveCount(1);
  // The keyboard is back on the 删除 that opened the question, not lost to the page.
  await expect(list.rows(NAME).getByRole('button', { name: '删除', exact: true })).toBeFocused();

  const dialog = await list.delete(NAME, `删除委员“${NAME}”？`);
  // The first five activities by title, and how many in all.
  const listed = dialog.list(`${activities.length} 项履职活动`);
  await expect(listed).toHaveCount(6);
  const titles = activities.map((a) => a.title);
  for (const text of (await listed.allTextContents()).slice(0, 5)) {
    expect(titles).toContain(text);
  }
  await expect(listed.last()).toHaveText(`等 ${activities.length} 项履职活动`);
  await expect(dialog.list('1 个委员工作室')).toHaveText([studios[0]!.name!]);
  await dialog.confirm();
  await expect(list.toast('已删除，可以撤销')).toBeVisible();
  await expect(list.rows(NAME)).toHaveCount(0);

  // A tombstone; nothing that pointed to it was rewritten.
  const deleted = ((await storedRows(app, 'members')) as unknown as Row[]).find(
    (row) => row.id === member.id,
  );
  expect(deleted!.deletedAt).toEqual(expect.any(String));
  expect(await storedRows(app, 'donations')).toEqual(donationsBefore);

  await list.open('捐赠');
  await expect(list.rows(`${NAME}（已删除）`)).toHaveCount(1);
  await app.keyboard.press('Control+Z');
  await expect(list.toast(`已撤销：删除委员“${NAME}”`)).toBeVisible();
  await expect(list.rows(NAME)).toHaveCount(1);
  await expect(list.rows(`${NAME}（已删除）`)).toHaveCount(0);
});
