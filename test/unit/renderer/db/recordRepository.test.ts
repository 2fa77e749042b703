import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  RecordValidationError,
  StaleRecordError,
} from '../../../../renderer/src/db/repositories/recordErrors';
import {
  createRecord,
  deleteRecord,
  getRecord,
  restoreRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { latestTimelineEntries } from '../../../../renderer/src/db/queries';
import { countRecords } from '../../../../renderer/src/db/recordCounts';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

const member = { name: '李微微', category: '特邀人士', phone: '13812345678' };

describe('createRecord', () => {
  it('stores the record with rev 1, its search keys and an audit entry by the operator', async () => {
    const created = await createRecord('member', member);
    expect(created).toMatchObject({ name: '李微微', rev: 1, deletedAt: null });
    expect(await getRecord('member', created.id)).toEqual(created);
    const doc = await database.searchDocs.get(created.id);
    expect(doc?.title).toBe('李微微');
    const audit = await database.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      operator: '王小明',
      summary: '新建委员“李微微”',
      before: null,
    });
  });

  it('refuses an invalid record naming the field, and writes nothing', async () => {
    const attempt = createRecord('member', { name: '  ', email: 'not-an-email' });
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await expect(attempt).rejects.toThrow(/姓名：不能为空/);
    await expect(createRecord('member', { name: '张三', email: 'x@' })).rejects.toThrow(
      /电子邮箱：格式不正确/,
    );
    expect(await database.members.count()).toBe(0);
    expect(await database.audit.count()).toBe(0);
    expect(await database.searchDocs.count()).toBe(0);
  });

  it('derives the index fields of an activity: year, date key and members', async () => {
    const m = await createRecord('member', member);
    const activity = await createRecord('activity', {
      title: '“三进三助”聚力行动郴州行',
      type: '考察',
      startDate: { year: 2018, month: 5, day: 29 },
      endDate: { year: 2018, month: 6, day: 1 },
      participants: [{ memberId: m.id, role: '组织' }],
    });
    const row = await database.activities.get(activity.id);
    expect(row).toMatchObject({
      _year: 2018,
      _dateKey: 20180529,
      _memberDates: [[m.id, 20180529]],
    });
    expect(await database.activities.where('_memberDates').equals([m.id, 20180529]).count()).toBe(
      1,
    );
  });
});

describe('updateRecord', () => {
  it('bumps rev and updatedAt and logs which fields changed, before and after', async () => {
    const created = await createRecord('member', member);
    const updated = await updateRecord(
      'member',
      created.id,
      { ...member, sector: '特邀', phone: '13900000000' },
      1,
    );
    expect(updated.rev).toBe(2);
    expect(updated.createdAt).toBe(created.createdAt);
    const audit = await database.audit.orderBy('at').toArray();
    const last = audit.at(-1);
    expect(last?.summary).toBe('修改委员“李微微”：界别、联系电话');
    expect(last?.before).toMatchObject({ phone: '13812345678' });
    expect(last?.after).toMatchObject({ phone: '13900000000' });
  });

  it('refuses to overwrite a newer revision', async () => {
    const created = await createRecord('member', member);
    await updateRecord('member', created.id, { ...member, sector: '经济' }, 1);
    await expect(updateRecord('member', created.id, member, 1)).rejects.toBeInstanceOf(
      StaleRecordError,
    );
    expect((await getRecord('member', created.id))?.sector).toBe('经济');
  });

  it('leaves the record whole when the new input is invalid', async () => {
    const created = await createRecord('member', member);
    await expect(updateRecord('member', created.id, { ...member, name: '' }, 1)).rejects.toThrow(
      '姓名',
    );
    expect(await getRecord('member', created.id)).toEqual(created);
    expect(await database.audit.count()).toBe(1);
  });
});

describe('deleteRecord and restoreRecord', () => {
  it('keeps a tombstone, drops the search keys, and brings both back on restore', async () => {
    const created = await createRecord('member', member);
    await deleteRecord('member', created.id, 1);
    expect(await getRecord('member', created.id)).toBeUndefined();
    const tombstone = await database.members.get(created.id);
    expect(tombstone).toMatchObject({ rev: 2 });
    expect(tombstone?.deletedAt).toBeTruthy();
    expect(await database.searchDocs.get(created.id)).toBeUndefined();

    await restoreRecord('member', created.id, 2);
    expect(await getRecord('member', created.id)).toMatchObject({ rev: 3, deletedAt: null });
    expect(await database.searchDocs.get(created.id)).toBeDefined();
    expect((await database.audit.toArray()).map((e) => e.action).sort()).toEqual([
      'create',
      'delete',
      'restore',
    ]);
  });

  it('refuses to delete or restore a record changed since it was read, and writes nothing', async () => {
    const created = await createRecord('member', member);
    await updateRecord('member', created.id, { ...member, sector: '经济' }, 1);
    const refused = await deleteRecord('member', created.id, 1).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StaleRecordError);
    expect((refused as StaleRecordError).current).toMatchObject({ rev: 2, sector: '经济' });
    expect(await getRecord('member', created.id)).toMatchObject({ rev: 2 });
    await deleteRecord('member', created.id, 2);
    await expect(restoreRecord('member', created.id, 2)).rejects.toBeInstanceOf(StaleRecordError);
    expect((await database.members.get(created.id))?.deletedAt).toBeTruthy();
    expect(await database.audit.count()).toBe(3);
  });

  it('says plainly when the record is gone', async () => {
    await expect(deleteRecord('member', crypto.randomUUID(), 1)).rejects.toThrow(
      '找不到这条委员记录',
    );
  });
});

describe('countRecords', () => {
  it('counts live records, not deleted ones', async () => {
    const kept = await createRecord('member', member);
    const gone = await createRecord('member', { ...member, name: '胡旭晟' });
    await deleteRecord('member', gone.id, 1);
    expect(await countRecords('member')).toBe(1);
    await restoreRecord('member', gone.id, 2);
    expect(await countRecords('member')).toBe(2);
    expect(kept.deletedAt).toBeNull();
  });
});

describe('latestTimelineEntries', () => {
  const event = (title: string, day: number, inTimeline: boolean) => ({
    title,
    type: '会议',
    startDate: { year: 2021, month: 4, day },
    inTimeline,
    ...(inTimeline ? { timelineSummary: title } : {}),
  });

  it('lists live 大事记 entries newest first, leaving out ordinary and deleted ones', async () => {
    await createRecord('activity', event('工作室揭牌', 15, true));
    await createRecord('activity', event('读书交流', 20, true));
    await createRecord('activity', event('日常会议', 25, false));
    const gone = await createRecord('activity', event('已删除的大事', 28, true));
    await deleteRecord('activity', gone.id, 1);
    const rows = await latestTimelineEntries('activity', 10);
    expect(rows.map((row) => row.title)).toEqual(['读书交流', '工作室揭牌']);
    await restoreRecord('activity', gone.id, 2);
    expect((await latestTimelineEntries('activity', 1)).map((row) => row.title)).toEqual([
      '已删除的大事',
    ]);
  });
});
