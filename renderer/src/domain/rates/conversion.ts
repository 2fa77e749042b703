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
  | {
      kind: 'found';
      rate: string;
      from: string;
      /** The newest rate the table has began over a year before the donation: to be checked. */
      stale: boolean;
    }
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
  return { kind: 'found', rate, from, stale: daysBetween(from, day) > STALE_AFTER_DAYS };
}

/**
 * A rate that began more than a year before the donation is most likely one nobody has updated
 * since: the form says so, rather than converting years later at it without a word.
 */
const STALE_AFTER_DAYS = 366;

function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000;
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
