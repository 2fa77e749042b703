import { db } from '../../db/database';
import { readRecordNames } from '../../db/recordNames';
import { fromRow } from '../../db/rows';
import type { NamedDonation } from '../../domain/documents/campaignSummary';
import type { LetterDonor } from '../../domain/documents/thankYouLetter';
import { UNKNOWN_RECORD } from '../../domain/references';
import type { Donation } from '../../domain/records';
import { readCampaignRecords } from '../campaigns/campaignQueries';

/** Who a donation's 感谢信 is addressed to, and the name of its 专项. */
export interface LetterParties {
  donors: LetterDonor[];
  campaignName?: string;
}

/**
 * The donors of a donation as the letter addresses them — members with their 类别 and 性别
 * (read as stored, so a member deleted since is still written to by name) — and its 专项.
 */
export async function readLetterParties(donation: Donation): Promise<LetterParties> {
  const database = db();
  const memberIds = donation.donors.flatMap((d) => (d.type === '委员' ? [d.memberId] : []));
  const [rows, campaignRow] = await Promise.all([
    database.members.bulkGet(memberIds),
    donation.campaignId ? database.campaigns.get(donation.campaignId) : undefined,
  ]);
  const members = new Map(
    rows.flatMap((row) => (row ? [[row.id, fromRow<'member'>(row)] as const] : [])),
  );
  const donors = donation.donors.map((donor): LetterDonor => {
    if (donor.type === '其他') return { kind: 'other', name: donor.name, group: donor.group };
    const member = members.get(donor.memberId);
    if (!member) return { kind: 'other', name: UNKNOWN_RECORD, group: false };
    return {
      kind: 'member',
      name: member.name,
      ...(member.category ? { category: member.category } : {}),
      ...(member.gender ? { gender: member.gender } : {}),
    };
  });
  const campaignName = campaignRow ? fromRow<'campaign'>(campaignRow).name : undefined;
  return campaignName ? { donors, campaignName } : { donors };
}

/** A 专项's live donations, oldest first, each with its donors named on one line. */
export async function readNamedCampaignDonations(campaignId: string): Promise<NamedDonation[]> {
  const { donations } = await readCampaignRecords(campaignId);
  const names = await readRecordNames(
    'member',
    donations.flatMap((d) => d.donors.flatMap((x) => (x.type === '委员' ? [x.memberId] : []))),
  );
  return donations.map((donation) => ({
    donation,
    donors: donation.donors
      .map((x) => (x.type === '委员' ? (names.get(x.memberId) ?? UNKNOWN_RECORD) : x.name))
      .join('、'),
  }));
}
