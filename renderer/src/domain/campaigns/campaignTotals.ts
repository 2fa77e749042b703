import type { CurrencyCode } from '../currencies';
import { sumByCurrency, type Money } from '../money';
import { donationCnyValue } from '../donations/donationValue';
import type { Donation } from '../records';

/** A rate as the donations recorded it, and how many donations used it. */
export interface RateUsed {
  currency: CurrencyCode;
  rate: string;
  count: number;
}

/** What a 专项's donations add up to: never two currencies summed unconverted. */
export interface CampaignTotals {
  cash: {
    count: number;
    /** Per currency as given, in minor units. */
    byCurrency: Map<CurrencyCode, number>;
    /** 折合人民币 of those that carry it, in fen. */
    cnyMinor: number;
    /** Foreign-currency donations with no 折合人民币: left out of cnyMinor, and said so. */
    unconverted: number;
    rates: RateUsed[];
    /** 折合人民币 per 用途 (未注明 for none), in the order first met. */
    cnyByPurpose: Map<string, number>;
  };
  goods: {
    count: number;
    /** 估值 in CNY, in fen: a donation's 折合人民币, else its CNY 金额 or items. */
    cnyMinor: number;
    /** Goods valued only in another currency, or not at all. */
    unvalued: number;
  };
}

/**
 * Adds up a 专项's live donations: cash per currency as given and, converted with the rate each
 * donation recorded, in CNY; goods by their value in CNY. Which rates were used is kept, so the
 * page can say so.
 */
export function campaignTotals(donations: readonly Donation[]): CampaignTotals {
  const cashAmounts: Money[] = [];
  let cashCny = 0;
  let unconverted = 0;
  const rates = new Map<string, RateUsed>();
  const byPurpose = new Map<string, number>();
  let goodsCount = 0;
  let goodsCny = 0;
  let unvalued = 0;
  for (const d of donations) {
    if (d.deletedAt) continue;
    if (d.kind === '资金') {
      if (!d.amount) continue;
      cashAmounts.push(d.amount);
      const cny = d.amount.currency === 'CNY' ? d.amount.amountMinor : d.cnyAmountMinor;
      if (cny === undefined) unconverted++;
      else {
        cashCny += cny;
        const purpose = d.purpose ?? '未注明';
        byPurpose.set(purpose, (byPurpose.get(purpose) ?? 0) + cny);
      }
      if (d.amount.currency !== 'CNY' && d.rate) {
        const key = `${d.amount.currency}@${d.rate}`;
        const used = rates.get(key) ?? { currency: d.amount.currency, rate: d.rate, count: 0 };
        used.count++;
        rates.set(key, used);
      }
      continue;
    }
    goodsCount++;
    const value = donationCnyValue(d)?.amountMinor;
    if (value === undefined) unvalued++;
    else goodsCny += value;
  }
  return {
    cash: {
      count: cashAmounts.length,
      byCurrency: sumByCurrency(cashAmounts),
      cnyMinor: cashCny,
      unconverted,
      rates: [...rates.values()],
      cnyByPurpose: byPurpose,
    },
    goods: { count: goodsCount, cnyMinor: goodsCny, unvalued },
  };
}
