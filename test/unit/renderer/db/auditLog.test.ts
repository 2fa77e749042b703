import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  auditFilterFromQuery,
  readAuditPage,
  readLatestAudit,
} from '../../../../renderer/src/db/auditLog';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { saveStageLimitDays } from '../../../../renderer/src/db/goodsPipeline';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import { changedFields, type AuditEntry } from '../../../../renderer/src/domain/records';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  // Each change a minute after the last, so that the order does not rest on the clock's ticks.
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

let minute = 0;
function nextMinute(): void {
  vi.setSystemTime(new Date(2026, 10, 2, 9, (minute += 1)));
}

/** A week of the office's work: two operators, a member edited and deleted, an activity added. */
async function aWeekOfWork(): Promise<void> {
  setOperator('王小明');
  nextMinute();
  const member = await createRecord('member', { name: '张建伟', category: '港区委员' });
  nextMinute();
  const edited = await updateRecord(
    'member',
    member.id,
    { name: '张建伟', category: '港区委员', phone: '13800001111' },
    member.rev,
  );
  setOperator('李娜');
  nextMinute();
  await createRecord('activity', {
    title: '赴郴州调研',
    type: '调研',
    startDate: { year: 2021, month: 5, day: 29 },
  });
  nextMinute();
  await deleteRecord('member', member.id, edited.rev);
}

describe('the 操作记录', () => {
  it('gives 总览 the latest changes, newest first, as many as it asks for', async () => {
    await aWeekOfWork();
    const latest = await readLatestAudit(2);
    expect(latest.map((entry) => [entry.operator, entry.summary])).toEqual([
      ['李娜', '删除委员“张建伟”'],
      ['李娜', '新建履职活动“赴郴州调研”'],
    ]);
  });

  it('lists every change newest first, with who did it', async () => {
    await aWeekOfWork();
    const { entries, total } = await readAuditPage({}, 0, 50);
    expect(total).toBe(4);
    expect(entries.map((entry) => [entry.operator, entry.summary])).toEqual([
      ['李娜', '删除委员“张建伟”'],
      ['李娜', '新建履职活动“赴郴州调研”'],
      ['王小明', '修改委员“张建伟”：联系电话'],
      ['王小明', '新建委员“张建伟”'],
    ]);
  });

  it('narrows by action, kind, 经办人 and words of the summary, and pages through them', async () => {
    await aWeekOfWork();
    const summaries = async (query: Record<string, string>, page = 0, size = 50) =>
      (await readAuditPage(auditFilterFromQuery(query), page, size)).entries.map(
        (entry) => entry.summary,
      );
    expect(await summaries({ action: 'update' })).toEqual(['修改委员“张建伟”：联系电话']);
    expect(await summaries({ kind: 'activity' })).toEqual(['新建履职活动“赴郴州调研”']);
    expect(await summaries({ operator: '小明' })).toHaveLength(2);
    expect(await summaries({ text: '张建伟', operator: '李娜' })).toEqual(['删除委员“张建伟”']);
    expect(await summaries({}, 1, 3)).toEqual(['新建委员“张建伟”']);
    expect((await readAuditPage(auditFilterFromQuery({ kind: 'member' }), 0, 1)).total).toBe(3);
  });

  it('takes a range of local calendar days, both ends included', async () => {
    const at = (year: number, month: number, day: number, hour: number) =>
      new Date(year, month - 1, day, hour, 30).toISOString();
    const entry = (summary: string, when: string): AuditEntry => ({
      id: crypto.randomUUID(),
      recordId: crypto.randomUUID(),
      at: when,
      operator: '王小明',
      action: 'create',
      kind: 'member',
      summary,
      before: null,
      after: {},
    });
    await database.audit.bulkAdd([
      entry('前一天深夜', at(2021, 3, 1, 23)),
      entry('当天凌晨', at(2021, 3, 2, 0)),
      entry('次日深夜', at(2021, 3, 3, 23)),
      entry('再次日凌晨', at(2021, 3, 4, 0)),
    ]);
    const { entries } = await readAuditPage(
      auditFilterFromQuery({ from: '2021-03-02', to: '2021-03-03' }),
      0,
      50,
    );
    expect(entries.map((e) => e.summary)).toEqual(['次日深夜', '当天凌晨']);
  });

  it('finds an import, its 撤销 and its 重做 by the name of a record it wrote', async () => {
    setOperator('王小明');
    nextMinute();
    await createRecord('member', { name: '何永健', category: '港区委员' });
    nextMinute();
    await bulkCreateRecords(
      'member',
      ['陈美玲', '张国华', '林晓峰'].map((name) => ({ input: { name, category: '港区委员' } })),
      { undoable: true },
    );
    nextMinute();
    await undo();
    nextMinute();
    await redo();
    const summaries = async (text: string) =>
      (await readAuditPage(auditFilterFromQuery({ text }), 0, 50)).entries.map((e) => e.summary);
    expect(await summaries('张国华')).toEqual([
      '重做：导入委员 3 条',
      '撤销：导入委员 3 条',
      '导入委员 3 条',
    ]);
    expect(await summaries('何永健')).toEqual(['新建委员“何永健”']);
    expect(await summaries('陈美玲').then((found) => found.length)).toBe(3);
    expect(await summaries('王大明')).toEqual([]);
  });

  it('narrows to changes of 设置 by their type, and finds them by the setting named', async () => {
    await aWeekOfWork();
    nextMinute();
    await saveStageLimitDays(45);
    const { entries, total } = await readAuditPage(
      auditFilterFromQuery({ kind: 'settings' }),
      0,
      50,
    );
    expect(total).toBe(1);
    expect(entries.map((e) => [e.operator, e.summary])).toEqual([
      ['李娜', '修改物资流转：阶段超期天数 30 天 → 45 天'],
    ]);
    expect((await readAuditPage({ text: '超期天数' }, 0, 50)).total).toBe(1);
  });

  it('leaves out malformed parts of the URL rather than guessing them', () => {
    expect(
      auditFilterFromQuery({ kind: 'robot', action: 'drop', from: '2021-3-2', operator: '  ' }),
    ).toEqual({});
  });

  it('shows an edit as its fields before and after, by their labels', () => {
    expect(
      changedFields(
        'member',
        { id: 'x', rev: 1, name: '张建伟', phone: '13800001111', _year: 2021 },
        { id: 'x', rev: 2, name: '张建伟', phone: '13800002222', email: 'z@example.cn' },
      ),
    ).toEqual([
      { key: 'phone', label: '联系电话', before: '13800001111', after: '13800002222' },
      { key: 'email', label: '电子邮箱', before: undefined, after: 'z@example.cn' },
    ]);
  });
});
