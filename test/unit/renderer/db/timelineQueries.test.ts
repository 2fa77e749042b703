import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { deleteRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import {
  readTimelineHead,
  readTimelineYearEntries,
  readTimelineYears,
  type TimelineEntry,
  type TimelineFilters,
} from '../../../../renderer/src/db/timelineQueries';
import { freshDatabase } from './freshDatabase';

const MEMBER = '11111111-0000-4000-8000-000000000001';
const CAMPAIGN = '22222222-0000-4000-8000-000000000001';
const id = (n: number) => `33333333-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeEach(async () => {
  freshDatabase();
  setOperator('王小明');
  await bulkCreateRecords('activity', [
    { id: id(1), input: { title: '四月是月', type: '会议', startDate: { year: 2021, month: 4 } } },
    {
      id: id(2),
      input: {
        title: '揭牌',
        type: '帮扶',
        startDate: { year: 2021, month: 4, day: 15 },
        inTimeline: true,
        timelineSummary: '为联动工作室揭牌',
        campaignId: CAMPAIGN,
        participants: [{ memberId: MEMBER }],
      },
    },
    {
      id: id(3),
      input: { title: '年初方案', type: '其他', startDate: { year: 2021, note: '初' } },
    },
    {
      id: id(4),
      input: { title: '读书交流', type: '读书', startDate: { year: 2021, month: 7, day: 6 } },
    },
    {
      id: id(5),
      input: { title: '郴州行', type: '考察', startDate: { year: 2018, month: 5, day: 29 } },
    },
    {
      id: id(6),
      input: { title: '已删除', type: '会议', startDate: { year: 2021, month: 4, day: 1 } },
    },
  ]);
  await bulkCreateRecords('donation', [
    {
      id: id(7),
      input: {
        kind: '资金',
        donors: [{ type: '委员', memberId: MEMBER }],
        amount: { amountMinor: 100000, currency: 'CNY' },
        recipient: '青竹村小学',
        date: { year: 2021, month: 4, day: 15 },
      },
    },
    {
      id: id(8),
      input: {
        kind: '物资',
        donors: [{ type: '其他', name: '港澳委员' }],
        items: [{ name: '口罩', quantity: 1000 }],
        date: { year: 2020, month: 1, day: 26 },
        inTimeline: true,
        timelineSummary: '港澳委员捐赠口罩',
        campaignId: CAMPAIGN,
      },
    },
  ]);
  await deleteRecord('activity', id(6), 1);
});

const label = (entry: TimelineEntry) =>
  entry.kind === 'activity' ? entry.record.title : `${entry.record.kind}捐赠`;

async function titlesOf(
  filters: TimelineFilters,
  years: number[],
): Promise<Record<number, string[]>> {
  const read = await readTimelineYearEntries(filters, years);
  return Object.fromEntries([...read].map(([year, entries]) => [year, entries.map(label)]));
}

describe('the timeline read off the indexes', () => {
  it('counts each year’s live activities and donations, deleted ones left out', async () => {
    expect(await readTimelineYears({})).toEqual([
      { year: 2018, count: 1 },
      { year: 2020, count: 1 },
      { year: 2021, count: 5 },
    ]);
  });

  it('stops counting when nobody waits for the count any more', async () => {
    expect(await readTimelineYears({}, () => false)).toEqual([]);
  });

  it('reads a year in timeline order: days first, 是月 at the end of its month, 是年 at the end of the year', async () => {
    expect(await titlesOf({}, [2021, 2018])).toEqual({
      2018: ['郴州行'],
      2021: ['揭牌', '资金捐赠', '四月是月', '读书交流', '年初方案'],
    });
  });

  it('keeps only 大事记 entries when asked, counted off the 大事记 index', async () => {
    const filters = { chronicle: true };
    expect(await readTimelineYears(filters)).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 1 },
    ]);
    expect(await titlesOf(filters, [2020, 2021])).toEqual({ 2020: ['物资捐赠'], 2021: ['揭牌'] });
  });

  it('narrows to a type, a donation kind, a campaign, a member or a year', async () => {
    expect(await titlesOf({ type: '读书' }, [2021])).toEqual({ 2021: ['读书交流'] });
    expect(await readTimelineYears({ type: '资金捐赠' })).toEqual([{ year: 2021, count: 1 }]);
    expect(await titlesOf({ campaignId: CAMPAIGN }, [2020, 2021])).toEqual({
      2020: ['物资捐赠'],
      2021: ['揭牌'],
    });
    expect(await titlesOf({ memberId: MEMBER }, [2021])).toEqual({ 2021: ['揭牌', '资金捐赠'] });
    expect(await readTimelineYears({ year: 2018 })).toEqual([{ year: 2018, count: 1 }]);
    expect(await titlesOf({ year: 2018 }, [2018, 2021])).toEqual({ 2018: ['郴州行'] });
    expect(await readTimelineYears({ memberId: MEMBER, chronicle: true })).toEqual([
      { year: 2021, count: 1 },
    ]);
  });

  it('reads the first entries of the whole timeline for the first screen, across years and tables', async () => {
    const head = async (filters: TimelineFilters, limit: number) =>
      Object.fromEntries(
        [...(await readTimelineHead(filters, limit))].map(([year, entries]) => [
          year,
          entries.map(label),
        ]),
      );
    expect(await head({}, 4)).toEqual({
      2018: ['郴州行'],
      2020: ['物资捐赠'],
      2021: ['揭牌', '资金捐赠'],
    });
    expect(await head({ chronicle: true }, 1)).toEqual({ 2020: ['物资捐赠'] });
    expect(await head({ year: 2021 }, 3)).toEqual({ 2021: ['揭牌', '资金捐赠', '四月是月'] });
    expect(await head({ memberId: MEMBER }, 1)).toEqual({ 2021: ['揭牌'] });
  });

  it('finds nothing for a type it does not know, and for filters nothing matches', async () => {
    expect(await readTimelineYears({ type: '不存在' })).toEqual([]);
    expect(await readTimelineYears({ type: '值班' })).toEqual([]);
    expect(await readTimelineYears({ year: 1999 })).toEqual([]);
  });
});
