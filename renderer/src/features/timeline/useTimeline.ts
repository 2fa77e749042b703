import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  readTimelineHead,
  readTimelineYearEntries,
  readTimelineYears,
  type TimelineEntry,
  type TimelineFilters,
} from '../../db/timelineQueries';
import {
  layoutTimeline,
  type TimelineLayout,
  type TimelineYearCount,
} from '../../domain/timelineLayout';

export interface Timeline {
  /** Each year with entries and how many; undefined while they are counted. */
  years: readonly TimelineYearCount[] | undefined;
  /** Nothing read yet: neither the first entries nor the counts. */
  loading: boolean;
  /** Known to hold no entry under the filters. */
  empty: boolean;
  /**
   * The places of the list: every year's, once counted; before that, those of the first entries
   * alone (the list grows below them when the counts come, the top stays where it is).
   */
  layout: TimelineLayout;
  /** The entries of a year read so far (in timeline order); undefined until read. */
  entriesOf: (year: number) => readonly TimelineEntry[] | undefined;
  /** These years are on screen: read them (and keep them live). */
  show: (years: readonly number[]) => void;
}

/** How many entries the first screen reads before any year is read whole. */
const HEAD = 60;

/** A reading of some years: whole years, or only the first entries of the timeline. */
interface Reading {
  key: string;
  read: ReadonlyMap<number, TimelineEntry[]>;
  whole: boolean;
  /** The cache's generation when the reading started: one older than a write is not fresh. */
  generation: number;
}

/**
 * The years read under one set of filters. A whole year's reading always replaces what is kept;
 * a reading of the first entries only replaces a shorter one (it is newer, but not all of it).
 * A year read whole since the last write is fresh and is not read again when it comes back on
 * screen; a write makes every year stale (still shown) until it is read again.
 */
class YearCache {
  private readonly years = new Map<number, TimelineEntry[]>();
  private readonly fresh = new Set<number>();
  private readonly seen = new WeakSet<Reading>();
  generation = 0;
  /** Counts the readings that changed what is held. */
  version = 0;
  constructor(readonly key: string) {}
  keep(reading: Reading | undefined): void {
    if (!reading || reading.key !== this.key || this.seen.has(reading)) return;
    this.seen.add(reading);
    for (const [year, entries] of reading.read) {
      const kept = this.years.get(year);
      if (reading.whole || !kept || kept.length <= entries.length) this.years.set(year, entries);
      if (reading.whole && reading.generation === this.generation) this.fresh.add(year);
    }
    if (reading.read.size > 0) this.version++;
  }
  get(year: number): TimelineEntry[] | undefined {
    return this.years.get(year);
  }
  isFresh(year: number): boolean {
    return this.fresh.has(year);
  }
  /** Something was written: every year is to be read again when shown. */
  invalidate(): void {
    this.generation++;
    this.fresh.clear();
  }
}

/**
 * The timeline under the filters, kept live. The first entries come straight off the date index
 * (a few dozen rows); counting each year's entries takes longer on a large store, so the list
 * starts with those first entries and grows when the counts come. A year's entries are read when
 * it comes on screen. A write anywhere reads the counts and the years on screen again; a year read
 * before stays shown until its new entries are there.
 */
export function useTimeline(filters: TimelineFilters): Timeline {
  const key = JSON.stringify(filters);
  const head = useLiveQuery(
    async (): Promise<Reading> => ({
      key,
      read: await readTimelineHead(JSON.parse(key) as TimelineFilters, HEAD),
      whole: false,
      generation: -1,
    }),
    [key],
  );
  // The filters shown now: counting for others (or for a page left) stops.
  const mounted = useRef<string | null>(null);
  useEffect(() => {
    mounted.current = key;
    return () => {
      mounted.current = null;
    };
  }, [key]);
  const headNow = head?.key === key ? head : undefined;
  const headRead = headNow !== undefined;
  const counted = useLiveQuery(
    // Counting waits for the first entries: IndexedDB answers one request after another, and the
    // counts of a large store would hold the first screen back.
    async () =>
      !headRead
        ? undefined
        : {
            key,
            years: await readTimelineYears(
              JSON.parse(key) as TimelineFilters,
              () => mounted.current === key,
            ),
          },
    [key, headRead],
  );
  const years = counted?.key === key ? counted.years : undefined;
  const [shown, setShown] = useState<string>('');
  const cache = useMemo(() => new YearCache(key), [key]);
  // Each count read again means a write: the years read before are read again when shown. The
  // counts are the live part that sees every write; the years' reading sees only what it read.
  const generation = useMemo(() => {
    if (counted) cache.invalidate();
    return cache.generation;
  }, [cache, counted]);
  // Only the years on screen not read since the last write: a year coming back on screen costs
  // nothing. Worked out when the years on screen change, not in the reading, so that a write to
  // a year being read reads it again.
  const wanted = useMemo(
    () =>
      shown
        ? shown
            .split(',')
            .map(Number)
            .filter((year) => !cache.isFresh(year))
            .join(',')
        : '',
    // generation: after a write, every year on screen is wanted again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, cache, generation],
  );
  const loaded = useLiveQuery(
    async (): Promise<Reading> => ({
      key,
      read: wanted
        ? await readTimelineYearEntries(
            JSON.parse(key) as TimelineFilters,
            wanted.split(',').map(Number),
          )
        : new Map(),
      whole: true,
      generation,
    }),
    [key, wanted, generation],
  );
  // A reading that answers older filters is not kept; one that adds nothing leaves the list as
  // it is (the same entriesOf, so nothing below is worked out again).
  const held = useMemo(() => {
    cache.keep(head);
    cache.keep(loaded);
    return cache.version;
  }, [head, loaded, cache]);
  const entriesOf = useCallback(
    (year: number) => cache.get(year),
    // held: what the cache holds changed, so the function is a new one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cache, held],
  );
  const layout = useMemo(
    () =>
      layoutTimeline(
        years ??
          [...(headNow?.read ?? [])].map(([year, entries]) => ({
            year,
            count: entries.length,
          })),
      ),
    [years, headNow],
  );
  const show = useCallback((next: readonly number[]) => {
    setShown([...new Set(next)].sort((a, b) => a - b).join(','));
  }, []);
  return {
    years,
    loading: years === undefined && headNow === undefined,
    empty: years ? years.length === 0 : headNow?.read.size === 0,
    layout,
    entriesOf,
    show,
  };
}
