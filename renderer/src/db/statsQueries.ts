import Dexie from 'dexie';
import type { Activity, ActivityType, Donation, Member } from '../domain/records';
import { db } from './database';
import type { YearCount, YearCountedKind } from './DutyLedgerDb';
import { fromRow, type StoredRow } from './rows';

/** How many live activities of each type began in each year. */
export type TypeYearCounts = Map<number, Map<ActivityType, number>>;

function tally(counts: TypeYearCounts, year: number, type: ActivityType, n = 1): void {
  const types = counts.get(year) ?? new Map<ActivityType, number>();
  const sum = (types.get(type) ?? 0) + n;
  if (sum) types.set(type, sum);
  else types.delete(type);
  if (types.size) counts.set(year, types);
  else counts.delete(year);
}

/** The kept per-year counts of a kind (see yearCounts.ts), years with live records only. */
async function keptYearCounts(kind: YearCountedKind): Promise<YearCount[]> {
  const rows = await db().yearCounts.where('kind').equals(kind).toArray();
  return rows.filter((row) => row.live > 0);
}

/**
 * The years that have a live record of `kind`, newest first: a few dozen kept rows read. (Walking
 * the `_year` index for its distinct keys visits every row: 25 years of the reference set's
 * 20,000 activities took 330 ms, and a list read its 年份 choices that way as it opened.)
 */
export async function liveYears(kind: YearCountedKind): Promise<number[]> {
  const rows = await keptYearCounts(kind);
  return rows.map((row) => row.year).sort((a, b) => b - a);
}

/** The years that have a live activity or donation, newest first: a few dozen kept rows read. */
export async function statsYears(): Promise<number[]> {
  const [activities, donations] = await Promise.all([liveYears('activity'), liveYears('donation')]);
  return [...new Set([...activities, ...donations])].sort((a, b) => b - a);
}

/**
 * Activities per type per year, over every year — for one 专项 if given. Without one, the counts
 * every write keeps are read (a row per year); a 专项's few activities are read off its index.
 */
export async function activityCountsByYearAndType(campaignId?: string): Promise<TypeYearCounts> {
  const database = db();
  const counts: TypeYearCounts = new Map();
  if (!campaignId) {
    for (const row of await keptYearCounts('activity')) {
      for (const [type, n] of Object.entries(row.types) as [ActivityType, number][]) {
        if (n) tally(counts, row.year, type, n);
      }
    }
    return counts;
  }
  const rows = await database.activities
    .where('[campaignId+_dateKey]')
    .between([campaignId, Dexie.minKey], [campaignId, Dexie.maxKey])
    .toArray();
  for (const row of rows) {
    if (row.deletedAt) continue;
    const activity = fromRow<'activity'>(row);
    tally(counts, activity.startDate.year, activity.type);
  }
  return counts;
}

/** A year's live records for its figures: every live member, that year's activities and donations. */
export interface StatsYearRecords {
  members: Member[];
  activities: Activity[];
  donations: Donation[];
}

/** A year's live rows: every member, and the activities and donations off their `_year` index. */
export interface YearRows {
  members: StoredRow[];
  activities: StoredRow[];
  donations: StoredRow[];
}

/** Reads a year's live rows in one transaction, for the readers that shape them as they need. */
export async function readYearRows(year: number): Promise<YearRows> {
  const database = db();
  const [members, activities, donations] = await database.transaction(
    'r',
    [database.members, database.activities, database.donations],
    () =>
      Promise.all([
        database.members.toArray(),
        database.activities.where('_year').equals(year).toArray(),
        database.donations.where('_year').equals(year).toArray(),
      ]),
  );
  const live = (rows: StoredRow[]) => rows.filter((row) => !row.deletedAt);
  return { members: live(members), activities: live(activities), donations: live(donations) };
}

/**
 * A year's live records for 统计, as the rows hold them: the rows keep their derived `_` fields,
 * which no figure reads, and the figures never write back — copying each record without them
 * (fromRow) was a fifth of the read.
 */
export async function readStatsYear(year: number): Promise<StatsYearRecords> {
  const rows = await readYearRows(year);
  return rows as unknown as StatsYearRecords;
}
