import Dexie, { type Collection, type IndexableType, type Table } from 'dexie';
import type { Activity, Donation } from '../domain/records';
import { ACTIVITY_TYPES, DONATION_KINDS } from '../domain/records/enums';
import { compareTimelineEntries, type TimelineYearCount } from '../domain/timelineLayout';
import { db } from './database';
import { fromRow, type StoredRow } from './rows';

/** What the timeline is narrowed to; every field optional. */
export interface TimelineFilters {
  /** Only 列入大事记 entries. */
  chronicle?: boolean;
  /** An activity type (会议…), or a donation kind as 资金捐赠 / 物资捐赠. */
  type?: string;
  campaignId?: string;
  memberId?: string;
  year?: number;
}

/** One entry of the timeline: an activity or a donation, as stored. */
export type TimelineEntry =
  | { kind: 'activity'; id: string; date: Activity['startDate']; record: Activity }
  | { kind: 'donation'; id: string; date: Donation['date']; record: Donation };

/** The type filter's values for donations: 资金捐赠, 物资捐赠. */
export const DONATION_TYPE_VALUES = DONATION_KINDS.map((kind) => `${kind}捐赠`);

const yearRange = (year: number): [number, number] => [year * 10000, year * 10000 + 9999];

/** Months 1–12, and 13 for the entries whose month is unknown (see partialDateSortKey). */
const MONTH_GROUPS = Array.from({ length: 13 }, (_, i) => i + 1);

/** The date keys of one month group of a year: its days, then its 是月 entries (day 32). */
const monthRange = (year: number, group: number): [number, number] => [
  year * 10000 + group * 100,
  year * 10000 + group * 100 + 99,
];

/** Which of the two tables a type filter leaves, and what it keeps of each. */
function typeScope(type: string | undefined): { activity?: string; donation?: string } | null {
  if (type === undefined) return {};
  if ((ACTIVITY_TYPES as readonly string[]).includes(type)) return { activity: type };
  const kind = DONATION_KINDS.find((k) => `${k}捐赠` === type);
  return kind ? { donation: kind } : null;
}

/** Whether the timeline is narrowed by a filter that no per-year index answers. */
function narrowedBySelection(filters: TimelineFilters): boolean {
  return (
    filters.type !== undefined || filters.campaignId !== undefined || filters.memberId !== undefined
  );
}

/** How many years one transaction counts: between two, another request (a screen's) gets its turn. */
const YEARS_PER_COUNT = 4;

/**
 * The years that hold timeline entries under the filters, with how many each, oldest first.
 *
 * Without 类型 / 专项 / 委员 this counts through indexes only (`_year`, `[_timeline+_dateKey]`)
 * and reads no record but the few deleted ones; with them, it reads the records those filters
 * select through their own index (a type, a campaign, a member's entries) and nothing else.
 * Counting a large store takes a while, and IndexedDB answers requests one after another: so the
 * years are counted a few at a time, and the counting stops (returning what it has) as soon as
 * `wanted` says nobody waits for it any more.
 */
export async function readTimelineYears(
  filters: TimelineFilters,
  wanted: () => boolean = () => true,
): Promise<TimelineYearCount[]> {
  const database = db();
  const tables = [database.activities, database.donations];
  if (narrowedBySelection(filters)) {
    return countByYear(await database.transaction('r', tables, () => readSelected(filters)));
  }
  const { years, deleted } = await database.transaction('r', tables, async () => ({
    years: filters.year !== undefined ? [filters.year] : await yearSpan(tables),
    deleted: filters.chronicle
      ? []
      : (await Promise.all(tables.map((t) => t.where('deletedAt').above('').toArray()))).flat(),
  }));
  const out: TimelineYearCount[] = [];
  for (let at = 0; at < years.length && wanted(); at += YEARS_PER_COUNT) {
    const chunk = years.slice(at, at + YEARS_PER_COUNT);
    const counts = await database.transaction('r', tables, () =>
      Promise.all(
        chunk.map(async (year) => {
          const [from, to] = yearRange(year);
          const each = await Promise.all(
            tables.map((table) =>
              filters.chronicle
                ? table
                    .where('[_timeline+_dateKey]')
                    .between([1, from], [1, to], true, true)
                    .count()
                : table.where('_year').equals(year).count(),
            ),
          );
          const gone = deleted.filter((row) => row._year === year).length;
          return each.reduce((sum, n) => sum + n, 0) - gone;
        }),
      ),
    );
    chunk.forEach((year, i) => {
      if (counts[i]! > 0) out.push({ year, count: counts[i]! });
    });
  }
  return out;
}

/**
 * Every year from the earliest to the latest any activity or donation (deleted ones included)
 * falls in: the two ends off the `_year` index, not a walk through it.
 */
async function yearSpan(tables: readonly Table<StoredRow, string>[]): Promise<number[]> {
  const ends = await Promise.all(
    tables.flatMap((table) => [table.orderBy('_year').first(), table.orderBy('_year').last()]),
  );
  const known = ends.flatMap((row) => (row?._year === undefined ? [] : [row._year]));
  if (known.length === 0) return [];
  const first = Math.min(...known);
  return Array.from({ length: Math.max(...known) - first + 1 }, (_, i) => first + i);
}

/** The years holding any live activity or donation, for the 年份 filter's choices. */
export async function readTimelineYearChoices(): Promise<number[]> {
  return (await readTimelineYears({})).map(({ year }) => year);
}

/**
 * The entries of the given years under the filters, each year in timeline order. A year is read
 * through the date index alone (or the 大事记 index): one year of records at a time, in one
 * request per table.
 */
export async function readTimelineYearEntries(
  filters: TimelineFilters,
  years: readonly number[],
): Promise<Map<number, TimelineEntry[]>> {
  const database = db();
  const tables = [database.activities, database.donations];
  const entries = await database.transaction('r', tables, async () => {
    if (narrowedBySelection(filters)) {
      const wanted = new Set(years);
      return (await readSelected(filters)).filter((e) => wanted.has(e.date.year));
    }
    // A year is asked for month by month (and its 是年 part): each answer arrives as a task of
    // its own, so a busy year does not hold the page for the whole of its reading at once.
    const read = years
      .filter((year) => filters.year === undefined || year === filters.year)
      .flatMap((year) => MONTH_GROUPS.map((group) => monthRange(year, group)))
      .map(([from, to]) =>
        Promise.all(tables.map((table) => readYearRange(table, filters, from, to))),
      );
    return (await Promise.all(read)).flatMap(([activities, donations]) => [
      ...activities!.filter((row) => !row.deletedAt).map(activityEntry),
      ...donations!.filter((row) => !row.deletedAt).map(donationEntry),
    ]);
  });
  return byYear(entries.sort(compareTimelineEntries));
}

/** The rows between two date keys, off the date index or the 大事记 index; at most `limit`. */
function readYearRange(
  table: Table<StoredRow, string>,
  filters: TimelineFilters,
  from: IndexableType,
  to: IndexableType,
  limit?: number,
): Promise<StoredRow[]> {
  const range = filters.chronicle
    ? table.where('[_timeline+_dateKey]').between([1, from], [1, to], true, true)
    : table.where('_dateKey').between(from, to, true, true);
  // No filter here: a filtered collection walks a cursor, one row at a time.
  return (limit === undefined ? range : range.limit(limit)).toArray();
}

/**
 * The first `limit` entries of the whole timeline under the filters, by year: the first screen,
 * read alongside the years' counts. Each table gives its first `limit` rows off its date index;
 * the merge of the two is the head of the timeline up to where the shorter-reaching one stops.
 */
export async function readTimelineHead(
  filters: TimelineFilters,
  limit: number,
): Promise<Map<number, TimelineEntry[]>> {
  const database = db();
  const tables = [database.activities, database.donations];
  const entries = await database.transaction('r', tables, async () => {
    if (narrowedBySelection(filters)) return (await readSelected(filters)).slice(0, limit);
    const [from, to] =
      filters.year !== undefined ? yearRange(filters.year) : [Dexie.minKey, Dexie.maxKey];
    const [activities, donations] = await Promise.all(
      tables.map((table) => readYearRange(table, filters, from, to, limit)),
    );
    const all = [...activities!.map(activityEntry), ...donations!.map(donationEntry)];
    // A table that gave all it was asked for may hold more before the other's last row.
    const ends = [activities!, donations!]
      .map((rows) => (rows.length === limit ? rows[rows.length - 1] : undefined))
      .map((row, i) => (row ? (i === 0 ? activityEntry(row) : donationEntry(row)) : undefined))
      .filter((entry): entry is TimelineEntry => entry !== undefined)
      .sort(compareTimelineEntries);
    const end = ends[0];
    return all
      .filter((entry) => !entry.record.deletedAt)
      .filter((entry) => !end || compareTimelineEntries(entry, end) <= 0)
      .sort(compareTimelineEntries)
      .slice(0, limit);
  });
  return byYear(entries);
}

function byYear(entries: readonly TimelineEntry[]): Map<number, TimelineEntry[]> {
  const out = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    const list = out.get(entry.date.year) ?? [];
    list.push(entry);
    out.set(entry.date.year, list);
  }
  return out;
}

/**
 * The live entries a 类型, 专项 or 委员 filter selects, read through that filter's index (the
 * most selective one set), then narrowed by every other filter.
 */
async function readSelected(filters: TimelineFilters): Promise<TimelineEntry[]> {
  const scope = typeScope(filters.type);
  if (scope === null) return [];
  const database = db();
  const keep = (row: StoredRow): boolean =>
    !row.deletedAt &&
    (!filters.chronicle || row._timeline === 1) &&
    (filters.year === undefined || row._year === filters.year) &&
    (filters.campaignId === undefined ||
      (row as { campaignId?: string }).campaignId === filters.campaignId);
  const onlyDonations = scope.donation !== undefined;
  const onlyActivities = scope.activity !== undefined;

  let activities: Collection<StoredRow, string> | null = null;
  if (!onlyDonations) {
    const table = database.activities;
    if (filters.memberId !== undefined) {
      activities = table
        .where('_memberDates')
        .between([filters.memberId, Dexie.minKey], [filters.memberId, Dexie.maxKey]);
    } else if (scope.activity !== undefined && filters.year !== undefined) {
      activities = table.where('[type+_year]').equals([scope.activity, filters.year]);
    } else if (scope.activity !== undefined) {
      activities = table.where('type').equals(scope.activity);
    } else if (filters.campaignId !== undefined) {
      activities = table.where('campaignId').equals(filters.campaignId);
    }
  }
  let donations: Collection<StoredRow, string> | null = null;
  if (!onlyActivities) {
    const table = database.donations;
    if (filters.memberId !== undefined) {
      donations = table.where('_memberIds').equals(filters.memberId);
    } else if (filters.campaignId !== undefined) {
      donations = table.where('campaignId').equals(filters.campaignId);
    } else if (scope.donation !== undefined) {
      donations = table.where('kind').equals(scope.donation);
    }
  }
  const [activityRows, donationRows] = await Promise.all([
    activities ? activities.toArray() : [],
    donations ? donations.toArray() : [],
  ]);
  // Narrowed here, not by a Dexie filter: a filtered collection walks a cursor row by row.
  const keptActivities = activityRows.filter(
    (row) =>
      keep(row) && (scope.activity === undefined || (row as Activity).type === scope.activity),
  );
  const keptDonations = donationRows.filter(
    (row) =>
      keep(row) && (scope.donation === undefined || (row as Donation).kind === scope.donation),
  );
  // A member listed twice in one activity is filed under it twice.
  const seen = new Set<string>();
  const unique = (rows: StoredRow[]) =>
    rows.filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)));
  return [
    ...unique(keptActivities).map(activityEntry),
    ...unique(keptDonations).map(donationEntry),
  ].sort(compareTimelineEntries);
}

function countByYear(entries: readonly TimelineEntry[]): TimelineYearCount[] {
  const counts = new Map<number, number>();
  for (const entry of entries) counts.set(entry.date.year, (counts.get(entry.date.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
}

function activityEntry(row: StoredRow): TimelineEntry {
  const record = fromRow<'activity'>(row);
  return { kind: 'activity', id: record.id, date: record.startDate, record };
}

function donationEntry(row: StoredRow): TimelineEntry {
  const record = fromRow<'donation'>(row);
  return { kind: 'donation', id: record.id, date: record.date, record };
}
