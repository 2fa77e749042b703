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
}

/**
 * The years read under one set of filters. A whole year's reading always replaces what is kept;
 * a reading of the first entries only replaces a shorter one (it is newer, but not all of it).
 */
class YearCache {
  private readonly years = new Map<number, TimelineEntry[]>();
  private readonly seen = new WeakSet<Reading>();
  constructor(readonly key: string) {}
  keep(reading: Reading | undefined): void {
    if (!reading || reading.key !== this.key || this.seen.has(reading)) return;
    this.seen.add(reading);
    for (const [year, entries] of reading.read) {
      const kept = this.years.get(year);
      if (reading.whole || !kept || kept.length <= entries.length) this.years.set(year, entries);
    }
  }
  get(year: number): TimelineEntry[] | undefined {
    return this.years.get(year);
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
  const loaded = useLiveQuery(
    async (): Promise<Reading> => ({
      key,
      read: await readTimelineYearEntries(
        JSON.parse(key) as TimelineFilters,
        shown ? shown.split(',').map(Number) : [],
      ),
      whole: true,
    }),
    [key, shown],
  );
  const cache = useMemo(() => new YearCache(key), [key]);
  // A reading that answers older filters is not kept.
  const entriesOf = useMemo(() => {
    cache.keep(head);
    cache.keep(loaded);
    return (year: number) => cache.get(year);
  }, [head, loaded, cache]);
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
