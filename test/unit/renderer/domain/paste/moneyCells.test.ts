import { describe, expect, it } from 'vitest';
import { readCurrency, readMoney } from '../../../../../renderer/src/domain/paste/moneyCells';

const cny = (amountMinor: number) => ({ ok: true, value: { amountMinor, currency: 'CNY' } });

describe('readMoney', () => {
  it('reads amounts as numbers or as text with 万元, 元 and thousands separators', () => {
    expect(readMoney('500000')).toEqual(cny(50_000_000));
    expect(readMoney('500,000.00')).toEqual(cny(50_000_000));
    expect(readMoney('50万元')).toEqual(cny(50_000_000));
    expect(readMoney('12.5万')).toEqual(cny(12_500_000));
    expect(readMoney('1.5亿元')).toEqual(cny(15_000_000_000));
    expect(readMoney('3,000元')).toEqual(cny(300_000));
    expect(readMoney('￥1,000')).toEqual(cny(100_000));
    expect(readMoney('５０００')).toEqual(cny(500_000));
  });

  it('reads a bare number in 万 when the heading says 万元', () => {
    expect(readMoney('12.5', undefined, true)).toEqual(cny(12_500_000));
    // A unit written in the cell wins over the heading's.
    expect(readMoney('3000元', undefined, true)).toEqual(cny(300_000));
  });

  it('takes the currency from the 币种 column, or from the amount itself', () => {
    expect(readMoney('20000', 'HKD')).toEqual({
      ok: true,
      value: { amountMinor: 2_000_000, currency: 'HKD' },
    });
    expect(readMoney('2万港币')).toEqual({
      ok: true,
      value: { amountMinor: 2_000_000, currency: 'HKD' },
    });
    expect(readMoney('HK$20,000')).toEqual({
      ok: true,
      value: { amountMinor: 2_000_000, currency: 'HKD' },
    });
    expect(readMoney('USD 1,000.50')).toEqual({
      ok: true,
      value: { amountMinor: 100_050, currency: 'USD' },
    });
    expect(readMoney('5万澳門幣')).toEqual({
      ok: true,
      value: { amountMinor: 5_000_000, currency: 'MOP' },
    });
  });

  it('says why an amount cannot be read', () => {
    expect(readMoney('2万港币', 'USD')).toEqual({
      ok: false,
      message: '金额写的是港币，而币种列是美元',
    });
    expect(readMoney('约五万')).toMatchObject({
      ok: false,
      message: expect.stringContaining('格式不正确'),
    });
    expect(readMoney('0')).toEqual({ ok: false, message: '须大于零' });
    expect(readMoney('1.234')).toEqual({ ok: false, message: '人民币金额最多2位小数' });
  });
});

describe('readCurrency', () => {
  it('reads a currency by its code or its Chinese name, simplified or traditional', () => {
    expect(readCurrency('HKD')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('hkd')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('港元')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('港幣')).toEqual({ ok: true, value: 'HKD' });
    expect(readCurrency('澳门币')).toEqual({ ok: true, value: 'MOP' });
    expect(readCurrency('美金')).toEqual({ ok: true, value: 'USD' });
    expect(readCurrency('人民币')).toEqual({ ok: true, value: 'CNY' });
    expect(readCurrency('新台币')).toEqual({ ok: true, value: 'TWD' });
    expect(readCurrency('比特币')).toMatchObject({ ok: false });
  });
});
