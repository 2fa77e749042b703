/**
 * Precomputed search keys for one record. A SearchDoc is plain data (strings and numbers),
 * so it can be stored, sent to a worker (structured clone) or written as JSON.
 */
import { fold, hasHan, normaliseNumber } from './fold';
import { personNameReadings, type NameReading } from './nameReadings';
import { initialsOf, lengthsPerCodePoint as lengthsOf, syllablesOf } from './pinyinSyllables';
import { SEARCH_DOC_VERSION } from './searchDocVersion';

export type SearchKind = 'member' | 'activity' | 'donation' | 'campaign' | 'studio';

export const SEARCH_KINDS: readonly SearchKind[] = [
  'member',
  'activity',
  'donation',
  'campaign',
  'studio',
];

export interface SearchDocInput {
  id: string;
  kind: SearchKind;
  /** shown in the result list and highlighted */
  title: string;
  /** shown under the title; not searched (pass it in `text` too if it should be) */
  subtitle?: string;
  /** short name-like fields: member name, other spellings, donor names, leaders */
  names?: readonly string[];
  /** longer fields: summaries, places, units */
  text?: readonly string[];
  /** 票据号, 案号, 证书号 */
  numbers?: readonly string[];
  /** tie-break among equal scores, larger first (e.g. a date sort key) */
  rank?: number;
  /**
   * The title and names are a person's names (a member's 姓名 and 其他写法): read with the
   * surname's own reading (单 shan, 曾 zeng), and every other reading of a polyphone indexed too.
   * Other docs read their names as names but index one reading only.
   */
  person?: boolean;
}

export { SEARCH_DOC_VERSION };

/** Separator of fields inside one key; fold() never produces it. */
export const FIELD_SEP = '\n';
/** A pinyin query may separate syllables with an apostrophe (xi'an); it is ignored. */
export const SYLLABLE_SEP = "'";

export interface SearchDoc {
  v: number;
  id: string;
  kind: SearchKind;
  title: string;
  subtitle?: string;
  rank: number;
  /** folded title */
  t: string;
  /** folded names, '\n'-separated, without duplicates of the title */
  n: string;
  /** folded text fields, '\n'-separated */
  x: string;
  /** normalised numbers (letters and digits only), '\n'-separated */
  num: string;
  /** full pinyin of the title's Han characters, toneless, no spaces: 李微微 → "liweiwei" */
  py: string;
  /**
   * syllable length for each code point of `t`, one digit each, 0 for anything that is not a Han
   * character: 李微微 → "233", 2021年李 → "000042"
   */
  pyl: string;
  /** initials of the title's Han characters: 李微微 → "lww" */
  pi: string;
  /** full pinyin of the names with Han characters, '\n'-separated: "chenmeiling\nliweiwei" */
  npy: string;
  /** syllable lengths of `npy`, one digit per syllable, '\n'-separated: "344\n233" */
  npl: string;
  /** initials of the names, '\n'-separated: "cml\nlww" */
  npi: string;
  /**
   * The names, text and numbers as written (陳美玲, ZS-88), one for one with `n`, `x` and `num`,
   * kept only where folding changed them: a hit found through one of them shows it as written.
   */
  on?: string;
  ox?: string;
  onum?: string;
  /**
   * People only: the other readings of the title and names (曾志伟 → "cengzhiwei"), after the
   * one in `py`/`npy`, '\n'-separated; `apl` gives one length digit per code point of the folded
   * string read (0 for what is not Han), `api` the initials, and `apo` whose reading each one
   * is: 0 the title, k + 1 the k-th name with a Han character.
   */
  apy?: string;
  apl?: string;
  api?: string;
  apo?: number[];
}

interface NameKeys {
  py: string;
  pl: string;
  pi: string;
}

/** Names repeat a lot (300 members over 20,000 activities): cache their pinyin. */
const nameCache = new Map<string, NameKeys>();
const NAME_CACHE_LIMIT = 20_000;

function nameKeys(foldedName: string): NameKeys {
  let keys = nameCache.get(foldedName);
  if (keys === undefined) {
    const syllables = syllablesOf(foldedName, true).filter((s) => s.length > 0);
    keys = { py: syllables.join(''), pl: lengthsOf(syllables), pi: initialsOf(syllables) };
    if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
    nameCache.set(foldedName, keys);
  }
  return keys;
}

/** Folded values without blanks or repeats, each with the value as written. */
function foldAll(
  values: readonly string[] | undefined,
  keep: (folded: string) => boolean = () => true,
): { folded: string[]; written: string[] } {
  const folded: string[] = [];
  const written: string[] = [];
  for (const value of values ?? []) {
    const key = fold(value).trim();
    if (key.length === 0 || folded.includes(key) || !keep(key)) continue;
    folded.push(key);
    written.push(value.trim().replaceAll(FIELD_SEP, ' '));
  }
  return { folded, written };
}

export function buildSearchDoc(input: SearchDocInput): SearchDoc {
  const t = fold(input.title);
  const namesAsWritten = foldAll(input.names, (name) => name !== t);
  const names = namesAsWritten.folded;
  const textAsWritten = foldAll(input.text);
  const text = textAsWritten.folded;
  const numbers: string[] = [];
  const numbersAsWritten: string[] = [];
  for (const value of input.numbers ?? []) {
    const normalised = normaliseNumber(value);
    if (normalised.length > 0 && !numbers.includes(normalised)) {
      numbers.push(normalised);
      numbersAsWritten.push(value.trim().replaceAll(FIELD_SEP, ' '));
    }
  }

  const person = input.person === true;
  const titleSyllables = syllablesOf(t, person);
  const namePys: string[] = [];
  const namePls: string[] = [];
  const namePis: string[] = [];
  // One entry for every name with a Han character, empty when pinyin-pro knows none of them:
  // the n-th entry then belongs to the n-th such name, which is how a hit finds the name it matched.
  for (const name of names) {
    if (!hasHan(name)) continue;
    const keys = nameKeys(name);
    namePys.push(keys.py);
    namePls.push(keys.pl);
    namePis.push(keys.pi);
  }

  const doc: SearchDoc = {
    v: SEARCH_DOC_VERSION,
    id: input.id,
    kind: input.kind,
    title: input.title,
    rank: input.rank ?? 0,
    t,
    n: names.join(FIELD_SEP),
    x: text.join(FIELD_SEP),
    num: numbers.join(FIELD_SEP),
    py: titleSyllables.join(''),
    pyl: lengthsOf(titleSyllables),
    pi: initialsOf(titleSyllables),
    npy: namePys.join(FIELD_SEP),
    npl: namePls.join(FIELD_SEP),
    npi: namePis.join(FIELD_SEP),
  };
  if (input.subtitle !== undefined) doc.subtitle = input.subtitle;
  if (person) addOtherReadings(doc, t, names);
  const on = namesAsWritten.written.join(FIELD_SEP);
  const ox = textAsWritten.written.join(FIELD_SEP);
  const onum = numbersAsWritten.join(FIELD_SEP);
  if (on !== doc.n) doc.on = on;
  if (ox !== doc.x) doc.ox = ox;
  if (onum !== doc.num) doc.onum = onum;
  return doc;
}

/** A person's other readings (see SearchDoc `apy`), if any of their names has one. */
function addOtherReadings(doc: SearchDoc, title: string, names: readonly string[]): void {
  const readings: NameReading[] = [];
  const owners: number[] = [];
  const add = (folded: string, owner: number) => {
    for (const reading of personNameReadings(folded).slice(1)) {
      readings.push(reading);
      owners.push(owner);
    }
  };
  add(title, 0);
  let han = 0;
  for (const name of names) if (hasHan(name)) add(name, ++han);
  if (readings.length === 0) return;
  doc.apy = readings.map((r) => r.py).join(FIELD_SEP);
  doc.apl = readings.map((r) => r.pyl).join(FIELD_SEP);
  doc.api = readings.map((r) => r.pi).join(FIELD_SEP);
  doc.apo = owners;
}
