import { type ParseResult } from './parseResult';
import { toHalfWidth } from './toHalfWidth';

/** Notes allowed after a year-only date: 2021年初, 2021年上半年, 2021年底. */
export const YEAR_NOTES = ['初', '上半年', '中', '下半年', '底'] as const;
/** Notes allowed after a month-only date: 4月初, 4月上旬, 4月底. */
export const MONTH_NOTES = ['初', '上旬', '中旬', '下旬', '底'] as const;

export type PartialDateNote = (typeof YEAR_NOTES)[number] | (typeof MONTH_NOTES)[number];

/**
 * A date known to the day, the month or only the year (“2021年初” is year 2021, note 初).
 *
 * `day` requires `month`. The note refines a date without a day for display only; it does not
 * move the date in sort order (an entry stays 是月 / 是年).
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  note?: PartialDateNote;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a partial date is not a real date, in Chinese, or null when it is valid. */
export function partialDateError(d: PartialDate): string | null {
  if (!Number.isInteger(d.year) || d.year < MIN_YEAR || d.year > MAX_YEAR) {
    return `年份应在${MIN_YEAR}至${MAX_YEAR}之间`;
  }
  if (d.month === undefined) {
    if (d.day !== undefined) return '填写了日而没有填写月';
    if (d.note !== undefined && !(YEAR_NOTES as readonly string[]).includes(d.note)) {
      return `“${d.note}”不能用于只有年份的日期`;
    }
    return null;
  }
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return '月份应在1至12之间';
  if (d.day === undefined) {
    if (d.note !== undefined && !(MONTH_NOTES as readonly string[]).includes(d.note)) {
      return `“${d.note}”不能用于只有年月的日期`;
    }
    return null;
  }
  if (d.note !== undefined) return '具体到日的日期不能再加“初”“底”等说明';
  const max = daysInMonth(d.year, d.month);
  if (!Number.isInteger(d.day) || d.day < 1 || d.day > max) {
    return `${d.year}年${d.month}月没有${d.day}日`;
  }
  return null;
}

/** Whether a partial date is a real calendar date (leap years included). */
export function isValidPartialDate(d: PartialDate): boolean {
  return partialDateError(d) === null;
}

/** The precision of a partial date. */
export function partialDatePrecision(d: PartialDate): 'day' | 'month' | 'year' {
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

/** Chinese without zero padding: 2021年4月15日 · 2021年4月 · 2021年 · 2021年初. */
export function formatPartialDate(d: PartialDate): string {
  return `${d.year}年${afterYear(d)}`;
}

/**
 * The date without its year, for lines under a year heading: 4月15日 · 4月 · 4月上旬.
 *
 * A year-only date has nothing shorter and keeps its year (2021年, 2021年初).
 */
export function formatPartialDateShort(d: PartialDate): string {
  return d.month === undefined ? formatPartialDate(d) : afterYear(d);
}

function afterYear(d: PartialDate): string {
  const note = d.note ?? '';
  if (d.month === undefined) return note;
  if (d.day === undefined) return `${d.month}月${note}`;
  return `${d.month}月${d.day}日`;
}

/** ISO 8601 at the date's precision: "2021-04-15", "2021-04", "2021" (the note is dropped). */
export function partialDateToIso(d: PartialDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** A day kept as YYYY-MM-DD (a rate's first day) as a user reads it: 2020年2月1日. */
export function formatIsoDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return formatPartialDate({ year, month, day });
}

/** Today where the user is (not in UTC: a day begun in Beijing is not yesterday), YYYY-MM-DD. */
export function localTodayIso(now: Date = new Date()): string {
  return partialDateToIso({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
  });
}

/**
 * Whether every day a partial date can mean is after `todayIso`: 2027年 is in 2026, 2026年 and
 * 2026年11月 are not on 2026-11-30.
 */
export function isAfterDay(d: PartialDate, todayIso: string): boolean {
  return partialDateFirstDay(d) > todayIso;
}

/** The first day a partial date can mean, as YYYY-MM-DD (for looking up a rate). */
export function partialDateFirstDay(d: PartialDate): string {
  return partialDateToIso({ year: d.year, month: d.month ?? 1, day: d.day ?? 1 });
}

/**
 * Parses typical Chinese and ISO inputs into a partial date.
 *
 * Accepts 2021年4月15日 (or 号), 2021-04-15, 2021/4/15, 2021.4.15, 20210415, 2021年4月, 2021-04,
 * 2021, 2021年, 2021年初/底/上半年, 2021年4月上旬, and full-width digits.
 */
export function parsePartialDate(text: string): ParseResult<PartialDate> {
  const s = toHalfWidth(text).replace(/\s/g, '');
  if (s === '') return { ok: false, message: '不能为空' };
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  let note: string | undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const chinese =
    /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?(初|上半年|中|下半年|底|上旬|中旬|下旬)?$/.exec(
      s,
    );
  const numeric = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/.exec(s);
  if (compact) {
    [year, month, day] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  } else if (chinese) {
    year = Number(chinese[1]);
    month = chinese[2] === undefined ? undefined : Number(chinese[2]);
    day = chinese[3] === undefined ? undefined : Number(chinese[3]);
    note = chinese[4];
  } else if (numeric) {
    year = Number(numeric[1]);
    month = numeric[3] === undefined ? undefined : Number(numeric[3]);
    day = numeric[4] === undefined ? undefined : Number(numeric[4]);
  } else {
    return { ok: false, message: '格式不正确，请输入如 2021年4月15日、2021-04-15 或 2021年4月' };
  }
  const value: PartialDate = { year };
  if (month !== undefined) value.month = month;
  if (day !== undefined) value.day = day;
  if (note !== undefined) value.note = note as PartialDateNote;
  const error = partialDateError(value);
  return error ? { ok: false, message: error } : { ok: true, value };
}

/**
 * Sort key: year*10000 + (month ?? 13)*100 + (day ?? 32).
 *
 * A month-only date sorts after every day of its month (是月), a year-only date after every
 * month of its year (是年).
 */
export function partialDateSortKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 13) * 100 + (d.day ?? 32);
}

/** Orders partial dates by {@link partialDateSortKey}. */
export function comparePartialDate(a: PartialDate, b: PartialDate): number {
  return partialDateSortKey(a) - partialDateSortKey(b);
}

/** Whether two partial dates are the same date at the same precision (notes ignored). */
export function samePartialDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function earliestKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

function latestKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}

/**
 * Null when `end` may follow `start`, else a Chinese message.
 *
 * With partial precision the range is refused only when `end` certainly lies before `start`:
 * 2021年4月 … 2021年4月10日 is accepted, 2021年5月 … 2021年4月30日 is not.
 */
export function dateRangeError(start: PartialDate, end: PartialDate | undefined): string | null {
  if (end === undefined) return null;
  return latestKey(end) < earliestKey(start) ? '不能早于开始日期' : null;
}

/**
 * A date range as written in Chinese: 2018年5月29日至6月1日, 2021年7月6日至8日, 2020年12月30日至2021年1月2日.
 *
 * The end omits the year when it repeats and the end has a month, and the month when both dates
 * fall in the same month at day precision. A missing or equal end gives the start alone.
 */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  const from = formatPartialDate(start);
  if (end === undefined || (samePartialDate(start, end) && start.note === end.note)) return from;
  let to: string;
  if (end.year !== start.year || end.month === undefined) {
    to = formatPartialDate(end);
  } else if (end.month === start.month && end.day !== undefined && start.day !== undefined) {
    to = `${end.day}日`;
  } else {
    to = formatPartialDateShort(end);
  }
  return `${from}至${to}`;
}
