import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeProvider } from '../../../../../renderer/src/app/ThemeProvider';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  getRecord,
  restoreRecord,
  updateRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { RecordListPage } from '../../../../../renderer/src/features/records/RecordListPage';
import type { RecordKind } from '../../../../../renderer/src/domain/records';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});
afterEach(cleanup);

const list = (kind: RecordKind, title: string) => (
  <ThemeProvider>
    <RecordListPage kind={kind} title={title} emptyText="还没有记录" />
  </ThemeProvider>
);

/** 张国华 in two activities and one donation (with an outside donor); 刘良 in nothing. */
async function ledger() {
  const zhang = await createRecord('member', { name: '张国华' });
  const liu = await createRecord('member', { name: '刘良' });
  for (const [title, year] of [
    ['对接大湾区高峰论坛', 2019],
    ['联动工作室揭牌', 2021],
  ] as const) {
    await createRecord('activity', {
      title,
      type: '论坛',
      startDate: { year },
      participants: [{ memberId: zhang.id }],
    });
  }
  await createRecord('donation', {
    kind: '资金',
    donors: [
      { type: '委员', memberId: zhang.id },
      { type: '其他', name: '海外侨胞' },
    ],
    amount: { amountMinor: 200_000_000, currency: 'CNY' },
    date: { year: 2020, month: 1, day: 28 },
  });
  return { zhang, liu };
}

async function openDelete(name: string): Promise<HTMLElement> {
  const row = (await screen.findByText(name)).closest<HTMLElement>('[role="row"]')!;
  fireEvent.click(within(row).getByRole('button', { name: '删除' }));
  return screen.findByRole('dialog');
}

describe('删除 on a list', () => {
  it('says in how many activities and donations a member appears, and which', async () => {
    await ledger();
    render(list('member', '委员'));
    const dialog = await openDelete('张国华');
    await within(dialog).findByText('该委员出现在 2 项履职活动、1 笔捐赠中。');
    expect(within(dialog).getByText('删除委员“张国华”？')).toBeTruthy();
    const activities = within(dialog).getByRole('list', { name: '2 项履职活动' });
    expect(
      within(activities)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['联动工作室揭牌', '对接大湾区高峰论坛']);
    const donations = within(dialog).getByRole('list', { name: '1 笔捐赠' });
    expect(within(donations).getByRole('listitem').textContent).toBe(
      '2020年1月28日 海外侨胞等捐赠 ¥2,000,000.00',
    );
  });

  it('keeps the simple question for a member nothing points to', async () => {
    await ledger();
    render(list('member', '委员'));
    const dialog = await openDelete('刘良');
    await within(dialog).findByText('删除后可以撤销（Ctrl+Z）。');
    expect(within(dialog).getByText('删除这条委员记录？')).toBeTruthy();
    expect(within(dialog).queryByText(/该委员/)).toBeNull();
  });

  it('deletes nothing when cancelled with Esc', async () => {
    const { zhang } = await ledger();
    render(list('member', '委员'));
    const dialog = await openDelete('张国华');
    await within(dialog).findByText('该委员出现在 2 项履职活动、1 笔捐赠中。');
    fireEvent.keyDown(dialog, { key: 'Escape', code: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getRecord('member', zhang.id)).toMatchObject({ name: '张国华', rev: 1 });
  });

  it('once confirmed, the donation names the member （已删除）, and plainly again once restored', async () => {
    const { zhang } = await ledger();
    const members = render(list('member', '委员'));
    const dialog = await openDelete('张国华');
    await within(dialog).findByText('该委员出现在 2 项履职活动、1 笔捐赠中。');
    fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    await screen.findByText('已删除，可以撤销');
    expect(await getRecord('member', zhang.id)).toBeUndefined();
    members.unmount();

    render(list('donation', '捐赠'));
    expect(await screen.findByText('张国华（已删除）、海外侨胞')).toBeTruthy();
    await restoreRecord('member', zhang.id, 2);
    expect(await screen.findByText('张国华、海外侨胞')).toBeTruthy();
  });

  it('refuses a member changed after the list showed it, saying so, and deletes nothing', async () => {
    const { liu } = await ledger();
    render(list('member', '委员'));
    const dialog = await openDelete('刘良');
    await within(dialog).findByText('删除后可以撤销（Ctrl+Z）。');
    await updateRecord('member', liu.id, { name: '刘良', sector: '科技界' }, liu.rev);
    fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    await screen.findByText('这条委员记录已在别处修改过，没有保存');
    expect(await getRecord('member', liu.id)).toMatchObject({ rev: 2, deletedAt: null });
  });
});
