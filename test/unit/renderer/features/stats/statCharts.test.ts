import { describe, expect, it } from 'vitest';
import type { TypeYearCounts } from '../../../../../renderer/src/db/statsQueries';
import {
  ACTIVITY_TYPES,
  type ActivityType,
} from '../../../../../renderer/src/domain/records/enums';
import { activityChart } from '../../../../../renderer/src/features/stats/statCharts';

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
