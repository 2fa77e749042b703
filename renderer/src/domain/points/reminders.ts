import { DUTY_CATEGORIES, DUTY_CATEGORY_SHORT } from './dutyCategories';
import type { MemberYear } from './memberYear';
import type { PointsRules } from './pointsRules';

/** Why a member is on the year's 履职提醒 list, one short Chinese phrase per reason. */
export function reminderReasons(year: MemberYear, rules: PointsRules): string[] {
  const { minCounts, maxLeaves, maxAbsences } = rules.reminders;
  const reasons: string[] = [];
  for (const category of DUTY_CATEGORIES) {
    const min = minCounts[category];
    if (year.counts[category] < min) {
      reasons.push(`${DUTY_CATEGORY_SHORT[category]} ${year.counts[category]} 次，少于 ${min} 次`);
    }
  }
  if (year.absences > maxAbsences) {
    reasons.push(`缺席 ${year.absences} 次，超过 ${maxAbsences} 次`);
  }
  if (year.leaves > maxLeaves) {
    reasons.push(`请假 ${year.leaves} 次，超过 ${maxLeaves} 次`);
  }
  return reasons;
}
