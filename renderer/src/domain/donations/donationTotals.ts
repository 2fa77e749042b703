import { campaignTotals, type RateUsed } from '../campaigns/campaignTotals';
import { CURRENCY_CODES, type CurrencyCode } from '../currencies';
import { sumByCurrency, type Money } from '../money';
import type { Donation } from '../records';

/** What a list of donations adds up to, per currency as given and converted to CNY. */
export interface DonationTotals {
  cash: {
    count: number;
    /** 金额 per currency as given, in minor units. */
    byCurrency: Map<CurrencyCode, number>;
    /** 折合人民币, in fen, of those that carry it. */
    cnyMinor: number;
  };
  goods: {
    count: number;
    /** 估值 per currency as given (the declared total, else the items'), in minor units. */
    byCurrency: Map<CurrencyCode, number>;
    /** 估值 in CNY, in fen, of those valued in CNY or converted. */
    cnyMinor: number;
    /** Goods with no 估值 at all. */
    unvalued: number;
  };
  /** Cash and goods in CNY together, in fen. */
  cnyMinor: number;
  /** The rates the donations recorded, with how many used each: by currency, then rate. */
  rates: RateUsed[];
  /** Donations in another currency with no rate (or 折合人民币): left out of the CNY totals. */
  withoutRate: number;
}

/**
 * Adds up donations: per original currency, never summed across currencies, and in CNY with the
 * rate each donation recorded. The CNY figures are those of the 专项 page (campaignTotals), so a
 * list filtered to one 专项 shows the same sums as its page.
 */
export function donationTotals(donations: readonly Donation[]): DonationTotals {
  const live = donations.filter((d) => !d.deletedAt);
  const byCampaignRules = campaignTotals(live);
  const goodsValues: Money[] = [];
  const rates = new Map<string, RateUsed>();
  let withoutRate = 0;
  let unvalued = 0;
  for (const d of live) {
    const values = declaredValues(d);
    if (d.kind === '物资') {
      goodsValues.push(...values);
      if (values.length === 0) unvalued++;
    }
    const foreign = values.find((v) => v.currency !== 'CNY');
    if (!foreign) continue;
    if (d.rate === undefined || d.cnyAmountMinor === undefined) {
      withoutRate++;
      continue;
    }
    const key = `${foreign.currency}@${d.rate}`;
    const used = rates.get(key) ?? { currency: foreign.currency, rate: d.rate, count: 0 };
    used.count++;
    rates.set(key, used);
  }
  const { cash, goods } = byCampaignRules;
  return {
    cash: { count: cash.count, byCurrency: cash.byCurrency, cnyMinor: cash.cnyMinor },
    goods: {
      count: goods.count,
      byCurrency: sumByCurrency(goodsValues),
      cnyMinor: goods.cnyMinor,
      unvalued,
    },
    cnyMinor: cash.cnyMinor + goods.cnyMinor,
    rates: [...rates.values()].sort(
      (a, b) =>
        CURRENCY_CODES.indexOf(a.currency) - CURRENCY_CODES.indexOf(b.currency) ||
        Number(a.rate) - Number(b.rate),
    ),
    withoutRate,
  };
}

/** A donation's value as given: its 金额, else (goods) its items' 估值. */
function declaredValues(d: Donation): Money[] {
  if (d.amount) return [d.amount];
  if (d.kind === '资金') return [];
  return d.items.flatMap((item) => (item.value ? [item.value] : []));
}
