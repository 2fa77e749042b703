import Dexie from 'dexie';
import { db } from '../../db/database';
import { fromRow, type StoredRow } from '../../db/rows';
import { getStoredRecord } from '../../db/repositories/recordRepository';
import type { Activity, Campaign, Donation } from '../../domain/records';

/** A 专项's live activities and donations, oldest first, read off their `campaignId` index. */
export interface CampaignRecords {
  activities: Activity[];
  donations: Donation[];
}

const byDate = (a: StoredRow, b: StoredRow) => (a._dateKey ?? 0) - (b._dateKey ?? 0);

/** A 专项's live donations, oldest first: what its totals add up. */
export async function readCampaignDonations(campaignId: string): Promise<Donation[]> {
  const rows = await db().donations.where('campaignId').equals(campaignId).toArray();
  return rows
    .filter((r) => !r.deletedAt)
    .sort(byDate)
    .map((r) => fromRow<'donation'>(r));
}

/** A 专项's live activities, oldest first, off `[campaignId+_dateKey]` (already in date order). */
export async function readCampaignActivities(campaignId: string): Promise<Activity[]> {
  const rows = await db()
    .activities.where('[campaignId+_dateKey]')
    .between([campaignId, Dexie.minKey], [campaignId, Dexie.maxKey])
    .toArray();
  return rows.filter((r) => !r.deletedAt).map((r) => fromRow<'activity'>(r));
}

/** A 专项's live activities and donations, read together. */
export async function readCampaignRecords(campaignId: string): Promise<CampaignRecords> {
  const database = db();
  return database.transaction('r', [database.activities, database.donations], async () => {
    const [activities, donations] = await Promise.all([
      readCampaignActivities(campaignId),
      readCampaignDonations(campaignId),
    ]);
    return { activities, donations };
  });
}

/** A 专项 (deleted or not; null when there is none) and its live donations, oldest first. */
export interface CampaignWithDonations {
  campaign: Campaign | null;
  donations: Donation[];
}

/**
 * A 专项 and its donations in one reading: its page shows the totals in one round, not after a
 * second query that could start only once the 专项 itself was drawn.
 */
export async function readCampaignWithDonations(
  campaignId: string,
): Promise<CampaignWithDonations> {
  const database = db();
  return database.transaction('r', [database.campaigns, database.donations], async () => {
    const [campaign, donations] = await Promise.all([
      getStoredRecord('campaign', campaignId),
      readCampaignDonations(campaignId),
    ]);
    return { campaign: campaign ?? null, donations };
  });
}
