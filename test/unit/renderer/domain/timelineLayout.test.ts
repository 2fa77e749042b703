import { describe, expect, it } from 'vitest';
import {
  compareTimelineEntries,
  layoutTimeline,
  monthGroupHeading,
  monthGroupLabel,
  monthGroupStarts,
  neighbourYear,
  type TimelineOrdered,
} from '../../../../renderer/src/domain/timelineLayout';

const activity = (id: string, year: number, month?: number, day?: number): TimelineOrdered => ({
  kind: 'activity',
  id,
  date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
});
const donation = (id: string, year: number, month?: number, day?: number): TimelineOrdered => ({
  ...activity(id, year, month, day),
  kind: 'donation',
});

describe('timeline order', () => {
  it('puts a month’s 是月 entries after its dated ones, and a year’s 是年 entries after its months', () => {
    const shuffled = [
      activity('是年', 2021),
      activity('4月是月', 2021, 4),
      activity('12月31日', 2021, 12, 31),
      activity('4月15日', 2021, 4, 15),
      activity('2020年是年', 2020),
      activity('4月1日', 2021, 4, 1),
      activity('5月2日', 2021, 5, 2),
      activity('2022年1月1日', 2022, 1, 1),
    ];
    expect([...shuffled].sort(compareTimelineEntries).map((e) => e.id)).toEqual([
      '2020年是年',
      '4月1日',
      '4月15日',
      '4月是月',
      '5月2日',
      '12月31日',
      '是年',
      '2022年1月1日',
    ]);
  });

  it('orders entries of the same date: activities before donations, then by id', () => {
    const sameDay = [
      donation('b', 2020, 1, 26),
      activity('c', 2020, 1, 26),
      donation('a', 2020, 1, 26),
      activity('a', 2020, 1, 26),
    ];
    expect([...sameDay].sort(compareTimelineEntries).map((e) => `${e.kind}:${e.id}`)).toEqual([
      'activity:a',
      'activity:c',
      'donation:a',
      'donation:b',
    ]);
  });
});

describe('timeline layout', () => {
  it('lays each year out as its heading and one place per entry, oldest year first', () => {
    const { slots, yearStarts } = layoutTimeline([
      { year: 2021, count: 2 },
      { year: 2018, count: 1 },
      { year: 2019, count: 0 },
      { year: 2020, count: 3 },
    ]);
    expect(slots).toEqual([
      { type: 'year', year: 2018 },
      { type: 'entry', year: 2018, n: 0 },
      { type: 'year', year: 2020 },
      { type: 'entry', year: 2020, n: 0 },
      { type: 'entry', year: 2020, n: 1 },
      { type: 'entry', year: 2020, n: 2 },
      { type: 'year', year: 2021 },
      { type: 'entry', year: 2021, n: 0 },
      { type: 'entry', year: 2021, n: 1 },
    ]);
    // Where “jump to a year” scrolls: each year's heading; a year without entries has none.
    expect([...yearStarts]).toEqual([
      [2018, 0],
      [2020, 2],
      [2021, 6],
    ]);
  });

  it('is empty without entries', () => {
    expect(layoutTimeline([])).toEqual({ slots: [], yearStarts: new Map() });
  });

  it('opens a month heading at each new month, and one 是年 heading for the entries without a month', () => {
    const dates = [
      { year: 2021, month: 3 },
      { year: 2021, month: 4, day: 15 },
      { year: 2021, month: 4 },
      { year: 2021, month: 7, day: 6 },
      { year: 2021 },
      { year: 2021, note: '初' as const },
    ];
    expect(monthGroupStarts(dates)).toEqual([true, true, false, true, true, false]);
    expect(monthGroupLabel(4)).toBe('4月');
    expect(monthGroupLabel(13)).toBe('月份不详');
    expect(monthGroupHeading(2018, 13)).toBe('2018年（月份不详）');
    expect(monthGroupHeading(2018, 5)).toBe('2018年5月');
  });
});

describe('jumping between years', () => {
  const years = [2018, 2019, 2021];
  it('goes to the next or previous year that has entries, skipping empty ones', () => {
    expect(neighbourYear(years, 2019, 1)).toBe(2021);
    expect(neighbourYear(years, 2021, -1)).toBe(2019);
    expect(neighbourYear(years, 2020, -1)).toBe(2019);
  });

  it('stays at the first or last year at either end, and starts at an end with no current year', () => {
    expect(neighbourYear(years, 2021, 1)).toBe(2021);
    expect(neighbourYear(years, 2018, -1)).toBe(2018);
    expect(neighbourYear(years, undefined, 1)).toBe(2018);
    expect(neighbourYear(years, undefined, -1)).toBe(2021);
    expect(neighbourYear([], 2020, 1)).toBeUndefined();
  });
});
