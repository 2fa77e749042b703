import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDate,
  dateRangeError,
  daysInMonth,
  formatDateRange,
  formatPartialDate,
  formatPartialDateShort,
  isAfterDay,
  isValidPartialDate,
  localTodayIso,
  partialDateError,
  partialDateFirstDay,
  partialDatePrecision,
  partialDateSortKey,
  partialDateToIso,
  parsePartialDate,
  samePartialDate,
  type PartialDate,
} from '../../../../renderer/src/domain/partialDate';
import { partialDateSchema } from '../../../../renderer/src/domain/partialDateSchema';

const day = (year: number, month: number, d: number): PartialDate => ({ year, month, day: d });

const dayArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));
const partialArb: fc.Arbitrary<PartialDate> = fc.oneof(
  dayArb,
  dayArb.map(({ year, month }) => ({ year, month })),
  dayArb.map(({ year }) => ({ year })),
);

describe('validation', () => {
  it('knows real calendar days and leap years', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
    expect(isValidPartialDate(day(2020, 2, 29))).toBe(true);
    expect(isValidPartialDate(day(2021, 2, 29))).toBe(false);
    expect(partialDateError(day(2021, 2, 29))).toBe('2021年2月没有29日');
    expect(isValidPartialDate(day(2021, 4, 31))).toBe(false);
    expect(isValidPartialDate({ year: 2021 })).toBe(true);
    expect(isValidPartialDate({ year: 2021, note: '初' })).toBe(true);
    expect(isValidPartialDate({ year: 2021, month: 4, note: '上旬' })).toBe(true);
  });

  it('explains invalid dates in Chinese', () => {
    expect(partialDateError({ year: 1800 })).toBe('年份应在1900至2100之间');
    expect(partialDateError({ year: 2021.5 })).toBe('年份应在1900至2100之间');
    expect(partialDateError({ year: 2021, month: 13 })).toBe('月份应在1至12之间');
    expect(partialDateError({ year: 2021, month: 0 })).toBe('月份应在1至12之间');
    expect(partialDateError({ year: 2021, day: 3 })).toBe('填写了日而没有填写月');
    expect(partialDateError({ year: 2021, note: '上旬' })).toBe('“上旬”不能用于只有年份的日期');
    expect(partialDateError({ year: 2021, month: 4, note: '上半年' })).toBe(
      '“上半年”不能用于只有年月的日期',
    );
    expect(partialDateError({ ...day(2021, 4, 1), note: '初' })).toMatch(/不能再加/);
  });

  it('has a schema with the same rules', () => {
    expect(partialDateSchema.safeParse({ year: 2021, month: 4, day: 15 }).success).toBe(true);
    expect(partialDateSchema.safeParse({ year: 2021, note: '底' }).success).toBe(true);
    const bad = partialDateSchema.safeParse({ year: 2021, month: 2, day: 30 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('2021年2月没有30日');
    expect(partialDateSchema.safeParse({ year: 2021, note: '春' }).success).toBe(false);
  });
});

describe('formatting', () => {
  it('writes Chinese dates without zero padding', () => {
    expect(formatPartialDate(day(2021, 4, 15))).toBe('2021年4月15日');
    expect(formatPartialDate({ year: 2021, month: 4 })).toBe('2021年4月');
    expect(formatPartialDate({ year: 2021 })).toBe('2021年');
    expect(formatPartialDate({ year: 2021, note: '初' })).toBe('2021年初');
    expect(formatPartialDate({ year: 2018, note: '底' })).toBe('2018年底');
    expect(formatPartialDate({ year: 2021, month: 4, note: '上旬' })).toBe('2021年4月上旬');
  });

  it('has a short form without the year', () => {
    expect(formatPartialDateShort(day(2021, 4, 15))).toBe('4月15日');
    expect(formatPartialDateShort({ year: 2021, month: 4 })).toBe('4月');
    expect(formatPartialDateShort({ year: 2021, month: 4, note: '底' })).toBe('4月底');
    expect(formatPartialDateShort({ year: 2021 })).toBe('2021年');
  });

  it('gives ISO forms and the precision', () => {
    expect(partialDateToIso(day(2021, 4, 5))).toBe('2021-04-05');
    expect(partialDateToIso({ year: 2021, month: 4 })).toBe('2021-04');
    expect(partialDateToIso({ year: 2021, note: '初' })).toBe('2021');
    expect(partialDateFirstDay({ year: 2021, month: 4 })).toBe('2021-04-01');
    expect(partialDateFirstDay({ year: 2021 })).toBe('2021-01-01');
    expect(partialDatePrecision(day(2021, 4, 5))).toBe('day');
    expect(partialDatePrecision({ year: 2021, month: 4 })).toBe('month');
    expect(partialDatePrecision({ year: 2021 })).toBe('year');
    expect(samePartialDate({ year: 2021, note: '初' }, { year: 2021 })).toBe(true);
    expect(samePartialDate({ year: 2021, month: 1 }, { year: 2021 })).toBe(false);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2021年4月15日', day(2021, 4, 15)],
    ['2021年4月15号', day(2021, 4, 15)],
    ['2021-04-15', day(2021, 4, 15)],
    ['2021/4/15', day(2021, 4, 15)],
    ['2021.4.15', day(2021, 4, 15)],
    ['20210415', day(2021, 4, 15)],
    ['２０２１年４月１５日', day(2021, 4, 15)],
    [' 2021 年 4 月 ', { year: 2021, month: 4 }],
    ['2021年4月', { year: 2021, month: 4 }],
    ['2021-04', { year: 2021, month: 4 }],
    ['2021/4', { year: 2021, month: 4 }],
    ['2021', { year: 2021 }],
    ['2021年', { year: 2021 }],
    ['2021年初', { year: 2021, note: '初' }],
    ['2018年底', { year: 2018, note: '底' }],
    ['2021年上半年', { year: 2021, note: '上半年' }],
    ['2021年4月上旬', { year: 2021, month: 4, note: '上旬' }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses what is not a date, in Chinese', () => {
    expect(parsePartialDate('')).toEqual({ ok: false, message: '不能为空' });
    expect(parsePartialDate('2021年2月30日')).toEqual({ ok: false, message: '2021年2月没有30日' });
    expect(parsePartialDate('2021-13-01')).toEqual({ ok: false, message: '月份应在1至12之间' });
    expect(parsePartialDate('2021年4月15日初').ok).toBe(false);
    expect(parsePartialDate('2021年上旬').ok).toBe(false);
    for (const bad of ['明天', '21-4-15', '2021-4/15', '2021年4月15', '4月15日']) {
      const result = parsePartialDate(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/格式不正确/);
    }
  });

  it('round-trips through formatPartialDate and partialDateToIso', () => {
    fc.assert(
      fc.property(partialArb, (d) => {
        expect(parsePartialDate(formatPartialDate(d))).toEqual({ ok: true, value: d });
        expect(parsePartialDate(partialDateToIso(d))).toEqual({ ok: true, value: d });
      }),
    );
  });
});

describe('ordering', () => {
  it('uses year*10000 + (month ?? 13)*100 + (day ?? 32)', () => {
    expect(partialDateSortKey(day(2021, 4, 15))).toBe(20210415);
    expect(partialDateSortKey({ year: 2021, month: 4 })).toBe(20210432);
    expect(partialDateSortKey({ year: 2021 })).toBe(20211332);
  });

  it('puts 是月 after the days of its month and 是年 after the months of its year', () => {
    const sorted = [
      { year: 2021 },
      { year: 2021, month: 4 },
      day(2021, 5, 1),
      day(2021, 4, 30),
      day(2021, 4, 1),
      { year: 2020 },
      day(2022, 1, 1),
    ].sort(comparePartialDate);
    expect(sorted.map(formatPartialDate)).toEqual([
      '2020年',
      '2021年4月1日',
      '2021年4月30日',
      '2021年4月',
      '2021年5月1日',
      '2021年',
      '2022年1月1日',
    ]);
  });

  it('is a total order consistent with the sort key', () => {
    fc.assert(
      fc.property(partialArb, partialArb, partialArb, (a, b, c) => {
        // `+ 0` folds -0 into 0: equal dates compare as 0 both ways.
        expect(Math.sign(comparePartialDate(a, b)) + 0).toBe(
          -Math.sign(comparePartialDate(b, a)) + 0,
        );
        expect(comparePartialDate(a, b) === 0).toBe(samePartialDate(a, b));
        if (comparePartialDate(a, b) <= 0 && comparePartialDate(b, c) <= 0) {
          expect(comparePartialDate(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('sorts a month-only date after all its days, a year-only date after all its months', () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        const month = { year: d.year, month: d.month };
        const year = { year: d.year };
        expect(comparePartialDate(d, month)).toBeLessThan(0);
        expect(comparePartialDate(month, year)).toBeLessThan(0);
        expect(comparePartialDate(d, year)).toBeLessThan(0);
        expect(comparePartialDate(month, { year: d.year + 1, month: 1, day: 1 })).toBeLessThan(0);
        if (d.month < 12) {
          expect(
            comparePartialDate(month, { year: d.year, month: d.month + 1, day: 1 }),
          ).toBeLessThan(0);
        }
        expect(comparePartialDate(year, { year: d.year + 1, month: 1, day: 1 })).toBeLessThan(0);
      }),
    );
  });
});

describe('ranges', () => {
  it('writes ranges omitting what repeats', () => {
    expect(formatDateRange(day(2018, 5, 29), day(2018, 6, 1))).toBe('2018年5月29日至6月1日');
    expect(formatDateRange(day(2021, 7, 6), day(2021, 7, 8))).toBe('2021年7月6日至8日');
    expect(formatDateRange(day(2020, 12, 30), day(2021, 1, 2))).toBe(
      '2020年12月30日至2021年1月2日',
    );
    expect(formatDateRange(day(2021, 7, 6))).toBe('2021年7月6日');
    expect(formatDateRange(day(2021, 7, 6), day(2021, 7, 6))).toBe('2021年7月6日');
    expect(formatDateRange({ year: 2021, month: 4 }, { year: 2021, month: 6 })).toBe(
      '2021年4月至6月',
    );
    expect(formatDateRange({ year: 2021, month: 4 }, day(2021, 4, 20))).toBe('2021年4月至4月20日');
    expect(formatDateRange({ year: 2018 }, { year: 2022 })).toBe('2018年至2022年');
    expect(formatDateRange({ year: 2021, note: '初' }, { year: 2021, note: '底' })).toBe(
      '2021年初至2021年底',
    );
  });

  it('refuses an end before the start', () => {
    expect(dateRangeError(day(2021, 7, 6), day(2021, 7, 5))).toBe('不能早于开始日期');
    expect(dateRangeError(day(2021, 7, 6), day(2021, 7, 6))).toBeNull();
    expect(dateRangeError(day(2021, 7, 6), undefined)).toBeNull();
    expect(dateRangeError({ year: 2021, month: 5 }, day(2021, 4, 30))).toBe('不能早于开始日期');
    // Partial precision: refused only when the end certainly lies before the start.
    expect(dateRangeError({ year: 2021, month: 4 }, day(2021, 4, 10))).toBeNull();
    expect(dateRangeError(day(2021, 4, 15), { year: 2021, month: 4 })).toBeNull();
    expect(dateRangeError({ year: 2021 }, { year: 2020 })).toBe('不能早于开始日期');
  });

  it('accepts every end at or after the start', () => {
    fc.assert(
      fc.property(partialArb, partialArb, (a, b) => {
        const [start, end] = comparePartialDate(a, b) <= 0 ? [a, b] : [b, a];
        if (partialDatePrecision(start) === partialDatePrecision(end)) {
          expect(dateRangeError(start, end)).toBeNull();
        }
      }),
    );
  });
});

describe('a date after today', () => {
  it('is today where the user is: the first minutes of a day in Beijing are not yesterday', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      // 00:05 in Beijing is 16:05 of the day before in UTC.
      expect(localTodayIso(new Date('2026-11-30T00:05:00+08:00'))).toBe('2026-11-30');
      expect(localTodayIso(new Date('2026-01-01T23:59:00+08:00'))).toBe('2026-01-01');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('is one whose every possible day comes after today', () => {
    const today = '2026-11-30';
    expect(isAfterDay({ year: 2027 }, today)).toBe(true);
    expect(isAfterDay({ year: 2026, month: 12 }, today)).toBe(true);
    expect(isAfterDay({ year: 2026, month: 12, day: 1 }, today)).toBe(true);
    // Today, and a year or month that has today in it, are not.
    expect(isAfterDay({ year: 2026, month: 11, day: 30 }, today)).toBe(false);
    expect(isAfterDay({ year: 2026, month: 11 }, today)).toBe(false);
    expect(isAfterDay({ year: 2026 }, today)).toBe(false);
    expect(isAfterDay({ year: 2016, month: 2 }, today)).toBe(false);
  });
});
