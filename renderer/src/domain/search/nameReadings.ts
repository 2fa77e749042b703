/**
 * How a person's name can be read: first as a name (the surname's own reading: 单 shan, 曾 zeng,
 * 解 xie, 查 zha, 尉迟 yuchi), then with the other readings of its polyphonic characters, so that
 * whoever types 单国华 as `dgh` or 曾志伟 as `czw` still finds the person.
 */
import { pinyin } from 'pinyin-pro';
import { hasHan, isHanCodePoint } from './fold';
import { lengthsPerCodePoint, stripTone, syllablesOf } from './pinyinSyllables';

/** One reading of a folded name, in the layout of a SearchDoc's title keys. */
export interface NameReading {
  /** full pinyin, toneless, no spaces: "shanguohua" */
  py: string;
  /** syllable length per code point of the folded name, 0 for what is not Han: "453" */
  pyl: string;
  /** initials: "sgh" */
  pi: string;
}

/**
 * At most this many readings per name, the name's own first: every single change of a name
 * with two or three polyphones, while a name full of them (乐乐乐…) cannot swell the index.
 */
export const MAX_NAME_READINGS = 8;

const MULTIPLE = { type: 'array', multiple: true, toneSandhi: false } as const;
const readingsOfChar = new Map<string, string[]>();

/** every toneless reading of one Han character, `first` first */
function charReadings(ch: string, first: string): string[] {
  let all = readingsOfChar.get(ch);
  if (all === undefined) {
    all = [];
    for (const syllable of pinyin(ch, MULTIPLE)) {
      const plain = stripTone(syllable);
      if (plain.length > 0 && !all.includes(plain)) all.push(plain);
    }
    readingsOfChar.set(ch, all);
  }
  return first.length === 0 ? all : [first, ...all.filter((s) => s !== first)];
}

function toReading(syllables: readonly string[]): NameReading {
  let py = '';
  let pi = '';
  for (const s of syllables) {
    py += s;
    if (s.length > 0) pi += s[0];
  }
  return { py, pyl: lengthsPerCodePoint(syllables), pi };
}

const cache = new Map<string, NameReading[]>();
const CACHE_LIMIT = 5_000;

/**
 * The readings of a folded person's name: the name's own reading first (surname mode), then the
 * readings that change the fewest characters, without repeats, at most MAX_NAME_READINGS.
 * Empty for a name without Han characters.
 */
export function personNameReadings(folded: string): NameReading[] {
  const cached = cache.get(folded);
  if (cached !== undefined) return cached;
  const readings: NameReading[] = [];
  if (hasHan(folded)) {
    const own = syllablesOf(folded, true);
    const choices = Array.from(folded).map((ch, i) =>
      isHanCodePoint(ch.codePointAt(0) ?? 0) ? charReadings(ch, own[i] ?? '') : [''],
    );
    const seen = new Set<string>();
    for (const picks of fewestChangesFirst(choices, MAX_NAME_READINGS * 4)) {
      const reading = toReading(picks);
      if (reading.py.length === 0 || seen.has(reading.py)) continue;
      seen.add(reading.py);
      readings.push(reading);
      if (readings.length === MAX_NAME_READINGS) break;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, readings);
  return readings;
}

/**
 * Combinations of one choice per position (choice 0 = the name's own), those that change fewer
 * positions first, at most `limit`.
 */
function fewestChangesFirst(choices: readonly string[][], limit: number): string[][] {
  const own = choices.map((c) => c[0] ?? '');
  const out: string[][] = [own];
  // Changes grow one position at a time, always to the right of the last one changed, so each
  // combination comes once.
  let frontier: { picks: string[]; from: number }[] = [{ picks: own, from: 0 }];
  while (frontier.length > 0 && out.length < limit) {
    const next: { picks: string[]; from: number }[] = [];
    for (const { picks, from } of frontier) {
      for (let i = from; i < choices.length; i++) {
        const options = choices[i]!;
        for (let k = 1; k < options.length; k++) {
          const changed = picks.slice();
          changed[i] = options[k]!;
          out.push(changed);
          next.push({ picks: changed, from: i + 1 });
          if (out.length >= limit) return out;
        }
      }
    }
    frontier = next;
  }
  return out;
}
