import { partialDateSortKey, type PartialDate } from './partialDate';

/** How many entries one year of the timeline holds. */
export interface TimelineYearCount {
  year: number;
  count: number;
}

/** What the timeline needs to order an entry: its kind, id and date. */
export interface TimelineOrdered {
  kind: 'activity' | 'donation';
  id: string;
  date: PartialDate;
}

/** One place of the timeline's flat list: a year's heading, or the n-th entry of a year. */
export type TimelineSlot =
  { type: 'year'; year: number } | { type: 'entry'; year: number; n: number };

/** The timeline as a flat list of places, with where each year's heading stands. */
export interface TimelineLayout {
  slots: TimelineSlot[];
  /** Year → the place of its heading: where “jump to a year” scrolls to. */
  yearStarts: ReadonlyMap<number, number>;
}

const KIND_ORDER = { activity: 0, donation: 1 } as const;

/**
 * Orders timeline entries: by date (是月 after the days of its month, 是年 after the months of its
 * year), then activities before donations, then by id — the order sample and imported records keep.
 */
export function compareTimelineEntries(a: TimelineOrdered, b: TimelineOrdered): number {
  return (
    partialDateSortKey(a.date) - partialDateSortKey(b.date) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Lays years out as one list: each year's heading, then a place for each of its entries. Years
 * without entries are left out; years come in ascending order whatever order they are given in.
 */
export function layoutTimeline(years: readonly TimelineYearCount[]): TimelineLayout {
  const slots: TimelineSlot[] = [];
  const yearStarts = new Map<number, number>();
  for (const { year, count } of [...years].sort((a, b) => a.year - b.year)) {
    if (count <= 0) continue;
    yearStarts.set(year, slots.length);
    slots.push({ type: 'year', year });
    for (let n = 0; n < count; n++) slots.push({ type: 'entry', year, n });
  }
  return { slots, yearStarts };
}

/**
 * The month group an entry falls in: its month, or 13 for an entry whose month is unknown (是年),
 * which comes after the twelve months.
 */
export function monthGroupOf(date: PartialDate): number {
  return date.month ?? 13;
}

/** A month group's name: 4月, or 月份不详 for entries whose month is unknown. */
export function monthGroupLabel(group: number): string {
  return group === 13 ? '月份不详' : `${group}月`;
}

/** A month group's heading under its year: 2018年5月, 2018年（月份不详）. */
export function monthGroupHeading(year: number, group: number): string {
  return group === 13 ? `${year}年（月份不详）` : `${year}年${group}月`;
}

/**
 * For the entries of one year in timeline order: whether each one opens a month group (so its
 * month's heading is drawn above it).
 */
export function monthGroupStarts(dates: readonly PartialDate[]): boolean[] {
  return dates.map((date, i) => {
    const previous = dates[i - 1];
    return previous === undefined || monthGroupOf(previous) !== monthGroupOf(date);
  });
}

/** The year heading to jump to from `current` by `step` years that have entries (±1). */
export function neighbourYear(
  years: readonly number[],
  current: number | undefined,
  step: 1 | -1,
): number | undefined {
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  if (current === undefined) return step === 1 ? sorted[0] : sorted[sorted.length - 1];
  if (step === 1) return sorted.find((year) => year > current) ?? sorted[sorted.length - 1];
  return [...sorted].reverse().find((year) => year < current) ?? sorted[0];
}
