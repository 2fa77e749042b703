import { isBlank } from '../records/schemaParts';
import type { Activity } from '../records/activity';
import { ACTIVITY_CATEGORY, type DutyCategory } from './dutyCategories';
import { memberPart, type MemberPart } from './memberPart';
import type { PointsRules, RoleScoredType } from './pointsRules';

/** What one activity is worth to one member, before the year's caps. */
export interface ActivityScore {
  category: DutyCategory;
  part: MemberPart;
  /** Points earned (0 unless attended). */
  points: number;
  /** Points deducted for 请假 or 缺席. */
  deduction: number;
}

/** The points one activity earns, or costs, one member; undefined when they had no part in it. */
export function scoreActivity(
  activity: Activity,
  memberId: string,
  rules: PointsRules,
): ActivityScore | undefined {
  const part = memberPart(activity, memberId);
  if (!part) return undefined;
  const category = ACTIVITY_CATEGORY[activity.type];
  if (part.attendance !== '出席') {
    return { category, part, points: 0, deduction: rules.deductions[part.attendance] };
  }
  return { category, part, points: attendedPoints(activity, part, rules), deduction: 0 };
}

function attendedPoints(activity: Activity, part: MemberPart, rules: PointsRules): number {
  if (activity.type === '提案') {
    if (part.role !== '领衔') return rules.proposal.joint;
    const proposal = activity.proposal;
    return (
      rules.proposal.lead +
      (proposal?.filed ? rules.proposal.filedExtra : 0) +
      (proposal?.key ? rules.proposal.keyExtra : 0)
    );
  }
  if (activity.type === '建议' || activity.type === '社情民意') {
    const suggestion = activity.suggestion;
    const instructed =
      suggestion !== undefined &&
      (suggestion.instructionLevel !== undefined || !isBlank(suggestion.instruction));
    return (
      rules.suggestion.submitted +
      (suggestion?.adopted ? rules.suggestion.adoptedExtra : 0) +
      (instructed ? rules.suggestion.instructedExtra : 0)
    );
  }
  const role = part.role === '领衔' || part.role === '联名' ? '参加' : part.role;
  return rules.activity[activity.type as RoleScoredType][role];
}
