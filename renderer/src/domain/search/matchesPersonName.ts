import { fold, hasHan } from './fold';
import { personNameReadings, type NameReading } from './nameReadings';
import { splitQuery } from './SearchIndex';
import { SYLLABLE_SEP } from './searchKeys';

const PINYIN_TERM = /^[a-z]+$/;
const DIGIT_0 = 48;

/**
 * Whether what was typed finds this person, as the search does: every term of `query` is part of
 * the name or one of `otherNames` (陳/陈 alike), or their initials or full pinyin read either way
 * (`sgh`, `dgh`, `shanguohua` → 单国华). For a Select that picks people:
 * `filterOption={(input, option) => matchesPersonName(input, option.label, option.otherNames)}`.
 */
export function matchesPersonName(
  query: string,
  name: string,
  otherNames: readonly string[] = [],
): boolean {
  const terms = splitQuery(query);
  if (terms.length === 0) return true;
  const folded = [name, ...otherNames].map((value) => fold(value).trim()).filter(Boolean);
  const readings = folded.filter(hasHan).flatMap(personNameReadings);
  return terms.every((term) => {
    if (folded.some((value) => value.includes(term))) return true;
    const latin = term.replaceAll(SYLLABLE_SEP, '');
    return PINYIN_TERM.test(latin) && readings.some((reading) => readingHas(reading, latin));
  });
}

/** initials anywhere, or full pinyin starting at a syllable */
function readingHas(reading: NameReading, latin: string): boolean {
  if (reading.pi.includes(latin)) return true;
  let at = 0;
  for (const digit of reading.pyl) {
    const length = digit.charCodeAt(0) - DIGIT_0;
    if (length === 0) continue;
    if (reading.py.startsWith(latin, at)) return true;
    at += length;
  }
  return false;
}
