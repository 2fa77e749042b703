import { formatPartialDate, type PartialDate } from './partialDate';

/** What a 大事记 line is made of: an activity's start date or a donation's date, and its summary. */
export interface TimelineFact {
  date: PartialDate;
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

const DATE_AT_START =
  /^(?:(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月(?:\d{1,2}[日号])?)(?:初|上半年|中|下半年|底|上旬|中旬|下旬)?|是月|是年)[，,、：:\s]+/;
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
 * One factual sentence for a 大事记 entry: 4月15日，省政协副主席张大方率……揭牌。
 *
 * A date already typed at the start of the summary is dropped, trailing punctuation is replaced
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
  return `${timelineDateLead(fact.date, options)}，${body}${tail}。`;
}
