import type { Money } from '../money';
import type { Donation } from '../records';

/**
 * A donation's value as given: its 金额 — for goods the declared total, else the sum of its items'
 * 估值 when they are in one currency. Undefined for goods not valued, or valued in several
 * currencies (which are never summed across).
 */
export function donationValue(d: Donation): Money | undefined {
  if (d.amount || d.kind === '资金') return d.amount;
  const values = d.items.flatMap((item) => (item.value ? [item.value] : []));
  const [first] = values;
  if (!first || values.some((v) => v.currency !== first.currency)) return undefined;
  return {
    amountMinor: values.reduce((sum, v) => sum + v.amountMinor, 0),
    currency: first.currency,
  };
}

/**
 * A donation's value in CNY: a value given in CNY, else the 折合人民币 it recorded. Undefined for a
 * foreign value without one (the lists and totals say so rather than guess a rate).
 */
export function donationCnyValue(d: Donation): Money | undefined {
  if (d.cnyAmountMinor !== undefined) return { amountMinor: d.cnyAmountMinor, currency: 'CNY' };
  const value = donationValue(d);
  return value?.currency === 'CNY' ? value : undefined;
}
