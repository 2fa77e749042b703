import { z } from 'zod';
import { CURRENCIES, CURRENCY_CODES, type CurrencyCode } from '../currencies';
import { parseRate, type RateEntry } from '../money';
import { rateSchema } from '../moneySchemas';
import type { ParseResult } from '../parseResult';
import { readDate } from '../paste/cellReaders';
import { readPastedRows } from '../paste/readPastedRows';

/** Other names offices give the currencies: 港元 for 港币, 美金 for 美元, 澳门元 for 澳门币. */
const CURRENCY_ALIASES: Readonly<Record<string, CurrencyCode>> = {
  港元: 'HKD',
  港幣: 'HKD',
  澳门元: 'MOP',
  澳門元: 'MOP',
  澳门币: 'MOP',
  澳門幣: 'MOP',
  澳币: 'MOP',
  新台幣: 'TWD',
  台币: 'TWD',
  美金: 'USD',
  美圆: 'USD',
  歐元: 'EUR',
  英鎊: 'GBP',
  日圓: 'JPY',
  新币: 'SGD',
  人民幣: 'CNY',
  元: 'CNY',
};

/** The currency a cell names: its code (hkd, ＨＫＤ) or its Chinese name. */
export function readCurrency(text: string): ParseResult<CurrencyCode> {
  // NFKC: letters typed full-width with a Chinese IME (ＨＫＤ) read as HKD.
  const s = text.normalize('NFKC').trim();
  const code = s.toUpperCase();
  if ((CURRENCY_CODES as readonly string[]).includes(code)) {
    return { ok: true, value: code as CurrencyCode };
  }
  const byName = CURRENCY_CODES.find((c) => CURRENCIES[c].name === s) ?? CURRENCY_ALIASES[s];
  if (byName) return { ok: true, value: byName };
  return { ok: false, message: `不认识的币种“${s}”，请写代码（如 HKD）或名称（如 港币）` };
}

/** A 起始日期 as offices write it, to the day: 2020-02-01, 2020.2.1, 2020年2月1日. */
export function readRateDate(text: string): ParseResult<string> {
  const read = readDate(text);
  if (!read.ok) return read;
  const { year, month, day } = read.value;
  if (month === undefined || day === undefined) {
    return { ok: false, message: '须精确到日，如 2020-02-01' };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** One pasted line: the entry it gives, or why it gives none. Lines are numbered from 1. */
export type RateRow =
  | { line: number; cells: string[]; entry: RateEntry }
  | { line: number; cells: string[]; error: string };

/**
 * The rates in rows copied from a spreadsheet: 币种 · 日期 · 汇率 in that order, with or without
 * a heading row. CNY needs no rate (it is always 1) and is refused, so that nobody types one.
 */
export function readRateRows(text: string): RateRow[] {
  const rows = readPastedRows(text);
  const first = rows[0]?.join('') ?? '';
  const body = /币种|币别|日期|汇率/.test(first) ? rows.slice(1) : rows;
  const offset = rows.length - body.length;
  const read = body.map((cells, i): RateRow => {
    const line = i + 1 + offset;
    const [currencyText = '', dateText = '', rateText = ''] = cells.map((c) => c.trim());
    const currency = readCurrency(currencyText);
    if (!currency.ok) return { line, cells, error: `币种：${currency.message}` };
    if (currency.value === 'CNY') return { line, cells, error: '币种：人民币无需汇率' };
    const from = readRateDate(dateText);
    if (!from.ok) return { line, cells, error: `日期：${from.message}` };
    const rate = parseRate(rateText);
    if (!rate.ok) return { line, cells, error: `汇率：${rate.message}` };
    return { line, cells, entry: { currency: currency.value, from: from.value, rate: rate.value } };
  });
  // One currency and date twice: the last line stands, as when typing them in one by one.
  const lastLine = new Map<string, number>();
  for (const row of read) if ('entry' in row) lastLine.set(rateKey(row.entry), row.line);
  return read.map((row) => {
    if (!('entry' in row)) return row;
    const last = lastLine.get(rateKey(row.entry)) ?? row.line;
    if (last === row.line) return row;
    return {
      line: row.line,
      cells: row.cells,
      error: `与第 ${last} 行币种、日期相同，以第 ${last} 行为准`,
    };
  });
}

/** A currency as tables name it: 港币（HKD）. */
export { currencyLabel } from '../currencies';

/** A rate's start day as the office writes dates (2024-01-01 → 2024年1月1日). */
export function rateDayText(from: string): string {
  const [year, month, day] = from.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Entries of one currency and start date are one entry: a later one replaces it. */
export function rateKey(entry: Pick<RateEntry, 'currency' | 'from'>): string {
  return `${entry.currency}@${entry.from}`;
}

/** A rate entry as stored: checked on every write and on every read. */
export const rateEntrySchema = z.object({
  currency: z.enum(CURRENCY_CODES).refine((c) => c !== 'CNY', { message: '人民币无需汇率' }),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '起始日期须为 YYYY-MM-DD' }),
  rate: rateSchema,
});
