import { describe, expect, it } from 'vitest';
import type { TypeYearCounts } from '../../../../../renderer/src/db/statsQueries';
import {
  ACTIVITY_TYPES,
  type ActivityType,
} from '../../../../../renderer/src/domain/records/enums';
import { activityChart, rankingChart } from '../../../../../renderer/src/features/stats/statCharts';

type Series = { name: string; itemStyle?: { color?: string } };
const colours = (counts: TypeYearCounts) =>
  new Map(
    (activityChart(counts, ACTIVITY_TYPES).option.series as Series[]).map((s) => [
      s.name,
      s.itemStyle?.color,
    ]),
  );

describe('各年度履职活动 chart', () => {
  it('gives each of the 15 types its own colour, the same whichever types are shown', () => {
    const all = colours(new Map([[2021, new Map(ACTIVITY_TYPES.map((t) => [t, 1]))]]));
    expect(all.size).toBe(15);
    expect(new Set(all.values()).size).toBe(15);
    const some = colours(
      new Map([
        [
          2020,
          new Map<ActivityType, number>([
            ['读书', 2],
            ['其他', 1],
          ]),
        ],
      ]),
    );
    expect(some.get('读书')).toBe(all.get('读书'));
    expect(some.get('其他')).toBe(all.get('其他'));
  });
});

describe('出席排名', () => {
  it('gives members who attended as often the same place, and the next one the place after them all', () => {
    const part = (memberId: string, attended: number) => ({
      memberId,
      name: memberId,
      sector: '港澳',
      attended,
      expected: 4,
    });
    const { rows } = rankingChart([
      part('陈美玲', 3),
      part('方丽华', 3),
      part('蔡佩君', 2),
      part('张建伟', 1),
      part('区志明', 1),
    ]);
    expect(rows.map((row) => row.rank)).toEqual([1, 1, 3, 4, 4]);
  });

  it('says under the chart that it draws 15 of them, and when the cut splits a tie', () => {
    const part = (i: number, attended: number) => ({
      memberId: `m${i}`,
      name: `委员${i}`,
      sector: '港澳',
      attended,
      expected: 9,
    });
    // 9 members with 9, 8 … 1 attendances, then 27 with none: places 1–9, and 10 shared by 27.
    const counts = [9, 8, 7, 6, 5, 4, 3, 2, 1, ...Array<number>(27).fill(0)];
    const many = rankingChart(counts.map((attended, i) => part(i, attended)));
    expect(many.note).toBe(
      '图中为前 15 位，共 36 位委员；第 10 名并列 27 位，图中未全部画出；全部见表格。',
    );
    // A cut between two places says only how many there are.
    const clean = rankingChart(Array.from({ length: 20 }, (_, i) => part(i, 20 - i)));
    expect(clean.note).toBe('图中为前 15 位，共 20 位委员；全部见表格。');
    // All drawn: nothing to say.
    expect(rankingChart([part(1, 2), part(2, 1)]).note).toBeUndefined();
  });
});
