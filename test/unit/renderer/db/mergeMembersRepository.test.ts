import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { BatchStaleError } from '../../../../renderer/src/db/repositories/batchChange';
import { mergeMembers } from '../../../../renderer/src/db/repositories/mergeMembersRepository';
import {
  createRecord,
  getRecord,
  getStoredRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { defaultMergeChoices } from '../../../../renderer/src/domain/mergeMembers';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

/** 陈美玲 (kept) and her duplicate 陳美玲, named by an activity each, a 提案, a donation, a studio. */
async function twoOfOne() {
  const kept = await createRecord('member', { name: '陈美玲', category: '港区委员' });
  const other = await createRecord('member', { name: '陳美玲', location: '香港' });
  const third = await createRecord('member', { name: '胡旭晟' });
  const both = await createRecord('activity', {
    title: '郴州考察',
    type: '考察',
    startDate: { year: 2018, month: 5, day: 29 },
    participants: [
      { memberId: kept.id, role: '主持' },
      { memberId: other.id },
      { memberId: third.id },
    ],
  });
  const proposal = await createRecord('activity', {
    title: '关于建设科创产业园的提案',
    type: '提案',
    startDate: { year: 2021, month: 1 },
    proposal: { leadMemberIds: [other.id], jointMemberIds: [third.id] },
  });
  const donation = await createRecord('donation', {
    kind: '资金',
    donors: [{ type: '委员', memberId: other.id }],
    amount: { amountMinor: 1_000_00, currency: 'CNY' },
    date: { year: 2020, month: 2 },
  });
  const studio = await createRecord('studio', {
    name: '港澳委员工作室',
    type: '界别',
    leaderIds: [other.id],
    memberIds: [other.id, third.id],
  });
  return { kept, other, third, both, proposal, donation, studio };
}

describe('合并委员', () => {
  it('moves every reference to the kept member and tombstones the other, in one step', async () => {
    const { kept, other, third, both, proposal, donation, studio } = await twoOfOne();
    const outcome = await mergeMembers(kept, other, defaultMergeChoices(kept, other));
    expect(outcome).toMatchObject({ activities: 2, donations: 1, studios: 1 });

    expect(await getRecord('member', kept.id)).toMatchObject({
      name: '陈美玲',
      category: '港区委员',
      location: '香港',
      otherNames: ['陳美玲'],
    });
    expect(await getRecord('member', other.id)).toBeUndefined();
    expect((await getStoredRecord('member', other.id))?.deletedAt).toBeTruthy();
    expect((await getRecord('activity', both.id))?.participants).toEqual([
      { memberId: kept.id, role: '主持', attendance: '出席' },
      { memberId: third.id, role: '参加', attendance: '出席' },
    ]);
    expect((await getRecord('activity', proposal.id))?.proposal).toMatchObject({
      leadMemberIds: [kept.id],
      jointMemberIds: [third.id],
    });
    expect((await getRecord('donation', donation.id))?.donors).toEqual([
      { type: '委员', memberId: kept.id },
    ]);
    expect(await getRecord('studio', studio.id)).toMatchObject({
      leaderIds: [kept.id],
      memberIds: [kept.id, third.id],
    });
    // The indexes follow: the kept member's activities come off `_memberDates`.
    const row = await database.activities.get(both.id);
    expect(row?._memberDates?.map(([id]) => id)).toEqual([kept.id, third.id]);
    expect(await database.donations.where('_memberIds').equals(kept.id).count()).toBe(1);
    const logged = await database.audit.filter((e) => e.summary.startsWith('合并委员')).count();
    expect(logged).toBe(6);

    expect(await undo()).toBe('已撤销：合并委员“陳美玲”到“陈美玲”');
    expect(await getRecord('member', other.id)).toMatchObject({ name: '陳美玲', location: '香港' });
    expect((await getRecord('member', kept.id))?.location).toBeUndefined();
    expect((await getRecord('activity', both.id))?.participants.map((p) => p.memberId)).toEqual([
      kept.id,
      other.id,
      third.id,
    ]);
    expect((await getRecord('studio', studio.id))?.leaderIds).toEqual([other.id]);
    expect((await getRecord('donation', donation.id))?.donors).toEqual([
      { type: '委员', memberId: other.id },
    ]);

    expect(await redo()).toBe('已重做：合并委员“陳美玲”到“陈美玲”');
    expect(await getRecord('member', other.id)).toBeUndefined();
    expect((await getRecord('studio', studio.id))?.leaderIds).toEqual([kept.id]);
  });

  it('refuses the merge whole when a member changed after the dialog read it', async () => {
    const { kept, other, studio } = await twoOfOne();
    await updateRecord('member', other.id, { name: '陳美玲', location: '九龙' }, other.rev);
    await expect(mergeMembers(kept, other, defaultMergeChoices(kept, other))).rejects.toThrow(
      BatchStaleError,
    );
    expect(await getRecord('member', other.id)).toMatchObject({ location: '九龙' });
    expect((await getRecord('studio', studio.id))?.leaderIds).toEqual([other.id]);
  });
});
