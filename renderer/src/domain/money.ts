import { CURRENCIES, type CurrencyCode } from './currencies';
import { type ParseResult } from './parseResult';
import { toHalfWidth } from './toHalfWidth';

/** An amount of money: integer minor units (分, cents; whole yen for JPY) and its currency. */
export interface Money {
  amountMinor: number;
  currency: CurrencyCode;
}

/** One dated exchange rate: CNY per one unit of `currency`, effective from `from` (YYYY-MM-DD). */
export interface RateEntry {
  currency: CurrencyCode;
  /** A positive decimal string such as "0.9213"; never a float. */
  rate: string;
  from: string;
}

export type RateTable = readonly RateEntry[];

const RATE_PATTERN = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,10})?$/;
const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown when amounts in different currencies are added together. */
export class CurrencyMismatchError extends Error {
  constructor(a: CurrencyCode, b: CurrencyCode) {
    super(
      `不能直接相加${CURRENCIES[a].name}与${CURRENCIES[b].name}金额，请分币种合计或先折算为人民币。`,
    );
    this.name = 'CurrencyMismatchError';
  }
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Integer division rounding half away from zero (“四舍五入” on magnitudes). */
function divRoundHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

function toSafeNumber(value: bigint): number | undefined {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    return undefined;
  }
  const n = Number(value);
  return n === 0 ? 0 : n; // never -0
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function stripAffix(text: string, affixes: readonly string[], where: 'start' | 'end'): string {
  for (const affix of [...affixes].sort((a, b) => b.length - a.length)) {
    if (where === 'start' && text.startsWith(affix)) return text.slice(affix.length).trim();
    if (where === 'end' && text.endsWith(affix)) return text.slice(0, -affix.length).trim();
  }
  return text;
}

/**
 * Parses a typed amount into exact minor units.
 *
 * Accepts thousands separators, full-width digits, the currency's symbol or code, a trailing
 * 元 or currency name, and 万/亿 (“910万” → 9,100,000). Extra trailing zeros are allowed; any
 * other digit beyond the currency's minor unit is refused rather than rounded.
 */
export function parseAmount(text: string, currency: CurrencyCode): ParseResult<number> {
  const info = CURRENCIES[currency];
  let s = toHalfWidth(text).replace(/[,，\s]/g, '');
  if (s === '') return { ok: false, message: '不能为空' };
  let sign = 1n;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1n;
    s = s.slice(1);
  }
  const prefixes =
    currency === 'CNY' ? [info.symbol, '￥', 'RMB', 'CNY'] : [info.symbol, info.code];
  s = stripAffix(s, prefixes, 'start');
  s = stripAffix(s, [info.name, info.code, '元'], 'end');
  const match = /^(\d*)(?:\.(\d*))?(万|亿)?$/.exec(s);
  const intPart = match?.[1] ?? '';
  const fracPart = match?.[2] ?? '';
  if (!match || intPart + fracPart === '') {
    return { ok: false, message: '格式不正确，请输入数字，如 1,234.50' };
  }
  const shift = match[3] === '亿' ? 8 : match[3] === '万' ? 4 : 0;
  // Move the decimal point right by `shift`, then by the currency's minor digits.
  const digits = intPart + fracPart;
  const pointAt = intPart.length + shift + info.minorDigits;
  const whole = digits.slice(0, pointAt).padEnd(pointAt, '0');
  const rest = digits.slice(pointAt);
  if (/[1-9]/.test(rest)) {
    return {
      ok: false,
      message:
        info.minorDigits === 0
          ? `${info.name}金额不能有小数`
          : `${info.name}金额最多${info.minorDigits}位小数`,
    };
  }
  const value = toSafeNumber(sign * BigInt(whole === '' ? '0' : whole));
  if (value === undefined) return { ok: false, message: '金额过大' };
  return { ok: true, value };
}

/** Formats minor units as a plain grouped number with all minor digits: 123450 → "1,234.50". */
export function formatAmount(amountMinor: number, currency: CurrencyCode): string {
  const digits = CURRENCIES[currency].minorDigits;
  const abs = BigInt(Math.abs(amountMinor));
  const major = groupThousands((abs / pow10(digits)).toString());
  const minor = digits > 0 ? '.' + (abs % pow10(digits)).toString().padStart(digits, '0') : '';
  return (amountMinor < 0 ? '-' : '') + major + minor;
}

/** Formats money with its symbol: "¥1,234.50", "HK$1,000.00", "-US$5.00", "JP¥1,000". */
export function formatMoney(money: Money): string {
  const text = formatAmount(money.amountMinor, money.currency);
  const symbol = CURRENCIES[money.currency].symbol;
  return text.startsWith('-') ? `-${symbol}${text.slice(1)}` : symbol + text;
}

/** Options of {@link formatWan}. */
export interface FormatWanOptions {
  /** Maximum fraction digits after rounding half-up; trailing zeros are dropped. Default 2. */
  digits?: number;
  /** 'auto' picks 亿 from 1亿, 万 from 1万, else plain; a fixed unit suits table columns. */
  unit?: 'auto' | '元' | '万' | '亿';
}

const UNIT_SHIFT = { 元: 0, 万: 4, 亿: 8 } as const;

/**
 * Formats money the way people read large sums: 910000000 分 → "910万元", "325亿元", "12.35万港币".
 *
 * The unit word is 元 for CNY and the currency's Chinese name otherwise. Digits are grouped only
 * when the integer part reaches five digits, so "5200万元" stays as written in reports.
 */
export function formatWan(money: Money, options: FormatWanOptions = {}): string {
  const { digits = 2, unit = 'auto' } = options;
  const info = CURRENCIES[money.currency];
  const minor = BigInt(money.amountMinor);
  const render = (u: keyof typeof UNIT_SHIFT): { text: string; rounded: bigint } => {
    const rounded = divRoundHalfUp(minor * pow10(digits), pow10(info.minorDigits + UNIT_SHIFT[u]));
    const abs = rounded < 0n ? -rounded : rounded;
    const intPart = (abs / pow10(digits)).toString();
    const frac = digits > 0 ? (abs % pow10(digits)).toString().padStart(digits, '0') : '';
    const fracText = frac.replace(/0+$/, '');
    const number =
      (intPart.length >= 5 ? groupThousands(intPart) : intPart) + (fracText ? '.' + fracText : '');
    const word = (u === '元' ? '' : u) + (money.currency === 'CNY' ? '元' : info.name);
    return { text: (rounded < 0n ? '-' : '') + number + word, rounded: abs / pow10(digits) };
  };
  if (unit !== 'auto') return render(unit).text;
  const absMajor = (minor < 0n ? -minor : minor) / pow10(info.minorDigits);
  let chosen: keyof typeof UNIT_SHIFT =
    absMajor >= 100_000_000n ? '亿' : absMajor >= 10_000n ? '万' : '元';
  let out = render(chosen);
  // Rounding may carry into the next unit: 9999.999万 → 1亿.
  while (chosen !== '亿' && out.rounded >= 10_000n) {
    chosen = chosen === '元' ? '万' : '亿';
    out = render(chosen);
  }
  return out.text;
}

function assertSafe(value: bigint): number {
  const n = toSafeNumber(value);
  if (n === undefined) throw new RangeError('金额过大，超出可精确表示的范围。');
  return n;
}

/** Adds two amounts of the same currency; throws {@link CurrencyMismatchError} otherwise. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return {
    amountMinor: assertSafe(BigInt(a.amountMinor) + BigInt(b.amountMinor)),
    currency: a.currency,
  };
}

/** Sums amounts that must all be in `currency` (an empty list is zero). */
export function sumMoney(list: readonly Money[], currency: CurrencyCode): Money {
  let total = 0n;
  for (const m of list) {
    if (m.currency !== currency) throw new CurrencyMismatchError(currency, m.currency);
    total += BigInt(m.amountMinor);
  }
  return { amountMinor: assertSafe(total), currency };
}

/** Totals per original currency, in minor units; currencies keep their first-seen order. */
export function sumByCurrency(list: readonly Money[]): Map<CurrencyCode, number> {
  const totals = new Map<CurrencyCode, bigint>();
  for (const m of list)
    totals.set(m.currency, (totals.get(m.currency) ?? 0n) + BigInt(m.amountMinor));
  return new Map([...totals].map(([code, total]) => [code, assertSafe(total)]));
}

/** Whether `rate` is a stored rate string: a positive plain decimal such as "0.9213". */
export function isValidRate(rate: string): boolean {
  return RATE_PATTERN.test(rate) && /[1-9]/.test(rate);
}

/** Parses a typed rate ("０.９２１３", " 7.1 ") into its stored decimal string. */
export function parseRate(text: string): ParseResult<string> {
  const s = toHalfWidth(text).replace(/\s/g, '');
  if (s === '') return { ok: false, message: '不能为空' };
  const normalized = s.replace(/^0+(?=\d)/, '');
  if (!isValidRate(normalized)) {
    return { ok: false, message: '格式不正确，应为大于零的数字，如 0.9213' };
  }
  return { ok: true, value: normalized };
}

/**
 * The rate effective on `date` (YYYY-MM-DD): the entry with the latest `from` not after it.
 *
 * CNY is always "1". Returns undefined when the table has no rate for that currency by then;
 * among entries with the same `from`, the later one in the table wins.
 */
export function rateOn(table: RateTable, currency: CurrencyCode, date: string): string | undefined {
  if (currency === 'CNY') return '1';
  if (!ISO_DAY_PATTERN.test(date)) throw new RangeError(`日期格式不正确：${date}`);
  let best: RateEntry | undefined;
  for (const entry of table) {
    if (entry.currency !== currency || entry.from > date) continue;
    if (!best || entry.from >= best.from) best = entry;
  }
  return best?.rate;
}

/** Converts to CNY with exact decimal arithmetic, rounding half-up to the fen. */
export function convertToCny(money: Money, rate: string): Money {
  if (!isValidRate(rate)) throw new RangeError(`汇率格式不正确：${rate}`);
  const [intPart, fracPart = ''] = rate.split('.');
  const scaledRate = BigInt((intPart ?? '0') + fracPart);
  const fromDigits = CURRENCIES[money.currency].minorDigits;
  const numerator = BigInt(money.amountMinor) * scaledRate * pow10(CURRENCIES.CNY.minorDigits);
  const fen = divRoundHalfUp(numerator, pow10(fromDigits + fracPart.length));
  return { amountMinor: assertSafe(fen), currency: 'CNY' };
}
