/**
 * Pinyin syllables of folded text, one per code point, toneless. Kept apart from the search keys
 * so that the name readings and the keys share them without importing each other.
 */
import { pinyin } from 'pinyin-pro';
import { hasHan, isHanCodePoint } from './fold';

// Tone marks are stripped here, through a cache: pinyin-pro's own toneType 'none' runs nine
// regular expressions per syllable and is ~2× slower over a 40-character title.
const PINYIN_OPTIONS = { type: 'array', toneSandhi: false } as const;
const NAME_PINYIN_OPTIONS = { ...PINYIN_OPTIONS, surname: 'head' } as const;
const IS_SYLLABLE = /^[a-z]+$/;
const U_UMLAUT = /[üǖǘǚǜ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const toneless = new Map<string, string>();

/** Toneless syllable: 'lǜ' → 'lv', 'zhāng' → 'zhang'; '' for anything that is not a syllable */
export function stripTone(syllable: string): string {
  let plain = toneless.get(syllable);
  if (plain === undefined) {
    plain = syllable
      .toLowerCase()
      .replace(U_UMLAUT, 'v')
      .normalize('NFD')
      .replace(COMBINING_MARKS, '');
    if (!IS_SYLLABLE.test(plain)) plain = '';
    if (toneless.size < 10_000) toneless.set(syllable, plain);
  }
  return plain;
}

/**
 * One pinyin syllable per code point of `folded` ('' for non-Han). Uses pinyin-pro on the whole
 * string, so polyphones read in context (重庆 → chong qing, 银行 → yin hang).
 */
export function syllablesOf(folded: string, asName = false): string[] {
  const codePoints = Array.from(folded);
  if (!hasHan(folded)) return codePoints.map(() => '');
  const raw = pinyin(folded, asName ? NAME_PINYIN_OPTIONS : PINYIN_OPTIONS);
  const aligned = raw.length === codePoints.length;
  return codePoints.map((ch, i) => {
    if (!isHanCodePoint(ch.codePointAt(0) ?? 0)) return '';
    return stripTone((aligned ? raw[i] : pinyin(ch)) ?? '');
  });
}

/** one digit per syllable, 0 for an empty one (pinyin syllables have 1–6 letters) */
export function lengthsPerCodePoint(syllables: readonly string[]): string {
  let out = '';
  for (const s of syllables) out += String.fromCharCode(48 + Math.min(9, s.length));
  return out;
}

export function initialsOf(syllables: readonly string[]): string {
  let out = '';
  for (const s of syllables) if (s.length > 0) out += s[0];
  return out;
}
