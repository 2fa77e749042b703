import type { Activity } from '../records/activity';
import type { Donation } from '../records/donation';
import { scoreActivity } from './activityPoints';
import { memberPart } from './memberPart';
import { DUTY_CATEGORIES, zeroByCategory, type DutyCategory } from './dutyCategories';
import { gradeOf, type Grade, type PointsRules } from './pointsRules';

/** A member's year as the annual 履职档案 form sums it up. */
export interface MemberYear {
  memberId: string;
  year: number;
  /** Items per heading: activities attended (or 提案 signed) and donations given. */
  counts: Record<DutyCategory, number>;
  /** Points per heading before the cap. */
  earned: Record<DutyCategory, number>;
  /** Points per heading after the cap. */
  points: Record<DutyCategory, number>;
  leaves: number;
  absences: number;
  /** Points deducted for 请假 and 缺席. */
  deduction: number;
  /** Capped headings summed, capped again, less the deduction, never below 0. */
  total: number;
  grade: Grade;
}

/**
 * A member's counts, points, total and grade for one calendar year.
 *
 * An activity belongs to the year it starts in; a donation to the year of its date. Deleted
 * records and records of other years are ignored, so callers may pass a member's whole history.
 */
export function computeMemberYear(
  memberId: string,
  year: number,
  activities: readonly Activity[],
  donations: readonly Donation[],
  rules: PointsRules,
): MemberYear {
  const counts = zeroByCategory();
  const earned = zeroByCategory();
  let leaves = 0;
  let absences = 0;
  let deduction = 0;
  for (const activity of activities) {
    if (activity.deletedAt || activity.startDate.year !== year) continue;
    const score = scoreActivity(activity, memberId, rules);
    if (!score) continue;
    if (score.part.attendance === '出席') {
      counts[score.category] += 1;
      earned[score.category] += score.points;
    } else {
      if (score.part.attendance === '请假') leaves += 1;
      else absences += 1;
      deduction += score.deduction;
    }
  }
  for (const donation of donations) {
    if (donation.deletedAt || donation.date.year !== year) continue;
    if (!donation.donors.some((d) => d.type === '委员' && d.memberId === memberId)) continue;
    counts.公益捐赠 += 1;
    earned.公益捐赠 += rules.donation.perDonation;
  }
  const points = zeroByCategory();
  let sum = 0;
  for (const category of DUTY_CATEGORIES) {
    points[category] = Math.min(earned[category], rules.caps[category]);
    sum += points[category];
  }
  const total = roundPoints(Math.max(0, Math.min(sum, rules.totalCap) - deduction));
  return {
    memberId,
    year,
    counts,
    earned,
    points,
    leaves,
    absences,
    deduction,
    total,
    grade: gradeOf(total, rules),
  };
}

/** Rules may hold halves (0.5 for a 书面发言): keep sums free of float noise. */
function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The years in which a member has any activity or donation, newest first. */
export function yearsWithRecords(
  memberId: string,
  activities: readonly Activity[],
  donations: readonly Donation[],
): number[] {
  const years = new Set<number>();
  for (const a of activities) {
    if (!a.deletedAt && memberPart(a, memberId)) years.add(a.startDate.year);
  }
  for (const d of donations) {
    if (!d.deletedAt && d.donors.some((x) => x.type === '委员' && x.memberId === memberId)) {
      years.add(d.date.year);
    }
  }
  return [...years].sort((a, b) => b - a);
}
