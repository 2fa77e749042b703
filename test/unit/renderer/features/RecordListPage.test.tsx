import {
  act,
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { defaultOrder, type ListQuery } from '../../../../renderer/src/db/recordPages';
import {
  createRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import type { ListFilterDef } from '../../../../renderer/src/features/records/ListFilterBar';
import { RecordListPage } from '../../../../renderer/src/features/records/RecordListPage';
import { useKeysetList } from '../../../../renderer/src/features/records/useKeysetList';
import { freshDatabase } from '../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
  localStorage.clear();
  window.location.hash = '#/members';
});
afterEach(cleanup);

// Rendering a table in happy-dom takes seconds on a busy machine: wait for it, not for 1 s.
const SLOW = { timeout: 15_000 };

const CATEGORY: ListFilterDef = {
  field: 'category',
  label: '类别',
  options: [
    { value: '港区委员', label: '港区委员' },
    { value: '澳区委员', label: '澳区委员' },
  ],
};

const list = (props: { selectedId?: string; onOpen?: (id: string) => void } = {}) => (
  <RecordListPage
    kind="member"
    title="委员"
    emptyText="还没有委员"
    filters={[CATEGORY]}
    {...props}
  />
);

const rowOf = (cell: HTMLElement) => cell.closest<HTMLElement>('[role="row"]')!;

/** 600 members, 委员0 … 委员599, the first 300 港区委员 and the rest 澳区委员. */
async function sixHundredMembers(): Promise<void> {
  await bulkCreateRecords(
    'member',
    Array.from({ length: 600 }, (_, i) => ({
      input: { name: `委员${i}`, category: i < 300 ? '港区委员' : '澳区委员' },
    })),
  );
}

describe('RecordListPage', { timeout: 60_000 }, () => {
  it('counts every record, with no cap and no notice about the newest', async () => {
    await sixHundredMembers();
    render(list());
    expect(await screen.findByText('共 600 条', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText(/最新的/)).toBeNull();
    expect(screen.getByRole('table', { name: '委员' }).getAttribute('aria-rowcount')).toBe('601');
  });

  it('reads the rows around a record opened from search, far down, without those above', async () => {
    const early = await createRecord('member', { name: '欧阳早年', category: '港区委员' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sixHundredMembers();
    const query: ListQuery = { kind: 'member', order: defaultOrder('member'), filters: {} };
    const { result } = renderHook(() => useKeysetList(query, early.id));
    // Last changed first: the one entered before the other 600 is the last of 601.
    await waitFor(() => expect(result.current.selectedAt).toBe(600), SLOW);
    const rows = result.current.rows!;
    expect(rows).toHaveLength(601);
    expect((rows[600] as { name: string }).name).toBe('欧阳早年');
    expect(rows[0]).toBeUndefined();
    expect(rows[150]).toBeUndefined();
  });

  it('marks the row of the record the URL points at', async () => {
    const chen = await createRecord('member', { name: '陈美玲', category: '港区委员' });
    await createRecord('member', { name: '张国华', category: '港区委员' });
    render(list({ selectedId: chen.id }));
    const row = rowOf(await screen.findByText('陈美玲', {}, SLOW));
    expect(row.className).toContain('vt-row-selected');
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(rowOf(screen.getByText('张国华')).getAttribute('aria-current')).toBeNull();
  });

  it('narrows to the filter in the URL and says how many are left', async () => {
    await sixHundredMembers();
    window.location.hash = '#/members?category=澳区委员';
    render(list());
    expect(await screen.findByText('筛选出 300 条', {}, SLOW)).toBeTruthy();
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).queryAllByRole('cell')[0]?.textContent ?? '')
      .filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Number(name.replace('委员', ''))).toBeGreaterThanOrEqual(300);
  });

  it('writes a cleared filter to the URL', async () => {
    await sixHundredMembers();
    window.location.hash = '#/members?category=澳区委员';
    render(list());
    await screen.findByText('筛选出 300 条', {}, SLOW);
    // The filters mount a frame after the first rows.
    fireEvent.click(await screen.findByRole('button', { name: '清除筛选' }, SLOW));
    await waitFor(() => expect(window.location.hash).toBe('#/members'));
    expect(await screen.findByText('共 600 条', {}, SLOW)).toBeTruthy();
  });

  it('sorts by 状态 through its index, the order kept in the URL', async () => {
    await createRecord('member', { name: '甲在任', status: '在任' });
    await createRecord('member', { name: '乙离任', status: '离任' });
    await createRecord('member', { name: '丙在任', status: '在任' });
    render(list());
    await screen.findByText('共 3 条', {}, SLOW);
    const names = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    // Last changed first by default: 乙离任 in the middle.
    expect(names()).toEqual(['丙在任', '乙离任', '甲在任']);
    fireEvent.click(screen.getByRole('columnheader', { name: /状态/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/members?sort=status'));
    await waitFor(() => expect(names()[2]).toBe('乙离任'), SLOW);
    fireEvent.click(screen.getByRole('columnheader', { name: /状态/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/members?sort=-status'));
    await waitFor(() => expect(names()[0]).toBe('乙离任'), SLOW);
  });

  it('remembers the columns hidden with 列 for the next time the list is shown', async () => {
    await createRecord('member', { name: '陈美玲', sector: '港区', category: '港区委员' });
    const first = render(list());
    await screen.findByText('陈美玲', {}, SLOW);
    expect(screen.getByRole('columnheader', { name: '界别' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /列/ }, SLOW));
    fireEvent.click(await screen.findByRole('checkbox', { name: '界别' }));
    await waitFor(() => expect(screen.queryByRole('columnheader', { name: '界别' })).toBeNull());
    first.unmount();

    render(list());
    await screen.findByText('陈美玲', {}, SLOW);
    expect(screen.queryByRole('columnheader', { name: '界别' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: '姓名' })).toBeTruthy();
  });

  it('opens a record on Enter and on double-click', async () => {
    const chen = await createRecord('member', { name: '陈美玲', category: '港区委员' });
    const onOpen = vi.fn();
    render(list({ onOpen }));
    const row = rowOf(await screen.findByText('陈美玲', {}, SLOW));
    fireEvent.keyDown(row, { key: 'Enter' });
    fireEvent.doubleClick(row);
    expect(onOpen.mock.calls).toEqual([[chen.id], [chen.id]]);
  });

  it('shows a record added meanwhile, without being reopened', async () => {
    await createRecord('member', { name: '陈美玲', category: '港区委员' });
    render(list());
    await screen.findByText('共 1 条', {}, SLOW);
    await act(async () => {
      await createRecord('member', { name: '张国华', category: '港区委员' });
    });
    expect(await screen.findByText('张国华', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('共 2 条')).toBeTruthy();
  });

  it('reads again a list filtered on activities when an activity changes', async () => {
    const chen = await createRecord('member', { name: '陈美玲', category: '港区委员' });
    const li = await createRecord('member', { name: '李国华', category: '澳区委员' });
    const visit = await createRecord('activity', {
      title: '赴郴州调研',
      type: '调研',
      startDate: { year: 2018, month: 5, day: 29 },
      participants: [{ memberId: chen.id }],
    });
    const query: ListQuery = {
      kind: 'member',
      order: defaultOrder('member'),
      filters: { activityYear: '2018' },
    };
    const { result } = renderHook(() => useKeysetList(query, undefined));
    await waitFor(() => expect(result.current.total).toBe(1), SLOW);
    expect(result.current.rows?.map((row) => row?.id)).toEqual([chen.id]);

    await act(() =>
      updateRecord(
        'activity',
        visit.id,
        { ...visit, participants: [{ memberId: chen.id }, { memberId: li.id }] },
        visit.rev,
      ),
    );
    await waitFor(() => expect(result.current.total).toBe(2), SLOW);
    expect(new Set(result.current.rows?.map((row) => row?.id))).toEqual(new Set([chen.id, li.id]));
  });

  it('says what will be there when there is nothing yet', async () => {
    render(list());
    expect(await screen.findByText('还没有委员', {}, SLOW)).toBeTruthy();
  });
});
