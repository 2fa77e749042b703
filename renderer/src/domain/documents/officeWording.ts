import { CURRENCIES } from '../currencies';
import { sumMoney, type Money } from '../money';
import type { Donation, GoodsItem } from '../records';

/** Groups the integer part in thousands once it reaches five digits, as formatWan does. */
function group(intPart: string): string {
  return intPart.length >= 5 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : intPart;
}

/**
 * A whole number of minor units divided by 10^shift as exact decimal text, or undefined when it
 * needs more than `maxFraction` fraction digits (we never round a sum someone gave).
 */
function exactDecimal(minor: bigint, shift: number, maxFraction: number): string | undefined {
  const divisor = 10n ** BigInt(shift);
  const whole = minor / divisor;
  const fraction = (minor % divisor).toString().padStart(shift, '0').replace(/0+$/, '');
  if (fraction.length > maxFraction) return undefined;
  return group(whole.toString()) + (fraction ? `.${fraction}` : '');
}

/**
 * An amount as an office writes it in a letter or a report: 港币200万元, 人民币910万元,
 * 5万美元, 港币1.5亿元, 澳门币1,234.50元.
 *
 * Currencies named …币 put the name first and count in 元; the others (美元, 英镑, 日元 …) end with
 * their name. 万 and 亿 are used only where they state the sum exactly.
 */
export function officeAmount(money: Money): string {
  const info = CURRENCIES[money.currency];
  const negative = money.amountMinor < 0;
  const minor = BigInt(Math.abs(money.amountMinor));
  const digits = info.minorDigits;
  const major = minor / 10n ** BigInt(digits);
  let number: string | undefined;
  let unit = '';
  if (major >= 100_000_000n) {
    number = exactDecimal(minor, digits + 8, 2);
    unit = '亿';
  }
  if (number === undefined && major >= 10_000n) {
    number = exactDecimal(minor, digits + 4, 2);
    unit = '万';
  }
  if (number === undefined) {
    unit = '';
    const fraction = minor % 10n ** BigInt(digits);
    number =
      group(major.toString()) +
      (fraction > 0n ? `.${fraction.toString().padStart(digits, '0')}` : '');
  }
  const sign = negative ? '-' : '';
  return info.name.endsWith('币')
    ? `${info.name}${sign}${number}${unit}元`
    : `${sign}${number}${unit}${info.name}`;
}

/** A quantity of goods as written in a letter: 200万 (只), 4万 (套), 30 (台), 2.5 (吨). */
export function officeQuantity(quantity: number): string {
  if (quantity >= 10_000 && Number.isInteger(quantity / 100)) {
    return `${String(quantity / 10_000)}万`;
  }
  if (!Number.isInteger(quantity)) return String(quantity);
  return group(String(quantity));
}

/** How many goods lines a summary names before it says 等N类物资. */
const NAMED_ITEMS = 3;

/**
 * Goods in a line of text: 医用外科口罩200万只、KN95口罩80万只、医用防护服10万套等4类物资.
 *
 * Up to three lines are named; with more, the count of kinds follows.
 */
export function goodsSummary(items: readonly GoodsItem[]): string {
  if (items.length === 0) return '';
  const named = items
    .slice(0, NAMED_ITEMS)
    .map((item) => `${item.name}${officeQuantity(item.quantity)}${item.unit ?? ''}`)
    .join('、');
  return items.length > NAMED_ITEMS ? `${named}等${items.length}类物资` : named;
}

/**
 * What a gift of goods was worth in its own currency: the declared 金额, else the items' 估值
 * when they are all in one currency; undefined when unvalued.
 */
export function goodsValue(donation: Pick<Donation, 'amount' | 'items'>): Money | undefined {
  if (donation.amount) return donation.amount;
  const values = donation.items.flatMap((item) => (item.value ? [item.value] : []));
  const first = values[0];
  if (!first || values.some((value) => value.currency !== first.currency)) return undefined;
  return sumMoney(values, first.currency);
}
