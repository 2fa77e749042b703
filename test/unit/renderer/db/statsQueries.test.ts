import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import {
  createRecord,
  deleteRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import {
  activityCountsByYearAndType,
  type TypeYearCounts,
} from '../../../../renderer/src/db/statsQueries';
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
});
