import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import {
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
  /** Each year with entries and how many; undefined while the first count is read. */
  years: readonly TimelineYearCount[] | undefined;
  layout: TimelineLayout;
  /** The entries of a year read so far (in timeline order); undefined until read. */
  entriesOf: (year: number) => readonly TimelineEntry[] | undefined;
  /** These years are on screen: read them (and keep them live). */
  show: (years: readonly number[]) => void;
}

/** The years read under one set of filters, the latest reading of each kept. */
class YearCache {
  private readonly years = new Map<number, TimelineEntry[]>();
  constructor(readonly key: string) {}
  keep(read: ReadonlyMap<number, TimelineEntry[]>): void {
    for (const [year, entries] of read) this.years.set(year, entries);
  }
  get(year: number): TimelineEntry[] | undefined {
    return this.years.get(year);
  }
}

/**
 * The timeline under the filters, kept live: the years and their counts off the indexes at once,
 * each year's entries read when it comes on screen. A write anywhere reads the counts and the
 * years on screen again; a year read before stays shown until its new entries are there.
 */
export function useTimeline(filters: TimelineFilters): Timeline {
  const key = JSON.stringify(filters);
  const years = useLiveQuery(() => readTimelineYears(JSON.parse(key) as TimelineFilters), [key]);
  const [shown, setShown] = useState<string>('');
  const loaded = useLiveQuery(
    async () => ({
      key,
      read: await readTimelineYearEntries(
        JSON.parse(key) as TimelineFilters,
        shown ? shown.split(',').map(Number) : [],
      ),
    }),
    [key, shown],
  );
  const cache = useMemo(() => new YearCache(key), [key]);
  // A reading that answers older filters is not kept.
  const entriesOf = useMemo(() => {
    if (loaded && loaded.key === cache.key) cache.keep(loaded.read);
    return (year: number) => cache.get(year);
  }, [loaded, cache]);
  const layout = useMemo(() => layoutTimeline(years ?? []), [years]);
  const show = useCallback((next: readonly number[]) => {
    setShown([...new Set(next)].sort((a, b) => a - b).join(','));
  }, []);
  return { years, layout, entriesOf, show };
}
