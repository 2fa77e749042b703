import { describe, expect, it } from 'vitest';
import { donationTotals } from '../../../../../renderer/src/domain/donations/donationTotals';
import type { Donation } from '../../../../../renderer/src/domain/records';

let n = 0;
function donation(fields: Partial<Donation>): Donation {
  n++;
  return {
    id: `d${n}`,
    createdAt: 't',
    updatedAt: 't',
    rev: 1,
    deletedAt: null,
    kind: '资金',
    donors: [{ type: '其他', name: '某', group: false }],
    items: [],
    stages: [],
    date: { year: 2020 },
    confidential: false,
    inTimeline: false,
    attachments: [],
    ...fields,
  } as Donation;
}

describe('donationTotals', () => {
  it('sums each currency as given and, with each donation’s own rate, in CNY, naming the rates in currency order', () => {
    const totals = donationTotals([
      donation({
        amount: { amountMinor: 2_000_00, currency: 'MOP' },
        rate: '0.87',
        cnyAmountMinor: 1_740_00,
      }),
      donation({ amount: { amountMinor: 1_234_00, currency: 'CNY' } }),
      donation({
        amount: { amountMinor: 10_000_00, currency: 'HKD' },
        rate: '0.92',
        cnyAmountMinor: 9_200_00,
      }),
      donation({
        amount: { amountMinor: 5_000_00, currency: 'HKD' },
        rate: '0.9',
        cnyAmountMinor: 4_500_00,
      }),
      donation({ amount: { amountMinor: 999_00, currency: 'CNY' }, deletedAt: '2024-01-01' }),
    ]);
    expect(new Map(totals.cash.byCurrency)).toEqual(
      new Map([
        ['CNY', 1_234_00],
        ['HKD', 15_000_00],
        ['MOP', 2_000_00],
      ]),
    );
    // 1,234 + 9,200 + 4,500 + 1,740 = 16,674 元; the deleted one is not counted.
    expect(totals.cash.count).toBe(4);
    expect(totals.cash.cnyMinor).toBe(16_674_00);
    expect(totals.cnyMinor).toBe(16_674_00);
    expect(totals.rates).toEqual([
      { currency: 'HKD', rate: '0.9', count: 1 },
      { currency: 'HKD', rate: '0.92', count: 1 },
      { currency: 'MOP', rate: '0.87', count: 1 },
    ]);
    expect(totals.withoutRate).toBe(0);
  });

  it('adds goods by their value, in CNY with their rate, and counts what has no rate or value', () => {
    const totals = donationTotals([
      donation({ amount: { amountMinor: 500_00, currency: 'CNY' } }),
      donation({
        kind: '物资',
        items: [
          { name: '口罩', quantity: 10, value: { amountMinor: 300_00, currency: 'CNY' } },
          { name: '手套', quantity: 10, value: { amountMinor: 200_00, currency: 'CNY' } },
        ],
      }),
      donation({
        kind: '物资',
        amount: { amountMinor: 8_000_00, currency: 'HKD' },
        rate: '0.8976',
        cnyAmountMinor: 7_180_80,
        items: [{ name: '呼吸机', quantity: 1 }],
      }),
      // Valued in 港币 with no rate: not in the CNY total, and flagged.
      donation({
        kind: '物资',
        items: [{ name: '药品', quantity: 1, value: { amountMinor: 100_00, currency: 'HKD' } }],
      }),
      donation({ kind: '物资', items: [{ name: '书', quantity: 100 }] }),
    ]);
    expect(totals.goods.count).toBe(4);
    expect([...totals.goods.byCurrency]).toEqual([
      ['CNY', 500_00],
      ['HKD', 8_100_00],
    ]);
    // 300 + 200 + 7,180.80 = 7,680.80 元 of goods, 500 元 of cash.
    expect(totals.goods.cnyMinor).toBe(7_680_80);
    expect(totals.cnyMinor).toBe(8_180_80);
    expect(totals.goods.unvalued).toBe(1);
    expect(totals.withoutRate).toBe(1);
    expect(totals.rates).toEqual([{ currency: 'HKD', rate: '0.8976', count: 1 }]);
  });
});
