import { describe, expect, it } from 'vitest';
import { cnyMinorOf, suggestRate } from '../../../../../renderer/src/domain/rates/conversion';

const table = [
  { currency: 'HKD', from: '2020-01-01', rate: '0.8900' },
  { currency: 'HKD', from: '2020-02-01', rate: '0.9013' },
] as const;

describe('suggestRate', () => {
  it('takes the rate in force on the donation’s day, and says from when', () => {
    expect(suggestRate(table, 'HKD', { year: 2020, month: 2, day: 3 })).toEqual({
      kind: 'found',
      rate: '0.9013',
      from: '2020-02-01',
      stale: false,
    });
    expect(suggestRate(table, 'HKD', { year: 2020, month: 1, day: 31 })).toEqual({
      kind: 'found',
      rate: '0.8900',
      from: '2020-01-01',
      stale: false,
    });
  });

  it('marks a rate that began over a year before the donation, most likely never updated since', () => {
    const on = (year: number, month: number, day: number) =>
      suggestRate(table, 'HKD', { year, month, day });
    // 2020-02-01 plus 366 days is 2021-02-01 (2020 is a leap year): still current that day.
    expect(on(2021, 2, 1)).toMatchObject({ rate: '0.9013', stale: false });
    expect(on(2021, 2, 2)).toMatchObject({ rate: '0.9013', stale: true });
    expect(on(2026, 11, 25)).toMatchObject({ from: '2020-02-01', stale: true });
  });

  it('asks instead of guessing: a day before any rate, another currency, a date without its day', () => {
    expect(suggestRate(table, 'HKD', { year: 2019, month: 12, day: 31 })).toEqual({
      kind: 'missing',
      reason: '汇率表中没有港币在2019年12月31日有效的汇率，请填写汇率，或先在“设置 → 汇率”中添加',
    });
    expect(suggestRate(table, 'MOP', { year: 2020, month: 2, day: 3 }).kind).toBe('missing');
    expect(suggestRate(table, 'HKD', { year: 2020, month: 2 })).toEqual({
      kind: 'missing',
      reason: '捐赠日期不到日，无法从汇率表取港币汇率，请填写汇率',
    });
  });

  it('needs no rate for 人民币', () => {
    expect(suggestRate(table, 'CNY', undefined)).toEqual({ kind: 'cny' });
  });
});

describe('cnyMinorOf', () => {
  it('converts to the fen, rounding half up, and keeps 人民币 as it is', () => {
    expect(cnyMinorOf({ amountMinor: 123456789, currency: 'HKD' }, '0.9013')).toBe(111271604);
    expect(cnyMinorOf({ amountMinor: 5, currency: 'HKD' }, '0.5')).toBe(3);
    expect(cnyMinorOf({ amountMinor: 500, currency: 'CNY' }, undefined)).toBe(500);
  });

  it('gives nothing while the amount or the rate is missing or not a rate', () => {
    expect(cnyMinorOf(undefined, '0.9')).toBeUndefined();
    expect(cnyMinorOf({ amountMinor: 500, currency: 'HKD' }, undefined)).toBeUndefined();
    expect(cnyMinorOf({ amountMinor: 500, currency: 'HKD' }, 'abc')).toBeUndefined();
  });
});
