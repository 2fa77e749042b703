import type { Activity } from '../records/activity';
import type { Donation } from '../records/donation';
import { computeMemberYear, type MemberYear } from './memberYear';
import type { Grade, PointsRules } from './pointsRules';

/** Every given member's year under the rules, in the order given. */
export function scoreMembers(
  memberIds: readonly string[],
  year: number,
  activities: readonly Activity[],
  donations: readonly Donation[],
  rules: PointsRules,
): MemberYear[] {
  return memberIds.map((id) => computeMemberYear(id, year, activities, donations, rules));
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
