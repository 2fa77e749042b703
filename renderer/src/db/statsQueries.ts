import Dexie from 'dexie';
import { ACTIVITY_TYPES, type ActivityType } from '../domain/records';
import { db } from './database';
import { fromRow } from './rows';

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

/**
 * Activities per type per year, over every year — for one 专项 if given. Without one, each
 * (type, year) is counted off the `[type+_year]` index, less the tombstones, which the
 * `deletedAt` index alone holds: a few hundred counts instead of walking 20,000 keys with a
 * cursor, which took seconds.
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
    const [years, deleted] = await Promise.all([
      database.activities.orderBy('_year').uniqueKeys(),
      database.activities.orderBy('deletedAt').toArray(),
    ]);
    const index = database.activities.where('[type+_year]');
    await Promise.all(
      ACTIVITY_TYPES.flatMap((type) =>
        years.map(async (year) => {
          const n = await index.equals([type, year]).count();
          if (n) tally(counts, Number(year), type, n);
        }),
      ),
    );
    // A tombstone is in `[type+_year]` under the same keys its row holds.
    for (const row of deleted) {
      const type = (row as { type?: ActivityType }).type;
      if (type && typeof row._year === 'number') tally(counts, row._year, type, -1);
    }
    return counts;
  });
}
