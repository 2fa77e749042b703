import { CURRENCIES, CURRENCY_CODES, type CurrencyCode } from '../currencies';
import { parseAmount, type Money } from '../money';
import { type ParseResult } from '../parseResult';
import { fold } from '../search/fold';
import { toHalfWidth } from '../toHalfWidth';

/** Names offices give currencies besides their own (folded: 港幣 reads as 港币). */
const CURRENCY_NAMES: Readonly<Record<string, CurrencyCode>> = {
  人民币: 'CNY',
  rmb: 'CNY',
  港币: 'HKD',
  港元: 'HKD',
  港纸: 'HKD',
  澳门币: 'MOP',
  澳门元: 'MOP',
  澳币: 'MOP',
  葡币: 'MOP',
  新台币: 'TWD',
  台币: 'TWD',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  新加坡元: 'SGD',
  新币: 'SGD',
  澳元: 'AUD',
  澳大利亚元: 'AUD',
  加元: 'CAD',
  加拿大元: 'CAD',
};

type Named = readonly [string, CurrencyCode][];
// Made on first use: folding builds OpenCC's tables, which every page loading this module would
// otherwise pay for at once, pasting or not.
let words: Named | undefined;
let symbols: Named | undefined;

/** Every way of naming a currency, longest first (港元 before 元), folded. */
function currencyWords(): Named {
  words ??= [
    ...Object.entries(CURRENCY_NAMES),
    ...CURRENCY_CODES.map((code) => [code.toLowerCase(), code] as [string, CurrencyCode]),
    ...CURRENCY_CODES.map((code) => [fold(CURRENCIES[code].name), code] as [string, CurrencyCode]),
  ].sort((a, b) => b[0].length - a[0].length);
  return words;
}

/** Currency symbols, longest first so that HK$ is not read as $. */
function currencySymbols(): Named {
  symbols ??= [
    ...CURRENCY_CODES.map((code): [string, CurrencyCode] => [fold(CURRENCIES[code].symbol), code]),
    ['￥', 'CNY'] as [string, CurrencyCode],
  ].sort((a, b) => b[0].length - a[0].length);
  return symbols;
}

/** A 币种 cell: a code (HKD) or a Chinese name (港币, 港元, 港幣, 美金…). */
export function readCurrency(text: string): ParseResult<CurrencyCode> {
  const key = fold(toHalfWidth(text)).replace(/\s+/g, '');
  const found = currencyWords().find(([word]) => word === key);
  if (found) return { ok: true, value: found[1] };
  return {
    ok: false,
    message: `无法识别的币种“${text.trim()}”，请写币种代码（如 HKD）或中文名（如 港币）`,
  };
}

/**
 * The currency a column's heading names — 金额（港元）, 捐赠金额(美元), Amount (HKD) — or undefined
 * where it names none (金额, 金额（元）, 金额（万元）: 元 alone is the unit of every 元).
 */
export function currencyInHeading(heading: string): CurrencyCode | undefined {
  const key = fold(toHalfWidth(heading)).replace(/\s+/g, '');
  const found = currencyWords().find(([word]) =>
    /^[a-z]+$/.test(word)
      ? new RegExp(`(^|[^a-z])${word}($|[^a-z])`).test(key)
      : key.includes(word),
  );
  return found?.[1];
}

/**
 * An amount as ledgers write it: 500000, 500,000.00, 50万元, 50万, ¥1,000, HK$20,000, 2万港币,
 * 1.5亿元. A currency in the text must agree with the 币种 column (`currency`) when there is
 * one; with neither it is 人民币. `inWan` (a 金额（万元） heading) reads a bare number in 万.
 * `currencyFrom` names where `currency` was read, for the message when the two disagree.
 */
export function readMoney(
  text: string,
  currency?: CurrencyCode,
  inWan = false,
  currencyFrom = '币种列',
): ParseResult<Money> {
  let s = fold(toHalfWidth(text)).replace(/[,，\s]/g, '');
  let named: CurrencyCode | undefined;
  const symbol = currencySymbols().find(([sign]) => s.startsWith(sign));
  if (symbol) {
    named = symbol[1];
    s = s.slice(symbol[0].length);
  }
  const prefix = /^[a-z]{3}(?=[\d.])/.exec(s)?.[0];
  const prefixed = currencyWords().find(([word]) => word === prefix);
  if (!named && prefixed) {
    named = prefixed[1];
    s = s.slice(prefixed[0].length);
  }
  // A unit word after the number (元, 港币, 港元…) says the number is not in the heading's 万.
  let unitWritten = false;
  const word = currencyWords().find(([name]) => s.endsWith(name));
  if (word) {
    if (named && named !== word[1]) return { ok: false, message: '金额中写了两种币种' };
    named = word[1];
    s = s.slice(0, -word[0].length);
    unitWritten = true;
  } else if (s.endsWith('元')) {
    // 元 alone is the unit of any currency named 元 (港元, 澳门元): it names none.
    s = s.slice(0, -1);
    unitWritten = true;
  }
  if (/[万亿]$/.test(s)) unitWritten = true;
  const code = named ?? currency ?? 'CNY';
  if (named && currency && named !== currency) {
    return {
      ok: false,
      message: `金额写的是${CURRENCIES[named].name}，而${currencyFrom}是${CURRENCIES[currency].name}`,
    };
  }
  const amount = parseAmount(unitWritten || !inWan ? s : `${s}万`, code);
  if (!amount.ok) return amount;
  if (amount.value <= 0) return { ok: false, message: '须大于零' };
  return { ok: true, value: { amountMinor: amount.value, currency: code } };
}
