import { describe, expect, it } from 'vitest';
import {
  goodsSummary,
  goodsValue,
  officeAmount,
  officeQuantity,
} from '../../../../../renderer/src/domain/documents/officeWording';

describe('officeAmount', () => {
  it('writes …币 currencies name first, in 万元 or 亿元 where that is exact', () => {
    expect(officeAmount({ amountMinor: 1_000_000_00, currency: 'HKD' })).toBe('港币100万元');
    expect(officeAmount({ amountMinor: 9_100_000_00, currency: 'CNY' })).toBe('人民币910万元');
    expect(officeAmount({ amountMinor: 5_086_900_00, currency: 'CNY' })).toBe('人民币508.69万元');
    expect(officeAmount({ amountMinor: 150_000_000_00, currency: 'HKD' })).toBe('港币1.5亿元');
    expect(officeAmount({ amountMinor: 1_000_000_00, currency: 'MOP' })).toBe('澳门币100万元');
  });

  it('puts 美元, 英镑, 日元 after the number', () => {
    expect(officeAmount({ amountMinor: 50_000_00, currency: 'USD' })).toBe('5万美元');
    expect(officeAmount({ amountMinor: 2_000_00, currency: 'GBP' })).toBe('2000英镑');
    expect(officeAmount({ amountMinor: 1_000_000, currency: 'JPY' })).toBe('100万日元');
  });

  it('never rounds a gift: a sum 万 cannot state exactly is written out in 元', () => {
    expect(officeAmount({ amountMinor: 123_456_00, currency: 'HKD' })).toBe('港币123,456元');
    expect(officeAmount({ amountMinor: 1_234_50, currency: 'MOP' })).toBe('澳门币1234.50元');
    expect(officeAmount({ amountMinor: 100_000_001_00, currency: 'CNY' })).toBe(
      '人民币100,000,001元',
    );
    // 亿 only to two places; past that 万 states it.
    expect(officeAmount({ amountMinor: 100_010_000_00, currency: 'CNY' })).toBe('人民币10,001万元');
  });
});

describe('goods in words', () => {
  it('counts in 万 where exact', () => {
    expect(officeQuantity(2_000_000)).toBe('200万');
    expect(officeQuantity(12_300)).toBe('1.23万');
    expect(officeQuantity(12_345)).toBe('12,345');
    expect(officeQuantity(30)).toBe('30');
    expect(officeQuantity(2.5)).toBe('2.5');
  });

  it('names up to three lines, then says how many kinds', () => {
    const items = [
      { name: '医用外科口罩', quantity: 2_000_000, unit: '只' },
      { name: 'KN95口罩', quantity: 800_000, unit: '只' },
      { name: '医用防护服', quantity: 100_000, unit: '套' },
    ];
    expect(goodsSummary(items)).toBe('医用外科口罩200万只、KN95口罩80万只、医用防护服10万套');
    expect(goodsSummary([...items, { name: '护目镜', quantity: 100_000, unit: '副' }])).toBe(
      '医用外科口罩200万只、KN95口罩80万只、医用防护服10万套等4类物资',
    );
    expect(goodsSummary([])).toBe('');
  });

  it('values goods by their declared amount, else by their items in one currency', () => {
    const item = (amountMinor: number, currency: 'CNY' | 'HKD') => ({
      name: '口罩',
      quantity: 1,
      value: { amountMinor, currency },
    });
    expect(
      goodsValue({ amount: { amountMinor: 8_000_000_00, currency: 'HKD' }, items: [] }),
    ).toEqual({ amountMinor: 8_000_000_00, currency: 'HKD' });
    expect(goodsValue({ items: [item(100_00, 'CNY'), item(250_00, 'CNY')] })).toEqual({
      amountMinor: 350_00,
      currency: 'CNY',
    });
    expect(goodsValue({ items: [item(100_00, 'CNY'), item(250_00, 'HKD')] })).toBeUndefined();
    expect(goodsValue({ items: [{ name: '口罩', quantity: 1 }] })).toBeUndefined();
  });
});
