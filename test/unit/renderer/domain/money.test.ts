import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  CURRENCY_CODES,
  type CurrencyCode,
} from '../../../../renderer/src/domain/currencies';
import {
  addMoney,
  convertToCny,
  CurrencyMismatchError,
  formatAmount,
  formatMoney,
  formatWan,
  isValidRate,
  parseAmount,
  parseRate,
  rateOn,
  sumByCurrency,
  sumMoney,
  type Money,
  type RateTable,
} from '../../../../renderer/src/domain/money';
import { moneySchema, rateSchema } from '../../../../renderer/src/domain/moneySchemas';

const cny = (amountMinor: number): Money => ({ amountMinor, currency: 'CNY' });
const parsed = (text: string, currency: CurrencyCode = 'CNY'): number => {
  const result = parseAmount(text, currency);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

const currencyArb = fc.constantFrom(...CURRENCY_CODES);
const minorArb = fc.integer({ min: -1e12, max: 1e12 });
const smallMinorArb = fc.integer({ min: -1e10, max: 1e10 });
const moneyArb = fc.record({ amountMinor: minorArb, currency: currencyArb });

describe('currencies', () => {
  it('names every currency in Chinese, with 0 minor digits only for JPY', () => {
    expect(CURRENCIES.HKD.name).toBe('港币');
    expect(CURRENCIES.MOP.name).toBe('澳门币');
    expect(CURRENCIES.TWD.name).toBe('新台币');
    expect(CURRENCIES.JPY.minorDigits).toBe(0);
    for (const code of CURRENCY_CODES) {
      expect(CURRENCIES[code].code).toBe(code);
      if (code !== 'JPY') expect(CURRENCIES[code].minorDigits).toBe(2);
    }
    const symbols = CURRENCY_CODES.map((code) => CURRENCIES[code].symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
  });
});

describe('parseAmount', () => {
  it('parses to exact minor units', () => {
    expect(parsed('1234.5')).toBe(123450);
    expect(parsed('1,234.50')).toBe(123450);
    expect(parsed('¥1,234.50')).toBe(123450);
    expect(parsed('￥8')).toBe(800);
    expect(parsed('１２３．４５')).toBe(12345);
    expect(parsed('0.1') + parsed('0.2')).toBe(parsed('0.3'));
    expect(parsed('.5')).toBe(50);
    expect(parsed('5.')).toBe(500);
    expect(parsed('-12.3')).toBe(-1230);
    expect(parsed('+7')).toBe(700);
    expect(parsed(' 1 000 ')).toBe(100000);
    expect(parsed('1.500')).toBe(150);
    expect(parsed('-0')).toBe(0);
    expect(Object.is(parsed('-0'), 0)).toBe(true);
  });

  it('understands 元, 万 and 亿 and the currency’s symbol, code and name', () => {
    expect(parsed('910万')).toBe(910_000_000);
    expect(parsed('910万元')).toBe(910_000_000);
    expect(parsed('325亿元')).toBe(3_250_000_000_000);
    expect(parsed('1.2345万')).toBe(1_234_500);
    expect(parsed('100元')).toBe(10000);
    expect(parsed('HK$1,000', 'HKD')).toBe(100000);
    expect(parsed('HKD 1000', 'HKD')).toBe(100000);
    expect(parsed('50万港币', 'HKD')).toBe(50_000_000);
    expect(parsed('JP¥1,000', 'JPY')).toBe(1000);
    expect(parsed('1000日元', 'JPY')).toBe(1000);
  });

  it('refuses more decimals than the currency has, in Chinese', () => {
    expect(parseAmount('1.234', 'CNY')).toEqual({ ok: false, message: '人民币金额最多2位小数' });
    expect(parseAmount('1.5', 'JPY')).toEqual({ ok: false, message: '日元金额不能有小数' });
    expect(parseAmount('1.2345678万', 'CNY').ok).toBe(false);
  });

  it('refuses empty, malformed and oversized input', () => {
    expect(parseAmount('  ', 'CNY')).toEqual({ ok: false, message: '不能为空' });
    for (const bad of ['abc', '1.2.3', '1e5', '万', '¥', '--1', 'HK$5']) {
      const result = parseAmount(bad, 'CNY');
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/格式不正确/);
    }
    expect(parseAmount('999999999999999999', 'CNY')).toEqual({ ok: false, message: '金额过大' });
  });
});

describe('formatting', () => {
  it('formats with thousands separators and all minor digits', () => {
    expect(formatAmount(123450, 'CNY')).toBe('1,234.50');
    expect(formatAmount(5, 'CNY')).toBe('0.05');
    expect(formatAmount(-123456789, 'USD')).toBe('-1,234,567.89');
    expect(formatAmount(1000, 'JPY')).toBe('1,000');
    expect(formatMoney(cny(123450))).toBe('¥1,234.50');
    expect(formatMoney({ amountMinor: 100000, currency: 'HKD' })).toBe('HK$1,000.00');
    expect(formatMoney({ amountMinor: -500, currency: 'USD' })).toBe('-US$5.00');
    expect(formatMoney({ amountMinor: 0, currency: 'MOP' })).toBe('MOP$0.00');
  });

  it('formats large sums in 万元 and 亿元', () => {
    expect(formatWan(cny(910_000_000))).toBe('910万元');
    expect(formatWan(cny(3_250_000_000_000))).toBe('325亿元');
    expect(formatWan(cny(5_200_000_000))).toBe('5200万元');
    expect(formatWan(cny(22_000_000_00))).toBe('2200万元');
    expect(formatWan(cny(123_456_789))).toBe('123.46万元');
    expect(formatWan(cny(123_450_000))).toBe('123.45万元');
    expect(formatWan(cny(32_512_345_678))).toBe('3.25亿元');
    expect(formatWan(cny(3_251_234_567_890))).toBe('325.12亿元');
    expect(formatWan(cny(123450))).toBe('1234.5元');
    expect(formatWan(cny(-910_000_000))).toBe('-910万元');
    expect(formatWan({ amountMinor: 50_000_000, currency: 'HKD' })).toBe('50万港币');
    expect(formatWan({ amountMinor: 12_345, currency: 'JPY' })).toBe('1.23万日元');
  });

  it('rounds half-up and carries into the next unit', () => {
    expect(formatWan(cny(12_345_000), { digits: 1 })).toBe('12.3万元');
    expect(formatWan(cny(12_350_000), { digits: 1 })).toBe('12.4万元');
    expect(formatWan(cny(12_350_000), { digits: 0 })).toBe('12万元');
    expect(formatWan(cny(9_999_999_999))).toBe('1亿元');
    expect(formatWan(cny(999_999), { digits: 1 })).toBe('1万元');
    expect(formatWan(cny(999_999))).toBe('9999.99元');
  });

  it('formats in a fixed unit for table columns', () => {
    expect(formatWan(cny(3_250_000_000_000), { unit: '万' })).toBe('3,250,000万元');
    expect(formatWan(cny(910_000_000), { unit: '亿' })).toBe('0.09亿元');
    expect(formatWan(cny(910_000_000), { unit: '元' })).toBe('9,100,000元');
  });
});

describe('adding', () => {
  it('adds and sums one currency', () => {
    expect(addMoney(cny(10), cny(20))).toEqual(cny(30));
    expect(sumMoney([cny(1), cny(2), cny(3)], 'CNY')).toEqual(cny(6));
    expect(sumMoney([], 'HKD')).toEqual({ amountMinor: 0, currency: 'HKD' });
  });

  it('refuses to mix currencies, in Chinese', () => {
    const hkd: Money = { amountMinor: 1, currency: 'HKD' };
    expect(() => addMoney(cny(1), hkd)).toThrow(CurrencyMismatchError);
    expect(() => addMoney(cny(1), hkd)).toThrow('不能直接相加人民币与港币金额');
    expect(() => sumMoney([cny(1), hkd], 'CNY')).toThrow(CurrencyMismatchError);
  });

  it('totals per currency', () => {
    const totals = sumByCurrency([
      cny(100),
      { amountMinor: 5, currency: 'HKD' },
      cny(-30),
      { amountMinor: 7, currency: 'HKD' },
    ]);
    expect([...totals]).toEqual([
      ['CNY', 70],
      ['HKD', 12],
    ]);
    expect(sumByCurrency([]).size).toBe(0);
  });

  it('refuses totals beyond exact integers', () => {
    expect(() => addMoney(cny(Number.MAX_SAFE_INTEGER), cny(1))).toThrow('金额过大');
  });

  it('is commutative and associative in minor units', () => {
    fc.assert(
      fc.property(minorArb, minorArb, minorArb, (a, b, c) => {
        expect(addMoney(cny(a), cny(b))).toEqual(addMoney(cny(b), cny(a)));
        expect(addMoney(addMoney(cny(a), cny(b)), cny(c))).toEqual(
          addMoney(cny(a), addMoney(cny(b), cny(c))),
        );
      }),
    );
  });

  it('sums per currency independently of order', () => {
    fc.assert(
      fc.property(fc.array(moneyArb, { maxLength: 30 }), (list) => {
        const forward = sumByCurrency(list);
        const backward = sumByCurrency([...list].reverse());
        expect(new Map([...backward].sort())).toEqual(new Map([...forward].sort()));
        for (const [code, total] of forward) {
          expect(
            sumMoney(
              list.filter((m) => m.currency === code),
              code,
            ).amountMinor,
          ).toBe(total);
        }
      }),
    );
  });
});

describe('parse ∘ format', () => {
  it('round-trips through formatAmount and formatMoney', () => {
    fc.assert(
      fc.property(moneyArb, (m) => {
        expect(parseAmount(formatAmount(m.amountMinor, m.currency), m.currency)).toEqual({
          ok: true,
          value: m.amountMinor,
        });
        expect(parseAmount(formatMoney(m), m.currency)).toEqual({ ok: true, value: m.amountMinor });
      }),
    );
  });

  it('round-trips 万元 text when no rounding happened', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (wanCents) => {
        const m = cny(wanCents * 100); // whole yuan, at most two decimals in 万
        expect(parseAmount(formatWan(m, { unit: '万', digits: 4 }), 'CNY')).toEqual({
          ok: true,
          value: m.amountMinor,
        });
      }),
    );
  });
});

describe('rates', () => {
  const table: RateTable = [
    { currency: 'HKD', rate: '0.8500', from: '2020-01-01' },
    { currency: 'HKD', rate: '0.9213', from: '2021-01-01' },
    { currency: 'HKD', rate: '0.9000', from: '2020-06-01' },
    { currency: 'USD', rate: '6.4', from: '2021-01-01' },
    { currency: 'USD', rate: '6.5', from: '2021-01-01' },
  ];

  it('picks the latest rate effective on the date', () => {
    expect(rateOn(table, 'HKD', '2019-12-31')).toBeUndefined();
    expect(rateOn(table, 'HKD', '2020-01-01')).toBe('0.8500');
    expect(rateOn(table, 'HKD', '2020-12-31')).toBe('0.9000');
    expect(rateOn(table, 'HKD', '2021-04-15')).toBe('0.9213');
    expect(rateOn(table, 'USD', '2021-04-15')).toBe('6.5');
    expect(rateOn(table, 'EUR', '2021-04-15')).toBeUndefined();
    expect(rateOn([], 'CNY', '2021-04-15')).toBe('1');
    expect(() => rateOn(table, 'HKD', '2021-4-15')).toThrow('日期格式不正确');
  });

  it('validates and parses rate strings', () => {
    for (const good of ['1', '0.9213', '7.1', '110.25', '0.0001'])
      expect(isValidRate(good)).toBe(true);
    for (const bad of ['', '0', '0.000', '-1', '1e3', '.5', '01.2', '1.', 'abc', '0.12345678901']) {
      expect(isValidRate(bad), bad).toBe(false);
    }
    expect(parseRate(' ０.９２１３ ')).toEqual({ ok: true, value: '0.9213' });
    expect(parseRate('007.1')).toEqual({ ok: true, value: '7.1' });
    expect(parseRate('')).toEqual({ ok: false, message: '不能为空' });
    expect(parseRate('abc').ok).toBe(false);
    expect(rateSchema.safeParse('0.9213').success).toBe(true);
    expect(rateSchema.safeParse('0').success).toBe(false);
  });

  it('converts exactly and rounds half-up to the fen', () => {
    expect(convertToCny({ amountMinor: 100000, currency: 'HKD' }, '0.9213')).toEqual(cny(92130));
    expect(convertToCny({ amountMinor: 1, currency: 'HKD' }, '0.5')).toEqual(cny(1)); // 0.5 分 → 1
    expect(convertToCny({ amountMinor: 1, currency: 'HKD' }, '0.4999')).toEqual(cny(0));
    expect(convertToCny({ amountMinor: -1, currency: 'HKD' }, '0.5')).toEqual(cny(-1));
    expect(convertToCny({ amountMinor: 10000, currency: 'JPY' }, '0.0589')).toEqual(cny(58900));
    expect(convertToCny({ amountMinor: 3, currency: 'JPY' }, '0.0589')).toEqual(cny(18)); // 17.67 分
    expect(convertToCny(cny(12345), '1')).toEqual(cny(12345));
    expect(convertToCny({ amountMinor: 10, currency: 'USD' }, '0.1')).toEqual(cny(1));
    expect(() => convertToCny(cny(1), '0.9213x')).toThrow('汇率格式不正确');
  });

  it('is monotonic in the amount and exact for a rate of 1', () => {
    const rateArb = fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 9999 }))
      .filter(([i, f]) => i + f > 0)
      .map(([i, f]) => `${i}.${String(f).padStart(4, '0')}`);
    fc.assert(
      fc.property(currencyArb, smallMinorArb, smallMinorArb, rateArb, (currency, a, b, rate) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = convertToCny({ amountMinor: lo, currency }, rate).amountMinor;
        const high = convertToCny({ amountMinor: hi, currency }, rate).amountMinor;
        expect(low).toBeLessThanOrEqual(high);
      }),
    );
    fc.assert(
      fc.property(minorArb, (a) => {
        expect(convertToCny(cny(a), '1')).toEqual(cny(a));
      }),
    );
  });
});

describe('moneySchema', () => {
  it('accepts integer minor units of a known currency only', () => {
    expect(moneySchema.safeParse({ amountMinor: 100, currency: 'MOP' }).success).toBe(true);
    expect(moneySchema.safeParse({ amountMinor: 1.5, currency: 'CNY' }).success).toBe(false);
    expect(moneySchema.safeParse({ amountMinor: 1, currency: 'XXX' }).success).toBe(false);
  });
});
