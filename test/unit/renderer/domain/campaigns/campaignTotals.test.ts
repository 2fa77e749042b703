import { describe, expect, it } from 'vitest';
import { campaignTotals } from '../../../../../renderer/src/domain/campaigns/campaignTotals';
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

describe('campaignTotals', () => {
  it('adds cash per currency as given and in CNY at each donation’s own rate, naming the rates', () => {
    const totals = campaignTotals([
      donation({ amount: { amountMinor: 100_00, currency: 'CNY' }, purpose: '助学' }),
      donation({
        amount: { amountMinor: 1000_00, currency: 'HKD' },
        rate: '0.9',
        cnyAmountMinor: 900_00,
        purpose: '助学',
      }),
      donation({
        amount: { amountMinor: 500_00, currency: 'HKD' },
        rate: '0.9',
        cnyAmountMinor: 450_00,
        purpose: '医疗卫生',
      }),
      donation({ amount: { amountMinor: 300_00, currency: 'MOP' } }),
      donation({ amount: { amountMinor: 1_00, currency: 'CNY' }, deletedAt: 'x' }),
    ]);
    expect(totals.cash.count).toBe(4);
    expect([...totals.cash.byCurrency]).toEqual([
      ['CNY', 100_00],
      ['HKD', 1500_00],
      ['MOP', 300_00],
    ]);
    expect(totals.cash.cnyMinor).toBe(1450_00);
    expect(totals.cash.unconverted).toBe(1);
    expect(totals.cash.rates).toEqual([{ currency: 'HKD', rate: '0.9', count: 2 }]);
    expect([...totals.cash.cnyByPurpose]).toEqual([
      ['助学', 1000_00],
      ['医疗卫生', 450_00],
    ]);
  });

  it('values goods in CNY by their 折合人民币, else their CNY items, and counts the rest', () => {
    const totals = campaignTotals([
      donation({ kind: '物资', cnyAmountMinor: 2000_00 }),
      donation({
        kind: '物资',
        items: [
          { name: '口罩', quantity: 1, value: { amountMinor: 30_00, currency: 'CNY' } },
          { name: '手套', quantity: 1, value: { amountMinor: 20_00, currency: 'CNY' } },
        ],
      }),
      donation({
        kind: '物资',
        items: [{ name: '药', quantity: 1, value: { amountMinor: 5_00, currency: 'HKD' } }],
      }),
    ]);
    expect(totals.goods).toEqual({ count: 3, cnyMinor: 2050_00, unvalued: 1 });
  });
});
