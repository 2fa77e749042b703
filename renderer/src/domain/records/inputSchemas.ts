import { type z } from 'zod';
import { activityInputSchema, activitySchema, type Activity, type ActivityInput } from './activity';
import { campaignInputSchema, campaignSchema, type Campaign, type CampaignInput } from './campaign';
import { donationInputSchema, donationSchema, type Donation, type DonationInput } from './donation';
import { memberInputSchema, memberSchema, type Member, type MemberInput } from './member';
import { type RecordKind } from './recordBase';
import { studioInputSchema, studioSchema, type Studio, type StudioInput } from './studio';

/** The editable part of each kind. */
export interface InputByKind {
  member: MemberInput;
  activity: ActivityInput;
  donation: DonationInput;
  campaign: CampaignInput;
  studio: StudioInput;
}

/** Each kind as stored. */
export interface RecordByKind {
  member: Member;
  activity: Activity;
  donation: Donation;
  campaign: Campaign;
  studio: Studio;
}

/** Schemas of the editable part of each kind (forms, imports). */
export const inputSchemas = {
  member: memberInputSchema,
  activity: activityInputSchema,
  donation: donationInputSchema,
  campaign: campaignInputSchema,
  studio: studioInputSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** Schemas of each kind as stored (handover bundles, database reads). */
export const recordSchemas = {
  member: memberSchema,
  activity: activitySchema,
  donation: donationSchema,
  campaign: campaignSchema,
  studio: studioSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** Any stored record. */
export type AnyRecord = RecordByKind[RecordKind];
