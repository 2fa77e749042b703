import { foldWithMap, mapFoldedRange } from './fold';
import type { NameReading } from './nameReadings';
import { SYLLABLE_SEP, type SearchDoc } from './searchKeys';

// Where a query's terms matched inside one string of a hit (its title, or one of its names), in
// the string's own characters: substrings of the folded text, else full pinyin, else initials.

const PINYIN_TERM = /^[a-z]+$/;
const DIGIT_0 = 48;

/**
 * Where in the original title the terms matched: substrings, else full pinyin, else initials,
 * read as `doc` reads the title or else as one of its `others` readings (a person's).
 */
export function titleHighlights(
  doc: Pick<SearchDoc, 'title' | 'py' | 'pyl' | 'pi'> & { others?: readonly NameReading[] },
  terms: readonly string[],
): [number, number][] {
  const map = foldWithMap(doc.title);
  const folded = map.folded;
  const ranges: [number, number][] = [];
  let units: Units | undefined;
  for (const term of terms) {
    let found = false;
    for (let pos = folded.indexOf(term); pos >= 0; pos = folded.indexOf(term, pos + term.length)) {
      const range = mapFoldedRange(map, pos, pos + term.length);
      if (range !== undefined) ranges.push(range);
      found = true;
    }
    const latin = term.replaceAll(SYLLABLE_SEP, '');
    if (found || !PINYIN_TERM.test(latin)) continue;
    units ??= pinyinUnits(doc.pyl, folded);
    let unitRange =
      units && (pinyinMatch(units, doc.py, latin) ?? initialsMatch(units, doc.pi, latin));
    for (const other of doc.others ?? []) {
      if (unitRange !== undefined) break;
      const otherUnits = pinyinUnits(other.pyl, folded);
      unitRange =
        otherUnits &&
        (pinyinMatch(otherUnits, other.py, latin) ?? initialsMatch(otherUnits, other.pi, latin));
    }
    if (unitRange === undefined) continue;
    // Every reading of the title cuts it into the same code points.
    const starts = codePointStarts(folded);
    const [firstUnit, lastUnit] = unitRange;
    const range = mapFoldedRange(map, starts[firstUnit]!, starts[lastUnit + 1]!);
    if (range !== undefined) ranges.push(range);
  }
  return mergeRanges(ranges);
}

interface Units {
  /** folded code-unit offset of each code point of the folded title, plus the end */
  foldedStart: number[];
  /** for each letter of the title's full pinyin, the code point it belongs to */
  pinyinUnit: number[];
  /** for each initial, the code point it belongs to */
  initialUnit: number[];
}

/** the code-unit offset of each code point of `folded`, plus the end */
function codePointStarts(folded: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < folded.length;) {
    starts.push(i);
    i += (folded.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  starts.push(folded.length);
  return starts;
}

function pinyinUnits(lengths: string, folded: string): Units | undefined {
  const foldedStart = codePointStarts(folded);
  if (foldedStart.length !== lengths.length + 1) return undefined;
  const pinyinUnit: number[] = [];
  const initialUnit: number[] = [];
  for (let unit = 0; unit < lengths.length; unit++) {
    const length = lengths.charCodeAt(unit) - DIGIT_0;
    if (length <= 0) continue;
    initialUnit.push(unit);
    for (let k = 0; k < length; k++) pinyinUnit.push(unit);
  }
  return { foldedStart, pinyinUnit, initialUnit };
}

/** the code points whose syllables a full-pinyin term covers, starting at a syllable start */
function pinyinMatch(units: Units, pinyin: string, latin: string): [number, number] | undefined {
  for (let pos = pinyin.indexOf(latin); pos >= 0; pos = pinyin.indexOf(latin, pos + 1)) {
    const unit = units.pinyinUnit[pos];
    const last = units.pinyinUnit[pos + latin.length - 1];
    if (unit === undefined || last === undefined) return undefined;
    if (pos === 0 || units.pinyinUnit[pos - 1] !== unit) return [unit, last];
  }
  return undefined;
}

function initialsMatch(
  units: Units,
  initials: string,
  latin: string,
): [number, number] | undefined {
  const pos = initials.indexOf(latin);
  if (pos < 0) return undefined;
  const first = units.initialUnit[pos];
  const last = units.initialUnit[pos + latin.length - 1];
  return first === undefined || last === undefined ? undefined : [first, last];
}

/** Sort and merge overlapping or touching ranges. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = ranges
    .filter(([s, e]) => e > s)
    .map(([s, e]): [number, number] => [s, e])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}
