import { foldWithMap, hasHan, isHanCodePoint, mapFoldedRange, normaliseNumber } from './fold';
import { mergeRanges, titleHighlights } from './matchRanges';
import type { NameReading } from './nameReadings';
import { FIELD_SEP } from './searchKeys';

/**
 * Where a hit matched when its title does not show it: lww finds the 郴州行 because 李微微 took
 * part, and the result says so (涉及：李微微, marked) instead of leaving the user guessing.
 */
export interface HitContext {
  /** 涉及 a name, 内容 a longer field (summary, place, unit), 编号 a number */
  label: '涉及' | '内容' | '编号';
  /** as written in the record */
  text: string;
  /** [start, end) ranges of `text` that matched */
  highlights: [number, number][];
}

/** One doc's fields as the index holds them, '\n' between values. */
export interface ContextSource {
  /** folded names; `namesAsWritten` when folding changed them */
  names: string;
  namesAsWritten?: string | undefined;
  /** full pinyin, syllable lengths and initials of the names that have Han characters, in order */
  namePinyin: readonly string[];
  nameLengths: readonly string[];
  nameInitials: readonly string[];
  /** a person's other readings of the k-th name with Han characters, owner k + 1 */
  otherReadings?: readonly (NameReading & { owner: number })[] | undefined;
  text: string;
  textAsWritten?: string | undefined;
  numbers: string;
  numbersAsWritten?: string | undefined;
}

/** How much of a long field is shown around the match, in characters as written. */
const BEFORE = 10;
const AFTER = 24;
const NUMBER_CHAR = /[\p{L}\p{N}]/u;

/** The first name, else text field, else number in which the terms matched. */
export function hitContext(
  source: ContextSource,
  terms: readonly string[],
): HitContext | undefined {
  if (terms.length === 0) return undefined;
  return (
    nameContext(source, terms) ??
    textContext(source.textAsWritten ?? source.text, terms) ??
    numberContext(source.numbersAsWritten ?? source.numbers, terms)
  );
}

function values(joined: string): string[] {
  return joined.length === 0 ? [] : joined.split(FIELD_SEP);
}

function nameContext(source: ContextSource, terms: readonly string[]): HitContext | undefined {
  const folded = values(source.names);
  const written = source.namesAsWritten === undefined ? folded : values(source.namesAsWritten);
  let han = 0;
  for (let i = 0; i < folded.length; i++) {
    const name = written[i] ?? folded[i]!;
    const k = hasHan(folded[i]!) ? han++ : -1;
    const pyl = k >= 0 ? perCharacter(folded[i]!, source.nameLengths[k] ?? '') : undefined;
    const highlights = titleHighlights(
      // Without syllables that line up with the name's characters, only characters are marked.
      pyl === undefined
        ? { title: name, py: '', pyl: '', pi: '' }
        : {
            title: name,
            py: source.namePinyin[k] ?? '',
            pyl,
            pi: source.nameInitials[k] ?? '',
            others: source.otherReadings?.filter((reading) => reading.owner === k + 1),
          },
      terms,
    );
    if (highlights.length > 0) return { label: '涉及', text: name, highlights };
  }
  return undefined;
}

/**
 * A name's syllable lengths (one digit per syllable) as the marking wants them: one digit per
 * character, 0 for what is not Han (阿卜杜·热合曼, 李A微). Undefined unless every Han character
 * has its syllable, so that a name is never marked by another's pinyin.
 */
function perCharacter(name: string, syllableLengths: string): string | undefined {
  let out = '';
  let k = 0;
  for (const ch of name) {
    if (!isHanCodePoint(ch.codePointAt(0) ?? 0)) {
      out += '0';
      continue;
    }
    const digit = syllableLengths[k++];
    if (digit === undefined) return undefined;
    out += digit;
  }
  return k === syllableLengths.length ? out : undefined;
}

/** Moves a cut off the second half of a surrogate pair, so no character is split. */
function cutAt(text: string, at: number, forward: boolean): number {
  const unit = text.charCodeAt(at);
  if (at > 0 && at < text.length && unit >= 0xdc00 && unit <= 0xdfff)
    return forward ? at + 1 : at - 1;
  return at;
}

function textContext(joined: string, terms: readonly string[]): HitContext | undefined {
  for (const field of values(joined)) {
    const map = foldWithMap(field);
    const ranges: [number, number][] = [];
    for (const term of terms) {
      for (let pos = map.folded.indexOf(term); pos >= 0; pos = map.folded.indexOf(term, pos + 1)) {
        const range = mapFoldedRange(map, pos, pos + term.length);
        if (range !== undefined) ranges.push(range);
      }
    }
    if (ranges.length === 0) continue;
    const merged = mergeRanges(ranges);
    const from = cutAt(field, Math.max(0, merged[0]![0] - BEFORE), false);
    const to = cutAt(field, Math.min(field.length, merged[0]![0] + AFTER), true);
    const lead = from > 0 ? '…' : '';
    const shift = lead.length - from;
    const highlights = merged
      .filter(([s]) => s < to)
      .map(([s, e]): [number, number] => [s + shift, Math.min(e, to) + shift]);
    return {
      label: '内容',
      text: lead + field.slice(from, to) + (to < field.length ? '…' : ''),
      highlights,
    };
  }
  return undefined;
}

function numberContext(joined: string, terms: readonly string[]): HitContext | undefined {
  for (const number of values(joined)) {
    // The number's letters and digits, folded, each with where it stands as written.
    const map = foldWithMap(number);
    let key = '';
    const at: [number, number][] = [];
    for (let i = 0; i < map.folded.length; i++) {
      const unit = map.folded[i]!;
      if (!NUMBER_CHAR.test(unit)) continue;
      key += unit;
      at.push([map.start[i]!, map.end[i]!]);
    }
    const ranges: [number, number][] = [];
    for (const term of terms) {
      const wanted = normaliseNumber(term);
      const pos = wanted.length > 0 ? key.indexOf(wanted) : -1;
      if (pos >= 0) ranges.push([at[pos]![0], at[pos + wanted.length - 1]![1]]);
    }
    if (ranges.length > 0) return { label: '编号', text: number, highlights: mergeRanges(ranges) };
  }
  return undefined;
}
