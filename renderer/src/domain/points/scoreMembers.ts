import type { Activity } from '../records/activity';
import type { Donation } from '../records/donation';
import { computeMemberYear, type MemberYear } from './memberYear';
import type { Grade, PointsRules } from './pointsRules';

/**
 * Every given member's year under the rules, in the order given. The year's records are first
 * filed under the members they name, so that each member is scored on their own few instead of
 * every member reading all of them (300 members × a year's activities took a second).
 */
export function scoreMembers(
  memberIds: readonly string[],
  year: number,
  activities: readonly Activity[],
  donations: readonly Donation[],
  rules: PointsRules,
): MemberYear[] {
  const own = recordsByMember(year, activities, donations);
  return memberIds.map((id) => {
    const mine = own.get(id);
    return computeMemberYear(id, year, mine?.activities ?? [], mine?.donations ?? [], rules);
  });
}

/**
 * The year's live records under each member they may count for: an activity under its
 * participants and a 提案's 领衔 and 联名, a donation under its member donors. The order given is
 * kept, so sums add up in the same order as over the whole list.
 */
function recordsByMember(
  year: number,
  activities: readonly Activity[],
  donations: readonly Donation[],
): Map<string, { activities: Activity[]; donations: Donation[] }> {
  const own = new Map<string, { activities: Activity[]; donations: Donation[] }>();
  const of = (memberId: string) => {
    let mine = own.get(memberId);
    if (!mine) {
      mine = { activities: [], donations: [] };
      own.set(memberId, mine);
    }
    return mine;
  };
  for (const activity of activities) {
    if (activity.deletedAt || activity.startDate.year !== year) continue;
    const ids = new Set(activity.participants.map((p) => p.memberId));
    for (const id of activity.proposal?.leadMemberIds ?? []) ids.add(id);
    for (const id of activity.proposal?.jointMemberIds ?? []) ids.add(id);
    for (const id of ids) of(id).activities.push(activity);
  }
  for (const donation of donations) {
    if (donation.deletedAt || donation.date.year !== year) continue;
    const ids = new Set(donation.donors.flatMap((d) => (d.type === '委员' ? [d.memberId] : [])));
    for (const id of ids) of(id).donations.push(donation);
  }
  return own;
}

/** A member whose grade differs between two sets of rules. */
export interface GradeChange {
  memberId: string;
  before: { total: number; grade: Grade };
  after: { total: number; grade: Grade };
}

/** The members whose grade for the year would change if `after` replaced `before`. */
export function gradeChanges(
  memberIds: readonly string[],
  year: number,
  activities: readonly Activity[],
  donations: readonly Donation[],
  before: PointsRules,
  after: PointsRules,
): GradeChange[] {
  const changes: GradeChange[] = [];
  for (const memberId of memberIds) {
    const was = computeMemberYear(memberId, year, activities, donations, before);
    const will = computeMemberYear(memberId, year, activities, donations, after);
    if (was.grade !== will.grade) {
      changes.push({
        memberId,
        before: { total: was.total, grade: was.grade },
        after: { total: will.total, grade: will.grade },
      });
    }
  }
  return changes;
}
