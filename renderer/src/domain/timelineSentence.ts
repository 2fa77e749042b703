import {
  formatPartialDate,
  formatPartialDateShort,
  samePartialDate,
  type PartialDate,
} from './partialDate';

/** What a 大事记 line is made of: an activity's start date or a donation's date, and its summary. */
export interface TimelineFact {
  date: PartialDate;
  /** An activity's 结束日期: the line then leads with the range, 5月29日至6月1日. */
  endDate?: PartialDate;
  /** 大事记摘要: the fact, e.g. 省政协副主席张大方率省市县三级政协委员深入桂东县青竹村…… */
  summary: string;
  /** 出席领导 not already named in the summary are added as “…出席。”. */
  leaders?: readonly string[];
}

/** How a line's date is written. */
export interface TimelineSentenceOptions {
  /**
   * The date of the line just above under the same year heading. A month-only fact after a line
   * of the same month reads 是月; otherwise it reads 4月.
   */
  previous?: PartialDate;
  /** Lines stand under a year heading (default): the year is left out. */
  underYearHeading?: boolean;
}

const A_DATE =
  '(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|\\d{1,2}月(?:\\d{1,2}[日号])?)(?:初|上半年|中|下半年|底|上旬|中旬|下旬)?';
/** A date or a range (5月29日至6月1日, 7月6日至8日) typed at the start of a summary, and what follows it. */
const DATE_AT_START = new RegExp(
  `^(?:${A_DATE}(?:[至到](?:${A_DATE}|\\d{1,2}[日号]))?|是月|是年)[，,、：:\\s]+`,
);
const TRAILING_PUNCTUATION = /[\s。．.，,、；;：:！!？?]+$/;

/**
 * The date lead of a 大事记 line, following the usual convention.
 *
 * A known day: 4月15日. A month without a day: 是月 when the line above is in the same month
 * (the entry sorts at the end of its month), else 4月; with a note, 4月上旬. A year without a
 * month: 是年 under a year heading (年初, 年底 with a note), else the full 2021年.
 */
export function timelineDateLead(date: PartialDate, options: TimelineSentenceOptions = {}): string {
  const { previous, underYearHeading = true } = options;
  if (!underYearHeading) return formatPartialDate(date);
  if (date.month === undefined) return date.note ? `年${date.note}` : '是年';
  if (date.day !== undefined) return `${date.month}月${date.day}日`;
  if (date.note) return `${date.month}月${date.note}`;
  const sameMonth = previous?.year === date.year && previous.month === date.month;
  return sameMonth ? '是月' : `${date.month}月`;
}

/**
 * The date lead of a 大事记 line for an activity over several days: 5月29日至6月1日, 7月6日至8日,
 * 12月30日至2021年1月2日. Without an end, or with the same end, it is {@link timelineDateLead}.
 */
export function timelineRangeLead(
  start: PartialDate,
  end: PartialDate | undefined,
  options: TimelineSentenceOptions = {},
): string {
  if (end === undefined || (samePartialDate(start, end) && start.note === end.note)) {
    return timelineDateLead(start, options);
  }
  const underYearHeading = options.underYearHeading ?? true;
  const from = underYearHeading ? formatPartialDateShort(start) : formatPartialDate(start);
  if (end.year !== start.year || end.month === undefined)
    return `${from}至${formatPartialDate(end)}`;
  if (end.month === start.month && end.day !== undefined && start.day !== undefined) {
    return `${from}至${end.day}日`;
  }
  return `${from}至${formatPartialDateShort(end)}`;
}

/**
 * One factual sentence for a 大事记 entry: 4月15日，省政协副主席张大方率……揭牌。
 *
 * An activity over several days leads with its range (5月29日至6月1日，……). A date already typed
 * at the start of the summary is dropped, trailing punctuation is replaced
 * by exactly one 。, and leaders the summary does not name are added as a second short sentence
 * (省政协副主席贺安杰出席。), as the seed's entries do.
 */
export function timelineSentence(
  fact: TimelineFact,
  options: TimelineSentenceOptions = {},
): string {
  const body = fact.summary.trim().replace(DATE_AT_START, '').replace(TRAILING_PUNCTUATION, '');
  const missing = (fact.leaders ?? [])
    .map((leader) => leader.trim())
    .filter((leader) => leader !== '' && !body.includes(leader));
  const tail = missing.length > 0 ? `。${missing.join('、')}出席` : '';
  return `${timelineRangeLead(fact.date, fact.endDate, options)}，${body}${tail}。`;
}
