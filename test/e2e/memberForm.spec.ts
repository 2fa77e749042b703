import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { storedRows } from './storedRows';

// Issue 10 · 委员: every field of DESIGN.md §2 by its label, keyboard first, namesakes flagged.

test('every field of the 履职档案 is entered by keyboard alone: Enter moves on, Ctrl+S saves', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  // 姓名 has the focus when the form opens; Enter goes to the next field, as in a spreadsheet.
  await expect(form.field('姓名')).toBeFocused();
  await app.keyboard.type('陈美玲');
  await app.keyboard.press('Enter');
  await expect(form.field('其他写法')).toBeFocused();

  await form.field('民族').fill('汉族');
  await app.keyboard.press('Enter');
  await expect(form.field('党派')).toBeFocused();
  await form.field('出生年月').fill('1968.6');
  await form.field('学历').fill('硕士研究生');
  await form.field('界别').fill('港澳');
  await form.field('届次').fill('十二届');
  await form.field('所在地').fill('香港');
  await form.field('工作单位及职务').fill('香港某基金会主席');
  await form.field('联系电话').fill('+852 9123 4567');
  await form.field('电子邮箱').fill('chan@example.com');
  await form.field('备注').fill('港区委员联络人');
  await form.drawer.getByRole('radio', { name: '女' }).check();
  // Lists filter as one types: a few characters and Enter pick the entry.
  await form.field('类别').fill('港区');
  await app.keyboard.press('Enter');
  await form.field('党派').fill('致公');
  await app.keyboard.press('Enter');
  await form.field('专长领域').click();
  await app.keyboard.type('金融');
  await app.keyboard.press('Enter');
  await app.keyboard.type('跨境物流');
  await app.keyboard.press('Enter');

  await app.keyboard.press('Control+S');
  await expect(form.drawer).toBeHidden();
  await expect(members.toast('已新增委员')).toBeVisible();

  const [row] = await storedRows(app, 'members');
  expect(row).toMatchObject({
    name: '陈美玲',
    category: '港区委员',
    gender: '女',
    ethnicity: '汉族',
    party: '致公党',
    birth: { year: 1968, month: 6 },
    education: '硕士研究生',
    sector: '港澳',
    term: '十二届',
    location: '香港',
    workplace: '香港某基金会主席',
    expertise: ['金融', '跨境物流'],
    phone: '+852 9123 4567',
    email: 'chan@example.com',
    status: '在任',
    note: '港区委员联络人',
  });

  // Opened again, the date reads as offices write it.
  const edit = await members.edit('陈美玲');
  await expect(edit.field('出生年月')).toHaveValue('1968年6月');
  await edit.close();
});

test('a 出生年月 that is no date is refused with the reason, and nothing is written', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('周若兰');
  await form.field('出生年月').fill('1975年13月');
  await form.drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.drawer.getByText('出生年月：月份应在1至12之间')).toBeVisible();
  await expect(form.drawer).toBeVisible();
  expect(await storedRows(app, 'members')).toEqual([]);
});

test('a 出生年月 after today is refused, and nothing is written', async ({ app }) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('周若兰');
  await form.field('出生年月').fill(`${new Date().getFullYear() + 1}年6月`);
  await form.drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.drawer.getByText('出生年月：不能晚于今天')).toBeVisible();
  await expect(form.drawer).toBeVisible();
  expect(await storedRows(app, 'members')).toEqual([]);
});

test('Esc on unsaved input asks first: 继续填写 stays, 放弃修改 leaves nothing behind', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const form = await members.add();
  await form.field('姓名').fill('何永健');
  await expect(form.draftStatus).toHaveText(/^草稿已保存/);

  await app.keyboard.press('Escape');
  await expect(form.closeQuestion).toBeVisible();
  await form.closeQuestion.getByRole('button', { name: '继续填写' }).click();
  await expect(form.closeQuestion).toBeHidden();
  // Back in the field the Esc came from, typing goes on there.
  await expect(form.field('姓名')).toBeFocused();
  await app.keyboard.type('明');
  await expect(form.field('姓名')).toHaveValue('何永健明');

  await app.keyboard.press('Escape');
  await form.closeQuestion.getByRole('button', { name: '放弃修改' }).click();
  await expect(form.drawer).toBeHidden();
  expect(await storedRows(app, 'drafts')).toEqual([]);
  expect(await storedRows(app, 'members')).toEqual([]);
});

test('a name already in the list, in traditional or simplified characters, is flagged as typed', async ({
  app,
}) => {
  const members = new MembersPage(app);
  await members.open('委员');
  const first = await members.add();
  await first.field('姓名').fill('陳美玲');
  await first.save();

  const second = await members.add();
  await second.field('姓名').fill('陈美玲');
  await expect(second.drawer.getByText(/^已有同名委员：陳美玲/)).toBeVisible();
  await second.field('姓名').fill('陈美华');
  await expect(second.drawer.getByText(/^已有同名委员/)).toBeHidden();
});
