import { db } from '../../db/database';
import { fromRow, type StoredRow } from '../../db/rows';
import type { Activity, Donation } from '../../domain/records';

/** A 专项's live activities and donations, oldest first, read off their `campaignId` index. */
export interface CampaignRecords {
  activities: Activity[];
  donations: Donation[];
}

const byDate = (a: StoredRow, b: StoredRow) => (a._dateKey ?? 0) - (b._dateKey ?? 0);

export async function readCampaignRecords(campaignId: string): Promise<CampaignRecords> {
  const database = db();
  return database.transaction('r', [database.activities, database.donations], async () => {
    const [activities, donations] = await Promise.all([
      database.activities.where('campaignId').equals(campaignId).toArray(),
      database.donations.where('campaignId').equals(campaignId).toArray(),
    ]);
    return {
      activities: activities
        .filter((r) => !r.deletedAt)
        .sort(byDate)
        .map((r) => fromRow<'activity'>(r)),
      donations: donations
        .filter((r) => !r.deletedAt)
        .sort(byDate)
        .map((r) => fromRow<'donation'>(r)),
    };
  });
}
