import { CURRENCIES, type CurrencyCode } from '../currencies';
import { convertToCny, rateOn, type Money, type RateTable } from '../money';
import {
  formatPartialDate,
  partialDatePrecision,
  partialDateToIso,
  type PartialDate,
} from '../partialDate';

/** What the rate table says for a donation: the rate to propose, or why there is none. */
export type RateSuggestion =
  | { kind: 'cny' }
  | { kind: 'found'; rate: string; from: string }
  | { kind: 'missing'; reason: string };

/**
 * The rate in force on the donation's day. A date known only to the month or year, or a currency
 * with no rate by then, gets a reason instead of a guess: the form then asks for the rate.
 */
export function suggestRate(
  table: RateTable,
  currency: CurrencyCode,
  date: PartialDate | undefined,
): RateSuggestion {
  if (currency === 'CNY') return { kind: 'cny' };
  const name = CURRENCIES[currency].name;
  if (!date || partialDatePrecision(date) !== 'day') {
    return { kind: 'missing', reason: `捐赠日期不到日，无法从汇率表取${name}汇率，请填写汇率` };
  }
  const day = partialDateToIso(date);
  const rate = rateOn(table, currency, day);
  if (rate === undefined) {
    return {
      kind: 'missing',
      reason: `汇率表中没有${name}在${formatPartialDate(date)}有效的汇率，请填写汇率，或先在“设置 → 汇率”中添加`,
    };
  }
  const from = table
    .filter((e) => e.currency === currency && e.from <= day && e.rate === rate)
    .reduce((latest, e) => (e.from > latest ? e.from : latest), '');
  return { kind: 'found', rate, from };
}

/** 折合人民币 in fen for an amount and a rate, or undefined while either is missing. */
export function cnyMinorOf(
  amount: Money | undefined,
  rate: string | undefined,
): number | undefined {
  if (!amount) return undefined;
  if (amount.currency === 'CNY') return amount.amountMinor;
  if (!rate) return undefined;
  try {
    return convertToCny(amount, rate).amountMinor;
  } catch {
    return undefined;
  }
}
