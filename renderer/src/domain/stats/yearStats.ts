import { campaignTotals } from '../campaigns/campaignTotals';
import { GRADES, scoreMembers, type Grade, type PointsRules } from '../points';
import type { Activity, Donation, Member } from '../records';

/** One member's part in the year: activities attended, and all they were expected at. */
export interface MemberParticipation {
  memberId: string;
  name: string;
  sector: string;
  attended: number;
  expected: number;
}

/** Attendance summed over a 界别. */
export interface SectorAttendance {
  sector: string;
  members: number;
  attended: number;
  expected: number;
}

/**
 * Names in pinyin order, as localeCompare(…, 'zh-CN') orders them; one collator for every
 * comparison rather than one made per call, which was most of the ranking's sort.
 */
const inPinyinOrder = new Intl.Collator('zh-CN').compare;

/** Members not placed in a 界别 are counted together under this name. */
export const NO_SECTOR = '未填界别';

/**
 * Each member's participation in the given activities: 出席 counts as attended, 请假 and 缺席
 * only as expected. Members who took no part are left out. Most attended first, then by name.
 */
export function participationByMember(
  activities: readonly Activity[],
  members: readonly Member[],
): MemberParticipation[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const parts = new Map<string, MemberParticipation>();
  for (const activity of activities) {
    for (const participant of activity.participants) {
      const member = byId.get(participant.memberId);
      if (!member) continue;
      let part = parts.get(member.id);
      if (!part) {
        part = {
          memberId: member.id,
          name: member.name,
          sector: member.sector || NO_SECTOR,
          attended: 0,
          expected: 0,
        };
        parts.set(member.id, part);
      }
      part.expected += 1;
      if (participant.attendance === '出席') part.attended += 1;
    }
  }
  return [...parts.values()].sort(
    (a, b) => b.attended - a.attended || inPinyinOrder(a.name, b.name),
  );
}

/** Attendance per 界别, from the members' participation; the largest 界别 first. */
export function attendanceBySector(parts: readonly MemberParticipation[]): SectorAttendance[] {
  const sectors = new Map<string, SectorAttendance>();
  for (const part of parts) {
    const sector = sectors.get(part.sector) ?? {
      sector: part.sector,
      members: 0,
      attended: 0,
      expected: 0,
    };
    sector.members += 1;
    sector.attended += part.attended;
    sector.expected += part.expected;
    sectors.set(part.sector, sector);
  }
  return [...sectors.values()].sort(
    (a, b) => b.expected - a.expected || inPinyinOrder(a.sector, b.sector),
  );
}

/** How many serving members reach each grade in the year, under the rules. */
export function gradeDistribution(
  year: number,
  members: readonly Member[],
  activities: readonly Activity[],
  donations: readonly Donation[],
  rules: PointsRules,
): Record<Grade, number> {
  const serving = members.filter((member) => member.status === '在任').map((member) => member.id);
  const counts = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<Grade, number>;
  for (const scored of scoreMembers(serving, year, activities, donations, rules)) {
    counts[scored.grade] += 1;
  }
  return counts;
}

/** Donations to one 专项 (or to none), in CNY: cash converted with each one's rate, and goods. */
export interface CampaignDonations {
  campaignId: string | undefined;
  count: number;
  cashCnyMinor: number;
  goodsCnyMinor: number;
  /** Cash in another currency with no 折合人民币: not in the sum, and said so. */
  unconverted: number;
}

/** The donations grouped by 专项, the largest first; those with none under `undefined`. */
export function donationsByCampaign(donations: readonly Donation[]): CampaignDonations[] {
  const groups = new Map<string | undefined, Donation[]>();
  for (const donation of donations) {
    const group = groups.get(donation.campaignId) ?? [];
    group.push(donation);
    groups.set(donation.campaignId, group);
  }
  return [...groups.entries()]
    .map(([campaignId, group]) => {
      const totals = campaignTotals(group);
      return {
        campaignId,
        count: group.length,
        cashCnyMinor: totals.cash.cnyMinor,
        goodsCnyMinor: totals.goods.cnyMinor,
        unconverted: totals.cash.unconverted,
      };
    })
    .sort((a, b) => b.cashCnyMinor + b.goodsCnyMinor - (a.cashCnyMinor + a.goodsCnyMinor));
}
