import { z } from 'zod';
import { dateRangeError, parsePartialDate, type PartialDate } from '../partialDate';
import { type ParseResult } from '../parseResult';
import { fold } from '../search/fold';
import { toHalfWidth } from '../toHalfWidth';
import { readCurrency, readMoney } from './moneyCells';

/** How the text of one pasted cell becomes a field's value, read from the field's schema. */
export type CellReading =
  | { type: 'text' }
  | { type: 'textList' }
  | { type: 'refList' }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'number' }
  /** A date or a range (2018年5月29日至6月1日) that fills the end date too. */
  | { type: 'dateRange' }
  /** Names of members (参加委员), each matched to one member. */
  | { type: 'members' }
  /** Names of donors: members where a name is a member's, outside donors otherwise. */
  | { type: 'donors' }
  /** An amount, read with the row's 币种. */
  | { type: 'money' }
  | { type: 'currency' }
  /** An amount in 人民币, as minor units (折合人民币). */
  | { type: 'cny' }
  /** A 专项 by its name. */
  | { type: 'campaign' };

/**
 * How a field's cells are read, from its zod schema (optional and default wrappers looked
 * through), or undefined when a spreadsheet cell cannot fill it (nested rows, objects).
 * `dateSchema` is the partial-date schema, told apart from other objects by identity.
 */
export function cellReadingOf(schema: z.ZodType, dateSchema: z.ZodType): CellReading | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner === dateSchema) return { type: 'date' };
  if (inner instanceof z.ZodEnum) return { type: 'enum', options: inner.options.map(String) };
  if (inner instanceof z.ZodBoolean) return { type: 'boolean' };
  if (inner instanceof z.ZodNumber) return { type: 'number' };
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    if (element instanceof z.ZodUUID) return { type: 'refList' };
    if (element instanceof z.ZodString) return { type: 'textList' };
    return undefined;
  }
  if (inner instanceof z.ZodString) return { type: 'text' };
  return undefined;
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '√', '✓', '✔', '1']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '×', '✗', '✘', '0']);

/** 是/否 as offices write it: 是 否, Y N, √ ×, TRUE FALSE, 1 0. */
export function readYesNo(text: string): ParseResult<boolean> {
  const s = toHalfWidth(text).trim().toUpperCase();
  if (YES.has(s)) return { ok: true, value: true };
  if (NO.has(s)) return { ok: true, value: false };
  return { ok: false, message: '须为“是”或“否”' };
}

/** Day 0 of Excel's (and WPS's) 1900 date system, for serials past its 1900-02-29 bug. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date as offices write it: 2018年5月29日, 2018.5.29, 2018/5/29, 2018-05-29, 1975年6月, 1975.6,
 * 2018 — or an Excel serial number (a date cell copied with the 常规 format), taken only when it
 * has five digits, so 1975 stays a year. `monthOnly` (出生年月) keeps a serial to its month.
 */
export function readDate(text: string, monthOnly = false): ParseResult<PartialDate> {
  const s = toHalfWidth(text).trim();
  const serial = /^(\d{5})(?:\.\d+)?$/.exec(s);
  if (!serial) return parsePartialDate(s);
  const date = new Date(EXCEL_EPOCH + Number(serial[1]) * DAY_MS);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return parsePartialDate(monthOnly ? `${year}-${month}` : `${year}-${month}-${day}`);
}

/** A date range as written in one cell. */
export interface DateRange {
  start: PartialDate;
  end?: PartialDate;
}

const RANGE_SEPARATOR = /\s*(?:至|到|~|～|—+|–|--)\s*/;

/**
 * A date or a date range in one cell: 2018年5月29日至6月1日, 2021年7月6日至8日, 2018.5.29~6.1,
 * 2020年12月30日—2021年1月2日. An end without its year or month takes the start's.
 */
export function readDateRange(text: string): ParseResult<DateRange> {
  const parts = toHalfWidth(text).trim().split(RANGE_SEPARATOR);
  const start = readDate(parts[0] ?? '');
  if (!start.ok || parts.length === 1)
    return start.ok ? { ok: true, value: { start: start.value } } : start;
  if (parts.length > 2) return { ok: false, message: '日期范围只能有一个“至”' };
  const end = readDate(completeEnd(parts[1] ?? '', start.value));
  if (!end.ok) return { ok: false, message: `结束日期${end.message}` };
  const error = dateRangeError(start.value, end.value);
  if (error) return { ok: false, message: `结束日期${error}` };
  return { ok: true, value: { start: start.value, end: end.value } };
}

/** An end written short (8日, 6月1日, 6.1) with the start's year and month put in front. */
function completeEnd(end: string, start: PartialDate): string {
  const day = /^(\d{1,2})[日号]?$/.exec(end);
  if (day && start.month !== undefined) return `${start.year}年${start.month}月${day[1]}日`;
  const monthDay = /^(\d{1,2})(?:月(\d{1,2})[日号]?|[./](\d{1,2}))$/.exec(end);
  if (monthDay) return `${start.year}年${monthDay[1]}月${monthDay[2] ?? monthDay[3]}日`;
  const month = /^(\d{1,2})月$/.exec(end);
  if (month) return `${start.year}年${month[1]}月`;
  return end;
}

/** Common ways of writing a choice that the vocabulary spells shorter. */
const CHOICE_ALIASES: Readonly<Record<string, string>> = {
  中国共产党: '中共',
  中共党员: '中共',
  共产党员: '中共',
  中国国民党革命委员会: '民革',
  中国民主同盟: '民盟',
  中国民主建国会: '民建',
  中国民主促进会: '民进',
  中国农工民主党: '农工党',
  中国致公党: '致公党',
  台湾民主自治同盟: '台盟',
  无党派人士: '无党派',
  男性: '男',
  女性: '女',
};

/** The choice a cell names, written simplified or traditional or by a longer name. */
export function readChoice(text: string, options: readonly string[]): ParseResult<string> {
  const key = fold(toHalfWidth(text).trim()).replace(/\s+/g, '');
  const alias = CHOICE_ALIASES[key];
  const found =
    options.find((option) => fold(option) === key) ??
    (alias !== undefined && options.includes(alias) ? alias : undefined);
  if (found !== undefined) return { ok: true, value: found };
  return { ok: false, message: `须为以下之一：${options.join('、')}` };
}

/** A list written in one cell: 陳大文、Chan Tai Man; or one per line. */
export function readList(text: string): string[] {
  return text
    .split(/[、，,;；\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** What a cell gave: a value, nothing (an empty cell: the field is left out), or why not. */
export type CellResult = { value: unknown } | { empty: true } | { error: string };

/** What reading a cell needs besides its text. */
export interface CellContext {
  /** Ids of the records a reference list may name, by folded name (所属工作室 by 名称). */
  refIds?: ReadonlyMap<string, string>;
  /** Members' ids by each of their names folded (姓名 and 其他写法): several when ambiguous. */
  memberIds?: ReadonlyMap<string, readonly string[]>;
  /** 专项 ids by folded name. */
  campaignIds?: ReadonlyMap<string, string>;
  /** The field keeps a year and month only (出生年月). */
  monthOnly?: boolean;
  /** The column's heading says its amounts are in 万元. */
  inWan?: boolean;
}

/** Reads one cell for a field. */
export function readCell(
  text: string,
  reading: CellReading,
  context: CellContext = {},
): CellResult {
  if (text.trim() === '') return { empty: true };
  const fromParse = <T>(result: ParseResult<T>): CellResult =>
    result.ok ? { value: result.value } : { error: result.message };
  switch (reading.type) {
    case 'text':
      return { value: text.trim() };
    case 'textList':
      return { value: readList(text) };
    case 'refList': {
      const ids: string[] = [];
      for (const name of readList(text)) {
        const id = context.refIds?.get(foldName(name));
        if (id === undefined) return { error: `找不到“${name}”` };
        ids.push(id);
      }
      return { value: ids };
    }
    case 'enum':
      return fromParse(readChoice(text, reading.options));
    case 'boolean':
      return fromParse(readYesNo(text));
    case 'date':
      return fromParse(readDate(text, context.monthOnly));
    case 'number': {
      const n = Number(toHalfWidth(text).trim().replace(/,/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: '须为数字' };
    }
    case 'dateRange':
      return fromParse(readDateRange(text));
    case 'members':
      return readMembers(text, context.memberIds);
    case 'donors':
      return {
        value: readList(text).map((name) => {
          const ids = context.memberIds?.get(foldName(name)) ?? [];
          return ids.length === 1
            ? { type: '委员', memberId: ids[0] }
            : { type: '其他', name, group: false };
        }),
      };
    case 'money':
      // Read with the row's 币种, once every cell of the row is known.
      return { value: text };
    case 'currency':
      return fromParse(readCurrency(text));
    case 'cny': {
      const money = readMoney(text, 'CNY', context.inWan);
      return money.ok ? { value: money.value.amountMinor } : { error: money.message };
    }
    case 'campaign': {
      const id = context.campaignIds?.get(foldName(text));
      return id === undefined ? { error: `找不到专项“${text.trim()}”` } : { value: id };
    }
  }
}

/** 参加委员: every name one member's (by 姓名, 其他写法 or its 繁简 twin), else why not. */
function readMembers(
  text: string,
  memberIds: ReadonlyMap<string, readonly string[]> | undefined,
): CellResult {
  const participants: { memberId: string }[] = [];
  const unknown: string[] = [];
  for (const name of readList(text)) {
    const ids = memberIds?.get(foldName(name)) ?? [];
    if (ids.length > 1) return { error: `“${name}”对应 ${ids.length} 位委员，请改用其他写法区分` };
    if (ids[0] === undefined) unknown.push(name);
    else participants.push({ memberId: ids[0] });
  }
  if (unknown.length > 0) return { error: `找不到委员“${unknown.join('”“')}”` };
  return { value: participants };
}

/** A name as duplicates and references are matched: 陳大文 and 陈大文 alike, spaces ignored. */
export function foldName(name: string): string {
  return fold(name).replace(/\s+/g, '');
}

/**
 * Members' ids by every name they go by, folded (so 陳大文 finds 陈大文): 姓名 and each 其他写法.
 * A name two members share lists both, and naming it is then refused as ambiguous.
 */
export function memberIdsByName(
  members: readonly { id: string; name: string; otherNames?: readonly string[] }[],
): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const member of members) {
    for (const name of new Set([member.name, ...(member.otherNames ?? [])].map(foldName))) {
      ids.set(name, [...(ids.get(name) ?? []), member.id]);
    }
  }
  return ids;
}
