import { describe, expect, it } from 'vitest';
import {
  donationCnyValue,
  donationValue,
} from '../../../../../renderer/src/domain/donations/donationValue';
import type { Donation } from '../../../../../renderer/src/domain/records';

const base = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2020-02-03T00:00:00Z',
  updatedAt: '2020-02-03T00:00:00Z',
  rev: 1,
  deletedAt: null,
  donors: [{ type: '其他', name: '某企业', group: false }],
  items: [],
  stages: [],
  attachments: [],
  confidential: false,
} as unknown as Donation;

const item = (amountMinor: number, currency = 'CNY') => ({
  name: '口罩',
  quantity: 1,
  value: { amountMinor, currency },
});

describe('donationValue', () => {
  it('is the 金额 of cash, and of goods with a declared total', () => {
    const cash = {
      ...base,
      kind: '资金',
      amount: { amountMinor: 500, currency: 'HKD' },
    } as Donation;
    expect(donationValue(cash)).toEqual({ amountMinor: 500, currency: 'HKD' });
    const declared = {
      ...base,
      kind: '物资',
      amount: { amountMinor: 900, currency: 'CNY' },
      items: [item(100)],
    } as Donation;
    expect(donationValue(declared)).toEqual({ amountMinor: 900, currency: 'CNY' });
  });

  it('adds up the items of goods with no declared total, in one currency only', () => {
    const goods = {
      ...base,
      kind: '物资',
      items: [item(30_000_000), item(15_000_000)],
    } as Donation;
    expect(donationValue(goods)).toEqual({ amountMinor: 45_000_000, currency: 'CNY' });
    expect(donationCnyValue(goods)).toEqual({ amountMinor: 45_000_000, currency: 'CNY' });
    const mixed = { ...base, kind: '物资', items: [item(100), item(200, 'HKD')] } as Donation;
    expect(donationValue(mixed)).toBeUndefined();
    expect(donationValue({ ...base, kind: '物资' } as Donation)).toBeUndefined();
  });

  it('is in CNY only as given in CNY or as recorded in 折合人民币, never by a guessed rate', () => {
    const hkdGoods = { ...base, kind: '物资', items: [item(1000, 'HKD')] } as Donation;
    expect(donationCnyValue(hkdGoods)).toBeUndefined();
    expect(donationCnyValue({ ...hkdGoods, rate: '0.9', cnyAmountMinor: 900 } as Donation)).toEqual(
      {
        amountMinor: 900,
        currency: 'CNY',
      },
    );
  });
});
