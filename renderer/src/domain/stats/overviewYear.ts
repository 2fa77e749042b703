import { currentStage } from '../donations/goodsPipeline';
import { reminderReasons, scoreMembers, type PointsRules } from '../points';
import type { Activity, ActivityType, Donation, Member } from '../records';
import { ACTIVITY_TYPES, GOODS_STAGES, type GoodsStage } from '../records/enums';
import { UNKNOWN_MONTH } from '../unknownMonth';
import { donationsByCampaign, type CampaignDonations } from './yearStats';

/** One member's year on 总览: activities listed in, and those attended (出席). */
export interface OverviewParticipant {
  memberId: string;
  name: string;
  /** Activities of the year the member is listed in, whatever the 出席情况. */
  listed: number;
  attended: number;
}

/** 总览's figures of activities and participation for one year. */
export interface OverviewActivities {
  total: number;
  /** Per type, in the order of ACTIVITY_TYPES; types with none are left out. */
  byType: { type: ActivityType; count: number }[];
  /** Per month 1–12, then those whose month is unknown under UNKNOWN_MONTH; empty months left out. */
  byMonth: { month: number | typeof UNKNOWN_MONTH; count: number }[];
  /** Activities with nobody in 参加委员. */
  withoutParticipants: number;
  /** Members who attended (出席) at least one activity of the year: one only ever 请假 or 缺席 did not take part. */
  membersTakingPart: number;
  /** Of all participations of the year, how many were 出席. */
  attended: number;
  listed: number;
  /** The members who attended most often, most first (then listed most, then by name); at most `top`. */
  top: OverviewParticipant[];
}

/** Counts a year's live activities by type and month, and the members' part in them. */
export function overviewActivities(
  activities: readonly Activity[],
  members: readonly Member[],
  top = 5,
): OverviewActivities {
  const live = activities.filter((activity) => !activity.deletedAt);
  const types = new Map<ActivityType, number>();
  const months = new Map<number | typeof UNKNOWN_MONTH, number>();
  const names = new Map(members.filter((m) => !m.deletedAt).map((m) => [m.id, m.name]));
  const parts = new Map<string, OverviewParticipant>();
  let withoutParticipants = 0;
  let attended = 0;
  let listed = 0;
  for (const activity of live) {
    types.set(activity.type, (types.get(activity.type) ?? 0) + 1);
    const month = activity.startDate.month ?? UNKNOWN_MONTH;
    months.set(month, (months.get(month) ?? 0) + 1);
    if (activity.participants.length === 0) withoutParticipants += 1;
    // A member listed twice in one activity is one participation, as the list's 委员 filter counts.
    const seen = new Set<string>();
    for (const participant of activity.participants) {
      const name = names.get(participant.memberId);
      if (name === undefined || seen.has(participant.memberId)) continue;
      seen.add(participant.memberId);
      const part = parts.get(participant.memberId) ?? {
        memberId: participant.memberId,
        name,
        listed: 0,
        attended: 0,
      };
      part.listed += 1;
      listed += 1;
      if (participant.attendance === '出席') {
        part.attended += 1;
        attended += 1;
      }
      parts.set(participant.memberId, part);
    }
  }
  const monthOrder = [...Array.from({ length: 12 }, (_, i) => i + 1), UNKNOWN_MONTH] as const;
  return {
    total: live.length,
    byType: ACTIVITY_TYPES.flatMap((type) => {
      const count = types.get(type);
      return count ? [{ type, count }] : [];
    }),
    byMonth: monthOrder.flatMap((month) => {
      const count = months.get(month);
      return count ? [{ month, count }] : [];
    }),
    withoutParticipants,
    membersTakingPart: [...parts.values()].filter((part) => part.attended > 0).length,
    attended,
    listed,
    top: [...parts.values()]
      .filter((part) => part.attended > 0)
      .sort(
        (a, b) =>
          b.attended - a.attended || b.listed - a.listed || a.name.localeCompare(b.name, 'zh-CN'),
      )
      .slice(0, top),
  };
}

/** 总览's figures of donations for one year. */
export interface OverviewDonations {
  /** In CNY per 专项 (see donationsByCampaign), the largest first. */
  byCampaign: CampaignDonations[];
  /** Goods by the stage they are at, in pipeline order; stages with none are left out. */
  goodsByStage: { stage: GoodsStage; count: number }[];
  /** Cash donations with no 票据号: the receipt the recipient issues is still to be filed. */
  cashWithoutReceipt: number;
}

/** Sums a year's live donations by 专项 in CNY, counts goods by stage and cash without 票据号. */
export function overviewDonations(donations: readonly Donation[]): OverviewDonations {
  const live = donations.filter((donation) => !donation.deletedAt);
  const stages = new Map<GoodsStage, number>();
  let cashWithoutReceipt = 0;
  for (const donation of live) {
    if (donation.kind === '物资') {
      const stage = currentStage(donation);
      stages.set(stage, (stages.get(stage) ?? 0) + 1);
    } else if (!donation.receiptNo) {
      cashWithoutReceipt += 1;
    }
  }
  return {
    byCampaign: donationsByCampaign(live),
    goodsByStage: GOODS_STAGES.flatMap((stage) => {
      const count = stages.get(stage);
      return count ? [{ stage, count }] : [];
    }),
    cashWithoutReceipt,
  };
}

/**
 * How many serving members are on the year's 履职提醒 list under the rules (as 履职提醒 shows);
 * none in a year with no activity recorded yet, where every member would be below the minimums.
 */
export function reminderCount(
  year: number,
  members: readonly Member[],
  activities: readonly Activity[],
  donations: readonly Donation[],
  rules: PointsRules,
): number {
  if (!activities.some((activity) => !activity.deletedAt)) return 0;
  const serving = members.filter((m) => !m.deletedAt && m.status === '在任').map((m) => m.id);
  return scoreMembers(serving, year, activities, donations, rules).filter(
    (memberYear) => reminderReasons(memberYear, rules).length > 0,
  ).length;
}
