/**
 * In-memory search over SearchDocs.
 *
 * Each key (folded title, names, text, numbers, pinyin, initials) of every doc is laid end to end
 * in one long string per key, '\n' between docs. A query term is looked up with native
 * `indexOf` over that string and each occurrence is mapped back to its doc by binary search over
 * the docs' start offsets — one pass over a few megabytes per key, no per-doc loop in JS.
 * Writes only append (a replaced or removed doc leaves a dead slot behind); the columns are
 * compacted when the dead outnumber the living.
 */
import { fold, normaliseNumber } from './fold';
import { hitContext, type ContextSource, type HitContext } from './hitContext';
import { titleHighlights } from './matchRanges';
import type { NameReading } from './nameReadings';
import {
  FIELD_SEP,
  SEARCH_DOC_VERSION,
  SYLLABLE_SEP,
  type SearchDoc,
  type SearchKind,
} from './searchKeys';

export interface SearchOptions {
  /** at most this many hits (default 50) */
  limit?: number;
  /** only these kinds (default all) */
  kinds?: readonly SearchKind[];
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  subtitle?: string;
  score: number;
  /** [start, end) ranges of the original title that matched, sorted and disjoint */
  highlights: [number, number][];
  /** where the terms the title does not show matched instead (a name, a summary, a number) */
  context?: HitContext;
}

/**
 * Score of one query term, by how it matched; a doc's score is the sum over the terms. Each
 * category is 100 apart and the bonuses inside one stay below 100, so the order is:
 * exact title > title prefix > name > title substring > initials > full pinyin > text > number.
 */
export const SCORE = {
  exactTitle: 1000,
  titlePrefix: 800,
  name: 600,
  titleSubstring: 500,
  initials: 400,
  pinyin: 300,
  text: 200,
  number: 100,
} as const;

const NAME_EXACT_BONUS = 50;
const NAME_PREFIX_BONUS = 25;
const PINYIN_IN_TITLE_BONUS = 40;
const PINYIN_FIELD_EXACT_BONUS = 30;
const PINYIN_FIELD_PREFIX_BONUS = 20;
/** 'weiwei' → 李微微: a whole given name */
const PINYIN_FIELD_SUFFIX_BONUS = 10;
const NUMBER_EXACT_BONUS = 50;

const DEFAULT_LIMIT = 50;
const KIND_BIT: Record<SearchKind, number> = {
  member: 1,
  activity: 2,
  donation: 4,
  campaign: 8,
  studio: 16,
};
const ALL_KINDS = 31;
const SEP = FIELD_SEP.charCodeAt(0);
const PINYIN_TERM = /^[a-z]+$/;
const DIGIT_0 = 48;

/** Append-only concatenation of one key over all slots. */
class Column {
  text = '';
  private pending: string[] = [];
  /** length of `text` once flushed */
  length = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  count = 0;

  append(value: string): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    const start = this.length + 1;
    this.starts[this.count] = start;
    this.ends[this.count] = start + value.length;
    this.count++;
    this.pending.push(value);
    this.length = start + value.length;
  }

  /** append slot `slot` of `old` (flushed) */
  copyFrom(old: Column, slot: number): void {
    this.append(old.text.slice(old.starts[slot], old.ends[slot]));
  }

  flush(): void {
    if (this.pending.length > 0) {
      this.text += FIELD_SEP + this.pending.join(FIELD_SEP);
      this.pending = [];
    }
  }

  /** the slot whose value contains position `pos`, searching from `hint` onwards */
  slotAt(pos: number, hint: number): number {
    const starts = this.starts;
    let lo = hint;
    let hi = this.count - 1;
    if (lo < hi && (starts[lo + 1] ?? 0) > pos) return lo;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(16, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** the full-pinyin key with its syllable-start mask */
class PinyinColumn extends Column {
  mask = new Uint8Array(1 << 16);
  titleEnds = new Int32Array(1024);

  private reserve(slot: number, need: number): void {
    while (this.mask.length < need) this.mask = grow(this.mask);
    if (slot >= this.titleEnds.length) this.titleEnds = grow(this.titleEnds);
  }

  /** mark syllable starts from `offset`, given one length digit per syllable ('\n' between fields) */
  private mark(lengths: string, offset: number): number {
    const mask = this.mask;
    for (let i = 0; i < lengths.length; i++) {
      const c = lengths.charCodeAt(i);
      if (c === SEP) {
        offset++;
      } else if (c > DIGIT_0) {
        mask[offset] = 1;
        offset += c - DIGIT_0;
      }
    }
    return offset;
  }

  appendPinyin(title: string, titleLengths: string, names: string, nameLengths: string): void {
    const slot = this.count;
    const startAt = this.length + 1;
    this.reserve(slot, startAt + title.length + names.length + 2);
    const offset = this.mark(titleLengths, startAt);
    this.titleEnds[slot] = offset;
    if (names.length > 0) this.mark(nameLengths, offset + 1);
    this.append(names.length > 0 ? title + FIELD_SEP + names : title);
  }

  override copyFrom(old: PinyinColumn, slot: number): void {
    const from = old.starts[slot]!;
    const to = old.ends[slot]!;
    const startAt = this.length + 1;
    this.reserve(this.count, startAt + (to - from) + 1);
    this.mask.set(old.mask.subarray(from, to), startAt);
    this.titleEnds[this.count] = startAt + (old.titleEnds[slot]! - from);
    super.copyFrom(old, slot);
  }
}

class InitialsColumn extends Column {
  titleEnds = new Int32Array(1024);

  appendInitials(title: string, names: string): void {
    const slot = this.count;
    if (slot >= this.titleEnds.length) this.titleEnds = grow(this.titleEnds);
    this.titleEnds[slot] = this.length + 1 + title.length;
    this.append(names.length > 0 ? title + FIELD_SEP + names : title);
  }

  override copyFrom(old: InitialsColumn, slot: number): void {
    if (this.count >= this.titleEnds.length) this.titleEnds = grow(this.titleEnds);
    this.titleEnds[this.count] = this.length + 1 + (old.titleEnds[slot]! - old.starts[slot]!);
    super.copyFrom(old, slot);
  }
}

interface Columns {
  title: Column;
  names: Column;
  text: Column;
  numbers: Column;
  pinyin: PinyinColumn;
  initials: InitialsColumn;
  /** people's other readings (SearchDoc `apy`, `api`): found, but below their own reading */
  otherPinyin: PinyinColumn;
  otherInitials: InitialsColumn;
}

function emptyColumns(): Columns {
  return {
    title: new Column(),
    names: new Column(),
    text: new Column(),
    numbers: new Column(),
    pinyin: new PinyinColumn(),
    initials: new InitialsColumn(),
    otherPinyin: new PinyinColumn(),
    otherInitials: new InitialsColumn(),
  };
}

/** One of a person's other readings, with whose it is: 0 the title, k + 1 the k-th Han name. */
type OtherReading = NameReading & { owner: number };

function otherReadingsOf(doc: SearchDoc): OtherReading[] | undefined {
  if (doc.apy === undefined || doc.apo === undefined) return undefined;
  const py = doc.apy.split(FIELD_SEP);
  const pyl = (doc.apl ?? '').split(FIELD_SEP);
  const pi = (doc.api ?? '').split(FIELD_SEP);
  return doc.apo.map((owner, i) => ({
    owner,
    py: py[i] ?? '',
    pyl: pyl[i] ?? '',
    pi: pi[i] ?? '',
  }));
}

/** What the index keeps of a doc besides its columns: enough to show a hit and highlight it. */
interface Entry {
  id: string;
  kind: SearchKind;
  title: string;
  subtitle: string | undefined;
  py: string;
  pyl: string;
  pi: string;
  /** names, text and numbers as written, where folding changed them (SearchDoc `on`, `ox`, `onum`) */
  written: { names?: string; text?: string; numbers?: string } | undefined;
  /** a person's other readings, to mark what they matched (SearchDoc `apy` … `apo`) */
  otherReadings: OtherReading[] | undefined;
}

export class SearchIndex {
  private entries: (Entry | undefined)[] = [];
  private slotOf = new Map<string, number>();
  private kindBits = new Uint8Array(1024);
  private ranks = new Float64Array(1024);
  private columns: Columns = emptyColumns();
  private dirty = false;
  private total = new Int32Array(0);
  private matched = new Uint16Array(0);
  private termScore = new Int32Array(0);

  /** number of docs in the index */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** add, or replace the doc with the same id */
  upsert(doc: SearchDoc): void {
    if (doc.v !== SEARCH_DOC_VERSION) {
      throw new Error(`搜索索引版本不符：${String(doc.v)}（应为 ${SEARCH_DOC_VERSION}），请重建`);
    }
    const old = this.slotOf.get(doc.id);
    if (old !== undefined) this.entries[old] = undefined;
    const slot = this.entries.length;
    this.entries.push({
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      subtitle: doc.subtitle,
      py: doc.py,
      pyl: doc.pyl,
      pi: doc.pi,
      written:
        doc.on === undefined && doc.ox === undefined && doc.onum === undefined
          ? undefined
          : { names: doc.on, text: doc.ox, numbers: doc.onum },
      otherReadings: otherReadingsOf(doc),
    });
    this.slotOf.set(doc.id, slot);
    this.setSlotData(slot, KIND_BIT[doc.kind] ?? 0, doc.rank);
    const c = this.columns;
    c.title.append(doc.t);
    c.names.append(doc.n);
    c.text.append(doc.x);
    c.numbers.append(doc.num);
    c.pinyin.appendPinyin(doc.py, doc.pyl, doc.npy, doc.npl);
    c.initials.appendInitials(doc.pi, doc.npi);
    c.otherPinyin.appendPinyin('', '', doc.apy ?? '', doc.apl ?? '');
    c.otherInitials.appendInitials('', doc.api ?? '');
    this.dirty = true;
    if (old !== undefined) this.maybeCompact();
  }

  upsertMany(docs: Iterable<SearchDoc>): void {
    for (const doc of docs) this.upsert(doc);
  }

  /** remove by id; false if it was not there */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    this.maybeCompact();
    return true;
  }

  clear(): void {
    this.entries = [];
    this.slotOf.clear();
    this.kindBits = new Uint8Array(1024);
    this.ranks = new Float64Array(1024);
    this.columns = emptyColumns();
    this.dirty = false;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const terms = splitQuery(query);
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (terms.length === 0 || limit <= 0 || this.slotOf.size === 0) return [];
    this.flush();

    let kindMask = ALL_KINDS;
    if (options.kinds !== undefined) {
      kindMask = 0;
      for (const kind of options.kinds) kindMask |= KIND_BIT[kind];
    }

    // Scratch arrays are kept between searches and cleared only where they were written.
    const slotCount = this.entries.length;
    if (this.total.length < slotCount) {
      const size = Math.max(1024, slotCount * 2);
      this.total = new Int32Array(size);
      this.matched = new Uint16Array(size);
      this.termScore = new Int32Array(size);
    }
    const { total, matched, termScore } = this;
    const kindBits = this.kindBits;
    const entries = this.entries;
    let candidates: number[] = [];
    let firstTouched: number[] = [];

    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const touched: number[] = [];
      const accept = (slot: number): boolean =>
        (t === 0 || matched[slot] === t) &&
        (kindBits[slot]! & kindMask) !== 0 &&
        entries[slot] !== undefined;
      const record = (slot: number, score: number): void => {
        const current = termScore[slot]!;
        if (current === 0) touched.push(slot);
        if (score > current) termScore[slot] = score;
      };
      this.scoreTerm(term, accept, record);
      candidates = touched;
      if (t === 0) firstTouched = touched;
      for (const slot of touched) {
        total[slot] = total[slot]! + termScore[slot]!;
        matched[slot] = t + 1;
        termScore[slot] = 0;
      }
      if (candidates.length === 0) break;
    }

    const top = candidates.length === 0 ? [] : this.topSlots(candidates, total, limit);
    const hits = top.map((slot) => this.toHit(slot, total[slot]!, terms));
    for (const slot of firstTouched) {
      total[slot] = 0;
      matched[slot] = 0;
    }
    return hits;
  }

  // ——— internals ———

  private setSlotData(slot: number, kindBit: number, rank: number): void {
    if (slot >= this.kindBits.length) {
      this.kindBits = grow(this.kindBits);
      this.ranks = grow(this.ranks);
    }
    this.kindBits[slot] = kindBit;
    this.ranks[slot] = Number.isFinite(rank) ? rank : 0;
  }

  private flush(): void {
    if (!this.dirty) return;
    const c = this.columns;
    for (const column of Object.values(c)) column.flush();
    this.dirty = false;
  }

  /** When the dead slots outnumber the living, copy the living into fresh columns. */
  private maybeCompact(): void {
    const dead = this.entries.length - this.slotOf.size;
    if (dead < 1024 || dead < this.slotOf.size) return;
    this.flush();
    const old = this.columns;
    const oldEntries = this.entries;
    const oldKinds = this.kindBits;
    const oldRanks = this.ranks;
    this.clear();
    const c = this.columns;
    oldEntries.forEach((entry, oldSlot) => {
      if (entry === undefined) return;
      const slot = this.entries.length;
      this.entries.push(entry);
      this.slotOf.set(entry.id, slot);
      this.setSlotData(slot, oldKinds[oldSlot]!, oldRanks[oldSlot]!);
      c.title.copyFrom(old.title, oldSlot);
      c.names.copyFrom(old.names, oldSlot);
      c.text.copyFrom(old.text, oldSlot);
      c.numbers.copyFrom(old.numbers, oldSlot);
      c.pinyin.copyFrom(old.pinyin, oldSlot);
      c.initials.copyFrom(old.initials, oldSlot);
      c.otherPinyin.copyFrom(old.otherPinyin, oldSlot);
      c.otherInitials.copyFrom(old.otherInitials, oldSlot);
    });
    this.dirty = true;
  }

  private scoreTerm(
    term: string,
    accept: (slot: number) => boolean,
    record: (slot: number, score: number) => void,
  ): void {
    const c = this.columns;
    const len = term.length;

    // Title: the first occurrence in a doc is its best (prefix and exact start at the start).
    scan(c.title, term, (slot, pos) => {
      if (!accept(slot)) return;
      const start = c.title.starts[slot]!;
      if (pos !== start) record(slot, SCORE.titleSubstring);
      else if (len === c.title.ends[slot]! - start) record(slot, SCORE.exactTitle);
      else record(slot, SCORE.titlePrefix);
    });

    // Names: whole name > name prefix > inside a name.
    scan(
      c.names,
      term,
      (slot, pos) => {
        if (!accept(slot)) return;
        const text = c.names.text;
        const atStart = pos === c.names.starts[slot] || text.charCodeAt(pos - 1) === SEP;
        const end = pos + len;
        const atEnd = end === c.names.ends[slot] || text.charCodeAt(end) === SEP;
        let bonus = 0;
        if (atStart && atEnd) bonus = NAME_EXACT_BONUS;
        else if (atStart) bonus = NAME_PREFIX_BONUS;
        record(slot, SCORE.name + bonus);
      },
      false,
    );

    scan(c.text, term, (slot) => {
      if (accept(slot)) record(slot, SCORE.text);
    });

    const number = normaliseNumber(term);
    if (number.length > 0) {
      scan(
        c.numbers,
        number,
        (slot, pos) => {
          if (!accept(slot)) return;
          const text = c.numbers.text;
          const end = pos + number.length;
          const whole =
            (pos === c.numbers.starts[slot] || text.charCodeAt(pos - 1) === SEP) &&
            (end === c.numbers.ends[slot] || text.charCodeAt(end) === SEP);
          record(slot, SCORE.number + (whole ? NUMBER_EXACT_BONUS : 0));
        },
        false,
      );
    }

    const latin = term.replaceAll(SYLLABLE_SEP, '');
    if (PINYIN_TERM.test(latin)) {
      const pinyinBonus = (
        column: Column & { titleEnds: Int32Array },
        slot: number,
        pos: number,
      ) => {
        const text = column.text;
        const end = pos + latin.length;
        let bonus = pos < column.titleEnds[slot]! ? PINYIN_IN_TITLE_BONUS : 0;
        const fieldStart = pos === column.starts[slot] || text.charCodeAt(pos - 1) === SEP;
        const fieldEnd =
          end === column.ends[slot] ||
          end === column.titleEnds[slot] ||
          text.charCodeAt(end) === SEP;
        if (fieldStart && fieldEnd) bonus += PINYIN_FIELD_EXACT_BONUS;
        else if (fieldStart) bonus += PINYIN_FIELD_PREFIX_BONUS;
        else if (fieldEnd) bonus += PINYIN_FIELD_SUFFIX_BONUS;
        return bonus;
      };
      // A person's other readings (czw → 曾志伟) score below their own (zzw), which alone
      // earns the bonus for matching in the title.
      for (const [initials, pinyin] of [
        [c.initials, c.pinyin],
        [c.otherInitials, c.otherPinyin],
      ] as const) {
        scan(initials, latin, (slot, pos) => {
          if (accept(slot)) record(slot, SCORE.initials + pinyinBonus(initials, slot, pos));
        });
        // A one-letter term matches the same syllables by initials (which scores higher).
        if (latin.length < 2) continue;
        const mask = pinyin.mask;
        scan(
          pinyin,
          latin,
          (slot, pos) => {
            if (mask[pos] !== 1 || !accept(slot)) return false;
            record(slot, SCORE.pinyin + pinyinBonus(pinyin, slot, pos));
            return true;
          },
          true,
        );
      }
    }
  }

  /** the `limit` best slots, by score then rank (newer first) then id */
  private topSlots(candidates: number[], total: Int32Array, limit: number): number[] {
    const entries = this.entries;
    const ranks = this.ranks;
    const better = (a: number, b: number): number => {
      const byScore = (total[b] ?? 0) - (total[a] ?? 0);
      if (byScore !== 0) return byScore;
      const byRank = (ranks[b] ?? 0) - (ranks[a] ?? 0);
      if (byRank !== 0) return byRank;
      const idA = entries[a]?.id ?? '';
      const idB = entries[b]?.id ?? '';
      return idA < idB ? -1 : idA > idB ? 1 : 0;
    };
    if (candidates.length <= limit * 4) return candidates.sort(better).slice(0, limit);
    // Bounded heap whose root is the worst of the kept ones.
    const heap: number[] = [];
    const worse = (a: number, b: number) => better(a, b) > 0;
    const siftUp = (i: number) => {
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    };
    const siftDown = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
        if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
        if (w === i) return;
        [heap[i], heap[w]] = [heap[w]!, heap[i]!];
        i = w;
      }
    };
    for (const slot of candidates) {
      if (heap.length < limit) {
        heap.push(slot);
        siftUp(heap.length - 1);
      } else if (better(slot, heap[0]!) < 0) {
        heap[0] = slot;
        siftDown(0);
      }
    }
    return heap.sort(better);
  }

  private toHit(slot: number, score: number, terms: readonly string[]): SearchHit {
    const entry = this.entries[slot]!;
    const hit: SearchHit = {
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      score,
      highlights: titleHighlights(titleReadings(entry), terms),
    };
    if (entry.subtitle !== undefined) hit.subtitle = entry.subtitle;
    const unshown =
      hit.highlights.length === 0
        ? terms
        : terms.length === 1
          ? []
          : terms.filter((term) => titleHighlights(titleReadings(entry), [term]).length === 0);
    if (unshown.length > 0) {
      const context = hitContext(this.contextSource(slot), unshown);
      if (context !== undefined) hit.context = context;
    }
    return hit;
  }

  /** A slot's names, text and numbers from the (flushed) columns, with the names' pinyin. */
  private contextSource(slot: number): ContextSource {
    const c = this.columns;
    const field = (column: Column) => column.text.slice(column.starts[slot], column.ends[slot]);
    const pinyin = c.pinyin;
    const initials = c.initials;
    const namePinyin: string[] = [];
    const nameLengths: string[] = [];
    const pinyinEnd = pinyin.ends[slot]!;
    // After the title's pinyin comes '\n' and the names' pinyin; the mask marks each syllable.
    for (let pos = pinyin.titleEnds[slot]! + 1; pos < pinyinEnd;) {
      let end = pinyin.text.indexOf(FIELD_SEP, pos);
      if (end < 0 || end > pinyinEnd) end = pinyinEnd;
      let lengths = '';
      let syllableStart = pos;
      for (let i = pos + 1; i <= end; i++) {
        if (i === end || pinyin.mask[i] === 1) {
          lengths += String.fromCharCode(DIGIT_0 + Math.min(9, i - syllableStart));
          syllableStart = i;
        }
      }
      namePinyin.push(pinyin.text.slice(pos, end));
      nameLengths.push(lengths);
      pos = end + 1;
    }
    const initialsEnd = initials.ends[slot]!;
    const initialsFrom = initials.titleEnds[slot]! + 1;
    const nameInitials =
      initialsFrom < initialsEnd
        ? initials.text.slice(initialsFrom, initialsEnd).split(FIELD_SEP)
        : [];
    const written = this.entries[slot]?.written;
    return {
      names: field(c.names),
      namesAsWritten: written?.names,
      textAsWritten: written?.text,
      numbersAsWritten: written?.numbers,
      namePinyin,
      nameLengths,
      nameInitials,
      otherReadings: this.entries[slot]?.otherReadings,
      text: field(c.text),
      numbers: field(c.numbers),
    };
  }
}

/** The title with its other readings, if it is a person's name. */
function titleReadings(entry: Entry) {
  const others = entry.otherReadings?.filter((reading) => reading.owner === 0);
  return others === undefined ? entry : { ...entry, others };
}

/**
 * Call `visit(slot, pos)` for occurrences of `term` in the column. With `firstOnly` (the
 * default) the scan moves on to the next doc after the first occurrence `visit` accepts
 * (returning anything but `false`).
 */
function scan(
  column: Column,
  term: string,
  visit: (slot: number, pos: number) => boolean | void,
  firstOnly = true,
): void {
  const text = column.text;
  if (term.length === 0 || column.count === 0) return;
  let slot = 0;
  let pos = text.indexOf(term, 1);
  while (pos >= 0) {
    slot = column.slotAt(pos, slot);
    const taken = visit(slot, pos) !== false;
    const next = firstOnly && taken ? column.ends[slot]! + 1 : pos + 1;
    pos = text.indexOf(term, next);
  }
}

/** Fold a query and split it into terms (ANDed). */
export function splitQuery(query: string): string[] {
  const terms: string[] = [];
  for (const part of fold(query).split(' ')) {
    if (part.length > 0 && !terms.includes(part)) terms.push(part);
  }
  return terms;
}
