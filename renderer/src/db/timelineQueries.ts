import Dexie, { type Collection, type Table } from 'dexie';
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

/**
 * The years that hold timeline entries under the filters, with how many each, oldest first.
 *
 * Without 类型 / 专项 / 委员 this counts through indexes only (`_year`, `[_timeline+_dateKey]`)
 * and reads no record but the few deleted ones; with them, it reads the records those filters
 * select through their own index (a type, a campaign, a member's entries) and nothing else.
 */
export async function readTimelineYears(filters: TimelineFilters): Promise<TimelineYearCount[]> {
  if (narrowedBySelection(filters)) return countByYear(await readSelected(filters));
  const database = db();
  const tables = [database.activities, database.donations];
  const years = filters.year !== undefined ? [filters.year] : await distinctYears(tables);
  const counts = new Map<number, number>();
  if (filters.chronicle) {
    for (const table of tables) {
      const per = await Promise.all(
        years.map((year) => {
          const [from, to] = yearRange(year);
          return table
            .where('[_timeline+_dateKey]')
            .between([1, from], [1, to], true, true)
            .count();
        }),
      );
      years.forEach((year, i) => counts.set(year, (counts.get(year) ?? 0) + (per[i] ?? 0)));
    }
  } else {
    for (const table of tables) {
      const deleted = await table.where('deletedAt').above('').toArray();
      const per = await Promise.all(years.map((year) => table.where('_year').equals(year).count()));
      years.forEach((year, i) => {
        const gone = deleted.filter((row) => row._year === year).length;
        counts.set(year, (counts.get(year) ?? 0) + (per[i] ?? 0) - gone);
      });
    }
  }
  return years
    .map((year) => ({ year, count: counts.get(year) ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => a.year - b.year);
}

/** The years any activity or donation (deleted ones included) falls in, off the `_year` index. */
async function distinctYears(tables: readonly Table<StoredRow, string>[]): Promise<number[]> {
  const all = new Set<number>();
  for (const table of tables) {
    for (const year of await table.orderBy('_year').uniqueKeys()) all.add(year as number);
  }
  return [...all].sort((a, b) => a - b);
}

/** The years holding any live activity or donation, for the 年份 filter's choices. */
export async function readTimelineYearChoices(): Promise<number[]> {
  return (await readTimelineYears({})).map(({ year }) => year);
}

/**
 * The entries of the given years under the filters, each year in timeline order. A year is read
 * through the date index alone (or the 大事记 index): one year of records at a time.
 */
export async function readTimelineYearEntries(
  filters: TimelineFilters,
  years: readonly number[],
): Promise<Map<number, TimelineEntry[]>> {
  const out = new Map<number, TimelineEntry[]>();
  if (narrowedBySelection(filters)) {
    const wanted = new Set(years);
    for (const entry of (await readSelected(filters)).filter((e) => wanted.has(e.date.year))) {
      const list = out.get(entry.date.year) ?? [];
      list.push(entry);
      out.set(entry.date.year, list);
    }
  } else {
    const database = db();
    for (const year of years) {
      if (filters.year !== undefined && year !== filters.year) continue;
      const [from, to] = yearRange(year);
      const read = (table: Table<StoredRow, string>): Promise<StoredRow[]> =>
        (filters.chronicle
          ? table.where('[_timeline+_dateKey]').between([1, from], [1, to], true, true)
          : table.where('_dateKey').between(from, to, true, true)
        )
          .filter((row) => !row.deletedAt)
          .toArray();
      const [activities, donations] = await Promise.all([
        read(database.activities),
        read(database.donations),
      ]);
      out.set(year, [...activities.map(activityEntry), ...donations.map(donationEntry)]);
    }
  }
  for (const list of out.values()) list.sort(compareTimelineEntries);
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
    activities =
      activities?.filter(
        (row) =>
          keep(row) && (scope.activity === undefined || (row as Activity).type === scope.activity),
      ) ?? null;
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
    donations =
      donations?.filter(
        (row) =>
          keep(row) && (scope.donation === undefined || (row as Donation).kind === scope.donation),
      ) ?? null;
  }
  const [activityRows, donationRows] = await Promise.all([
    activities ? activities.toArray() : [],
    donations ? donations.toArray() : [],
  ]);
  // A member listed twice in one activity is filed under it twice.
  const seen = new Set<string>();
  const unique = (rows: StoredRow[]) =>
    rows.filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)));
  return [
    ...unique(activityRows).map(activityEntry),
    ...unique(donationRows).map(donationEntry),
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
