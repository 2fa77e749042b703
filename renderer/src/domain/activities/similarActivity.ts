import { samePartialDate, type PartialDate } from '../partialDate';
import { fold } from '../search/fold';

/** What two activities are compared on to warn of a likely duplicate. */
export interface ActivityKey {
  title: string;
  startDate: PartialDate;
  endDate?: PartialDate | undefined;
}

/** Below this share of common character pairs two titles are different activities. */
const SIMILAR = 0.6;
const NOT_LETTERS = /[\s\p{P}\p{S}]/gu;

/** A title as compared: 繁简, width and case folded, spaces and punctuation dropped. */
function comparable(title: string): string {
  return fold(title).replace(NOT_LETTERS, '');
}

function pairs(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

/**
 * Whether two activity names are probably the same activity: equal once folded (陳/陈, spaces,
 * punctuation), one inside the other, or sharing most of their character pairs (Dice ≥ 0.6).
 */
export function similarActivityTitles(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  if ([...shorter].length >= 4 && longer.includes(shorter)) return true;
  const left = pairs(x);
  const right = pairs(y);
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let common = 0;
  for (const pair of left) {
    const unmatched = pool.get(pair) ?? 0;
    if (unmatched > 0) {
      common += 1;
      pool.set(pair, unmatched - 1);
    }
  }
  return (2 * common) / (left.length + right.length) >= SIMILAR;
}

/** Same 开始日期 and same 结束日期 (a missing end matches a missing end, or the start). */
export function sameActivityDates(a: ActivityKey, b: ActivityKey): boolean {
  if (!samePartialDate(a.startDate, b.startDate)) return false;
  const endA = a.endDate ?? a.startDate;
  const endB = b.endDate ?? b.startDate;
  return samePartialDate(endA, endB);
}

/** Whether `other` is likely the activity being entered: same dates and a similar name. */
export function likelyDuplicate(entered: ActivityKey, other: ActivityKey): boolean {
  return sameActivityDates(entered, other) && similarActivityTitles(entered.title, other.title);
}
