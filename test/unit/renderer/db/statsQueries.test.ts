import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import {
  createRecord,
  deleteRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { rebuildSearchDocs } from '../../../../renderer/src/db/repositories/searchIndexRepository';
import { redo, undo } from '../../../../renderer/src/db/repositories/undoRepository';
import {
  activityCountsByYearAndType,
  liveYears,
  readStatsYear,
  statsYears,
  type TypeYearCounts,
} from '../../../../renderer/src/db/statsQueries';
import { participationByMember } from '../../../../renderer/src/domain/stats/yearStats';
import { readYearOptions } from '../../../../renderer/src/features/records/recordOptions';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

/** The counts as plain objects, `{ 2021: { 会议: 2 } }`, to compare with a table read by hand. */
function plain(counts: TypeYearCounts): Record<number, Record<string, number>> {
  return Object.fromEntries([...counts].map(([year, types]) => [year, Object.fromEntries(types)]));
}

describe('activities per type per year for 统计', () => {
  it('counts the live activities of each type in each year, for all or for one 专项', async () => {
    const campaign = await createRecord('campaign', { name: '三进三助聚力行动' });
    const made = await bulkCreateRecords('activity', [
      { input: { title: '全体会议', type: '会议', startDate: { year: 2021, month: 1 } } },
      { input: { title: '年中会议', type: '会议', startDate: { year: 2021, month: 6, day: 3 } } },
      {
        input: {
          title: '郴州调研',
          type: '调研',
          startDate: { year: 2021, month: 5 },
          campaignId: campaign.id,
        },
      },
      {
        input: {
          title: '青竹村调研',
          type: '调研',
          startDate: { year: 2019 },
          campaignId: campaign.id,
        },
      },
      { input: { title: '已删的协商', type: '协商', startDate: { year: 2019, month: 2 } } },
      { input: { title: '已删的会议', type: '会议', startDate: { year: 2021, month: 9 } } },
    ]);
    for (const title of ['已删的协商', '已删的会议']) {
      const gone = made.find((a) => a.title === title)!;
      await deleteRecord('activity', gone.id, gone.rev);
    }

    expect(plain(await activityCountsByYearAndType())).toEqual({
      2019: { 调研: 1 },
      2021: { 会议: 2, 调研: 1 },
    });
    expect(plain(await activityCountsByYearAndType(campaign.id))).toEqual({
      2019: { 调研: 1 },
      2021: { 调研: 1 },
    });
  });

  it('keeps the counts and the years in step with edits, undo and redo, and a rebuild', async () => {
    const [meeting] = await bulkCreateRecords('activity', [
      { input: { title: '全体会议', type: '会议', startDate: { year: 2021, month: 1 } } },
      { input: { title: '郴州调研', type: '调研', startDate: { year: 2021, month: 5 } } },
    ]);
    const gift = await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '其他', name: '某公司' }],
      amount: { amountMinor: 100000, currency: 'CNY' },
      date: { year: 2015, month: 6 },
    });
    expect(await statsYears()).toEqual([2021, 2015]);
    // An edit that moves nothing leaves the counts alone, and the write after it works.
    const renamed = await updateRecord(
      'activity',
      meeting!.id,
      { title: '全体会议（一）', type: '会议', startDate: { year: 2021, month: 1 } },
      meeting!.rev,
    );
    await createRecord('member', { name: '胡旭晟' });
    expect(plain(await activityCountsByYearAndType())).toEqual({ 2021: { 会议: 1, 调研: 1 } });

    // The meeting becomes a 2019 协商: it leaves 2021's 会议 and joins 2019's 协商.
    await updateRecord(
      'activity',
      meeting!.id,
      { title: '全体会议', type: '协商', startDate: { year: 2019, month: 3 } },
      renamed.rev,
    );
    expect(plain(await activityCountsByYearAndType())).toEqual({
      2019: { 协商: 1 },
      2021: { 调研: 1 },
    });
    expect(await statsYears()).toEqual([2021, 2019, 2015]);
    await undo();
    expect(plain(await activityCountsByYearAndType())).toEqual({ 2021: { 会议: 1, 调研: 1 } });
    await redo();
    expect(plain(await activityCountsByYearAndType())).toEqual({
      2019: { 协商: 1 },
      2021: { 调研: 1 },
    });

    // A year whose records are all deleted is no longer offered.
    await deleteRecord('donation', gift.id, gift.rev);
    expect(await statsYears()).toEqual([2021, 2019]);
    await rebuildSearchDocs();
    expect(await statsYears()).toEqual([2021, 2019]);
    expect(plain(await activityCountsByYearAndType())).toEqual({
      2019: { 协商: 1 },
      2021: { 调研: 1 },
    });
  });
});

describe('a year read for 统计', () => {
  it('holds the live members and the live records of that year only, as the figures count them', async () => {
    const hu = await createRecord('member', { name: '胡旭晟' });
    const chan = await createRecord('member', { name: '陳美玲' });
    const gone = await createRecord('member', { name: '卿浙伟' });
    await deleteRecord('member', gone.id, gone.rev);
    const made = await bulkCreateRecords('activity', [
      {
        input: {
          title: '全体会议',
          type: '会议',
          startDate: { year: 2021, month: 3 },
          participants: [
            { memberId: hu.id, attendance: '出席' },
            { memberId: chan.id, attendance: '请假' },
          ],
        },
      },
      {
        input: {
          title: '郴州调研',
          type: '调研',
          startDate: { year: 2021, month: 5, day: 9 },
          participants: [{ memberId: chan.id, attendance: '出席' }],
        },
      },
      {
        input: {
          title: '去年的协商',
          type: '协商',
          startDate: { year: 2020 },
          participants: [{ memberId: hu.id, attendance: '出席' }],
        },
      },
      {
        input: {
          title: '已删的会议',
          type: '会议',
          startDate: { year: 2021, month: 9 },
          participants: [{ memberId: hu.id, attendance: '出席' }],
        },
      },
    ]);
    const deleted = made.find((a) => a.title === '已删的会议')!;
    await deleteRecord('activity', deleted.id, deleted.rev);

    const year = await readStatsYear(2021);
    expect(year.members.map((m) => m.name).sort()).toEqual(['胡旭晟', '陳美玲'].sort());
    expect(year.activities.map((a) => a.title).sort()).toEqual(['全体会议', '郴州调研'].sort());
    expect(year.donations).toEqual([]);
    expect(
      participationByMember(year.activities, year.members).map(({ name, attended, expected }) => ({
        name,
        attended,
        expected,
      })),
    ).toEqual([
      // Tied on 出席: in pinyin order, chén before hú.
      { name: '陳美玲', attended: 1, expected: 2 },
      { name: '胡旭晟', attended: 1, expected: 1 },
    ]);
  });
});

describe('the 年份 choices of a list', () => {
  it('offers the years of each kind’s live records, newest first, and drops a year emptied', async () => {
    const made = await bulkCreateRecords('activity', [
      { input: { title: '全体会议', type: '会议', startDate: { year: 2019, month: 1 } } },
      { input: { title: '郴州调研', type: '调研', startDate: { year: 2021, month: 5 } } },
      { input: { title: '读书会', type: '读书', startDate: { year: 2008 } } },
    ]);
    await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '其他', name: '某公司' }],
      amount: { amountMinor: 100000, currency: 'CNY' },
      date: { year: 2015, month: 6 },
    });
    expect(await liveYears('activity')).toEqual([2021, 2019, 2008]);
    expect((await readYearOptions('donation')).map((o) => o.label)).toEqual(['2015年']);

    const reading = made.find((a) => a.title === '读书会')!;
    await deleteRecord('activity', reading.id, reading.rev);
    expect(await readYearOptions('activity')).toEqual([
      { value: '2021', label: '2021年' },
      { value: '2019', label: '2019年' },
    ]);
  });
});
