import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyRecordChanges,
  BatchStaleError,
} from '../../../../renderer/src/db/repositories/batchChange';
import {
  createRecord,
  getRecord,
  getStoredRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { peekStep, redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

/** A member, an activity naming it, and a campaign: records of three kinds. */
async function threeKinds() {
  const member = await createRecord('member', { name: '胡旭晟' });
  const activity = await createRecord('activity', {
    title: '郴州考察',
    type: '考察',
    startDate: { year: 2018, month: 5, day: 29 },
    participants: [{ memberId: member.id }],
  });
  const campaign = await createRecord('campaign', { name: '三进三助聚力行动' });
  return { member, activity, campaign };
}

describe('a batch of changes of several kinds is one operation', () => {
  it('updates, creates and deletes in one step that undo and redo move whole', async () => {
    const { member, activity, campaign } = await threeKinds();
    const newId = crypto.randomUUID();
    await applyRecordChanges('测试批量', [
      { kind: 'activity', id: activity.id, baseRev: 1, after: { ...activity, type: '调研' } },
      { kind: 'member', id: member.id, baseRev: 1, after: { ...member, sector: '经济' } },
      { kind: 'campaign', id: campaign.id, baseRev: 1, after: 'delete' },
      { kind: 'studio', id: newId, baseRev: null, after: { name: '港澳委员工作室', type: '界别' } },
    ]);
    expect(await getRecord('activity', activity.id)).toMatchObject({ type: '调研', rev: 2 });
    expect(await getRecord('member', member.id)).toMatchObject({ sector: '经济', rev: 2 });
    expect(await getRecord('campaign', campaign.id)).toBeUndefined();
    expect(await getRecord('studio', newId)).toMatchObject({ name: '港澳委员工作室', rev: 1 });
    expect(await database.recordCounts.get('campaign')).toMatchObject({ live: 0 });
    expect(await peekStep('undo')).toMatchObject({ summary: '测试批量' });
    // Four changes, four entries, each named by what it did to its record.
    const logged = await database.audit.where('at').above('').toArray();
    const actions = logged.filter((entry) => entry.summary.startsWith('测试批量：'));
    expect(actions.map((entry) => entry.action).sort()).toEqual([
      'create',
      'delete',
      'update',
      'update',
    ]);

    expect(await undo()).toBe('已撤销：测试批量');
    expect(await getRecord('activity', activity.id)).toMatchObject({ type: '考察', rev: 3 });
    expect((await getRecord('member', member.id))?.sector).toBeUndefined();
    expect(await getRecord('campaign', campaign.id)).toMatchObject({ name: '三进三助聚力行动' });
    expect(await getRecord('studio', newId)).toBeUndefined();
    expect((await getStoredRecord('studio', newId))?.deletedAt).toBeTruthy();
    expect(await database.searchDocs.get(newId)).toBeUndefined();

    expect(await redo()).toBe('已重做：测试批量');
    expect(await getRecord('activity', activity.id)).toMatchObject({ type: '调研', rev: 4 });
    expect(await getRecord('member', member.id)).toMatchObject({ sector: '经济' });
    expect(await getRecord('campaign', campaign.id)).toBeUndefined();
    expect(await getRecord('studio', newId)).toMatchObject({ name: '港澳委员工作室' });
  });

  it('refuses the batch when a record moved on since it was read, naming it, writing nothing', async () => {
    const { member, activity } = await threeKinds();
    await updateRecord('member', member.id, { name: '胡旭晟', location: '长沙' }, 1);
    const auditBefore = await database.audit.count();
    const stepsBefore = await database.undo.count();

    const attempt = applyRecordChanges('测试批量', [
      { kind: 'activity', id: activity.id, baseRev: 1, after: { ...activity, type: '调研' } },
      { kind: 'member', id: member.id, baseRev: 1, after: { ...member, sector: '经济' } },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(BatchStaleError);
    await expect(attempt).rejects.toThrow('委员“胡旭晟”在您读取之后已被修改或删除，整批没有保存');
    expect(await getRecord('activity', activity.id)).toMatchObject({ type: '考察', rev: 1 });
    expect(await database.audit.count()).toBe(auditBefore);
    expect(await database.undo.count()).toBe(stepsBefore);
  });

  it('refuses a change that fails validation, naming the record and the field', async () => {
    const { activity } = await threeKinds();
    await expect(
      applyRecordChanges('测试批量', [
        { kind: 'activity', id: activity.id, baseRev: 1, after: { ...activity, title: '' } },
      ]),
    ).rejects.toThrow('履职活动“郴州考察”：活动名称：不能为空');
    expect(await getRecord('activity', activity.id)).toMatchObject({ title: '郴州考察', rev: 1 });
  });

  it('refuses the undo whole when one record moved on after the batch, and drops the step', async () => {
    const { member, activity } = await threeKinds();
    await applyRecordChanges('测试批量', [
      { kind: 'activity', id: activity.id, baseRev: 1, after: { ...activity, type: '调研' } },
      { kind: 'member', id: member.id, baseRev: 1, after: { ...member, sector: '经济' } },
    ]);
    // An import changes the member without an undo step of its own.
    const row = (await database.members.get(member.id))!;
    await database.members.put({ ...row, rev: 9, sector: '科技' });
    const auditBefore = await database.audit.count();

    await expect(undo()).rejects.toThrow(
      '委员“胡旭晟”在此之后又被修改，不能撤销这一批 2 条；这一步已移出撤销列表',
    );
    expect(await getRecord('activity', activity.id)).toMatchObject({ type: '调研', rev: 2 });
    expect(await database.audit.count()).toBe(auditBefore);
    expect(await peekStep('undo')).toMatchObject({ summary: '新建专项“三进三助聚力行动”' });
  });

  it('undoes the batch after a later single edit of one of its records was undone', async () => {
    const { member, activity } = await threeKinds();
    await applyRecordChanges('测试批量', [
      { kind: 'activity', id: activity.id, baseRev: 1, after: { ...activity, type: '调研' } },
      { kind: 'member', id: member.id, baseRev: 1, after: { ...member, sector: '经济' } },
    ]);
    await updateRecord('member', member.id, { name: '胡旭晟', sector: '经济', note: '备' }, 2);
    expect(await undo()).toBe('已撤销：修改委员“胡旭晟”：备注');
    expect(await undo()).toBe('已撤销：测试批量');
    expect(await getRecord('activity', activity.id)).toMatchObject({ type: '考察' });
    expect((await getRecord('member', member.id))?.sector).toBeUndefined();
  });
});
