import Dexie from 'dexie';
import type { ActivityType } from '../domain/records';
import { db } from './database';
import { fromRow } from './rows';

/** How many live activities of each type began in each year. */
export type TypeYearCounts = Map<number, Map<ActivityType, number>>;

function tally(counts: TypeYearCounts, year: number, type: ActivityType): void {
  const types = counts.get(year) ?? new Map<ActivityType, number>();
  types.set(type, (types.get(type) ?? 0) + 1);
  counts.set(year, types);
}

/**
 * Activities per type per year, over every year — for one 专项 if given. Without one, only the
 * `[type+_year]` index is read (20,000 activities are keys, not records), less the tombstones,
 * which the `deletedAt` index alone holds.
 */
export async function activityCountsByYearAndType(campaignId?: string): Promise<TypeYearCounts> {
  const database = db();
  const counts: TypeYearCounts = new Map();
  return database.transaction('r', database.activities, async () => {
    if (campaignId) {
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
    const deleted = new Set(await database.activities.orderBy('deletedAt').primaryKeys());
    await database.activities.orderBy('[type+_year]').eachKey((key, cursor) => {
      if (deleted.has(cursor.primaryKey)) return;
      const [type, year] = key as [ActivityType, number];
      tally(counts, year, type);
    });
    return counts;
  });
}
