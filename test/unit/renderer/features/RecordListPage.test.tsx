import { cleanup, render, screen, within } from '@testing-library/react';
import { listRecords } from '../../../../renderer/src/db/queries';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { createRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import { RecordListPage } from '../../../../renderer/src/features/records/RecordListPage';
import { freshDatabase } from '../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});
afterEach(cleanup);

/** One member entered long ago, then 500 newer ones: the old one is not among the newest 500. */
async function oldMemberBehind500Newer(): Promise<string> {
  const old = await createRecord('member', { name: '欧阳早年', category: '特邀人士' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await bulkCreateRecords(
    'member',
    Array.from({ length: 500 }, (_, i) => ({
      input: { name: `新委员${i}`, category: '特邀人士' },
    })),
  );
  return old.id;
}

// Rendering 500 rows in happy-dom takes seconds on a busy machine: wait for them, not for 1 s.
const SLOW = { timeout: 15_000 };

const list = (selectedId?: string) => (
  <RecordListPage kind="member" title="委员" emptyText="还没有委员" selectedId={selectedId} />
);

describe('RecordListPage beyond its newest 500 records', { timeout: 60_000 }, () => {
  it('says it lists only the newest 500 and leaves older ones out', async () => {
    await oldMemberBehind500Newer();
    render(list());
    expect(await screen.findByText('共 501 条，这里列出最新的 500 条', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText('欧阳早年')).toBeNull();
  });

  it('shows an older record picked in search at the top of the list, marked', async () => {
    const id = await oldMemberBehind500Newer();
    render(list(id));
    const cell = await screen.findByText('欧阳早年', {}, SLOW);
    const row = cell.closest('tr')!;
    expect(row.className).toContain('ant-table-row-selected');
    expect(within(row).getByText('搜索')).toBeTruthy();
    expect(screen.getAllByRole('row')[1]).toBe(row);
    expect(screen.getByText('共 501 条，这里列出最新的 500 条和搜索打开的 1 条')).toBeTruthy();
  });

  it('drops the pinned record when search opens another, and shows that one on its page', async () => {
    const id = await oldMemberBehind500Newer();
    const view = render(list(id));
    await screen.findByText('欧阳早年', {}, SLOW);
    // The last member of the list's first page (50 to a page).
    const last = (await listRecords('member', 500))[49]!;
    view.rerender(list(last.id));
    const cell = await screen.findByText(last.name, {}, SLOW);
    expect(cell.closest('tr')!.className).toContain('ant-table-row-selected');
    expect(screen.queryByText('欧阳早年')).toBeNull();
    expect(screen.getByText('共 501 条，这里列出最新的 500 条')).toBeTruthy();
  });
});
