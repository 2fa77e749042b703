/**
 * Text folding for search: one code point at a time, so that a query and a record fold alike
 * and positions in the folded text map back to the original.
 *
 * fold(c) = traditional → simplified (OpenCC, HK and TW variants) ∘ full-width → half-width ∘
 * lower case; whitespace and control characters become a plain space, so '\n' never occurs in
 * folded text and can separate fields and records in the index.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let hkToCn: Convert | undefined;
let twToCn: Convert | undefined;

/** The OpenCC converters are large tries: built once, on first use. */
function convertTraditional(ch: string): string {
  hkToCn ??= Converter({ from: 'hk', to: 'cn' });
  const viaHk = hkToCn(ch);
  if (viaHk !== ch) return viaHk;
  twToCn ??= Converter({ from: 'tw', to: 'cn' });
  return twToCn(ch);
}

/** Folded form of each BMP code unit; 0 = not computed yet, 0xFFFF = see `wideCache`. */
const bmpCache = new Uint16Array(0x10000);
const WIDE = 0xffff;
/** Folded forms that are not a single BMP code unit (astral input, or a multi-unit result). */
const wideCache = new Map<number, string>();

function foldCodePointSlow(cp: number): string {
  // Whitespace and controls (including U+3000 ideographic space) → ' '.
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0x3000 || cp === 0x2028 || cp === 0x2029) {
    return ' ';
  }
  if (cp >= 0x2000 && cp <= 0x200b) return ' ';
  // Full-width ASCII → ASCII.
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
  // Dashes and minus signs → '-'.
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe63) return '-';
  // Middle dots in transliterated names (阿卜杜·热合曼) → '·'.
  if (cp === 0x2022 || cp === 0x2027 || cp === 0x30fb || cp === 0xff65 || cp === 0x2219) {
    return '\u00b7';
  }
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const ch = String.fromCodePoint(cp);
  const lower = ch.toLowerCase();
  if (cp >= 0x2e80) {
    // CJK and beyond: traditional → simplified.
    const simplified = convertTraditional(lower);
    return simplified.length > 0 ? simplified : lower;
  }
  return lower;
}

/** The folded form of one code point (cached). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x10000) {
    const cached = bmpCache[cp] ?? 0;
    if (cached !== 0 && cached !== WIDE) return String.fromCharCode(cached);
    if (cached === WIDE) return wideCache.get(cp) ?? '';
    const folded = foldCodePointSlow(cp);
    if (folded.length === 1 && folded.charCodeAt(0) !== 0 && folded.charCodeAt(0) !== WIDE) {
      bmpCache[cp] = folded.charCodeAt(0);
    } else {
      bmpCache[cp] = WIDE;
      wideCache.set(cp, folded);
    }
    return folded;
  }
  let folded = wideCache.get(cp);
  if (folded === undefined) {
    folded = foldCodePointSlow(cp);
    wideCache.set(cp, folded);
  }
  return folded;
}

/** Fold a string for search (see the module comment). */
export function fold(text: string): string {
  const n = text.length;
  // Fast path: everything is a single cached BMP unit — build from char codes in chunks.
  let out = '';
  let chunk: number[] = [];
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    const cached = cp < 0xd800 || cp > 0xdfff ? (bmpCache[cp] ?? 0) : 0;
    if (cached !== 0 && cached !== WIDE) {
      chunk.push(cached);
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) chunk.push(folded.charCodeAt(k));
    }
    if (chunk.length >= 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) out += String.fromCharCode(...chunk);
  return out;
}

/** A folded string with, for each folded code unit, the original code-unit range it came from. */
export interface FoldedWithMap {
  folded: string;
  /** start[i]: the original code-unit index where folded unit i's source character starts */
  start: Int32Array;
  /** end[i]: the original code-unit index just past folded unit i's source character */
  end: Int32Array;
}

export function foldWithMap(text: string): FoldedWithMap {
  const pieces: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    pieces.push(folded);
    for (let k = 0; k < folded.length; k++) {
      start.push(i);
      end.push(i + width);
    }
    i += width;
  }
  return { folded: pieces.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/**
 * Map a [from, to) range of folded code units to a range of the original string. Empty or
 * out-of-range input gives undefined.
 */
export function mapFoldedRange(
  map: FoldedWithMap,
  from: number,
  to: number,
): [number, number] | undefined {
  if (from < 0 || to > map.folded.length || from >= to) return undefined;
  const s = map.start[from];
  const e = map.end[to - 1];
  if (s === undefined || e === undefined) return undefined;
  return [s, e];
}

const NOT_NUMBER_CHAR = /[^\p{L}\p{N}]+/gu;

/** A 票据号 / 案号 / 证书号 for search: folded, and only letters and digits kept. */
export function normaliseNumber(text: string): string {
  return fold(text).replace(NOT_NUMBER_CHAR, '');
}

/** Is this code point a Han ideograph (CJK unified, extensions, compatibility)? */
export function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  );
}

const HAN = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8c4][\udc00-\udfff]/;

/** Does the string contain a Han ideograph? */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
