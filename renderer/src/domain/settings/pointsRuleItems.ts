import {
  DUTY_CATEGORIES,
  DUTY_CATEGORY_SHORT,
  ROLE_SCORED_TYPES,
  type PointsRules,
} from '../points';
import { PARTICIPANT_ROLES } from '../records/enums';
import type { SettingItem } from './settingItem';

const RULES = '履职积分规则';
const REMINDERS = '履职提醒标准';

/**
 * Every number of the 履职积分规则 (and the 履职提醒 standards kept with them), in the order
 * 设置 and 履职提醒 show them, each labelled as the box that edits it, so that the 操作记录 names
 * a rule as the user saw it: 提案领衔积分, 会议发言积分, 请假超过.
 */
export function pointsRuleItems(rules: PointsRules): SettingItem[] {
  const item = (key: string, group: string, label: string, value: number, unit = '') => ({
    key: `pointsRules.${key}`,
    group,
    label,
    text: `${value}${unit}`,
  });
  const rule = (key: string, label: string, value: number) => item(key, RULES, label, value);
  const { proposal, suggestion, deductions, grades, reminders } = rules;
  return [
    ...ROLE_SCORED_TYPES.flatMap((type) =>
      PARTICIPANT_ROLES.map((role) =>
        rule(`activity.${type}.${role}`, `${type}${role}积分`, rules.activity[type][role]),
      ),
    ),
    rule('proposal.lead', '提案领衔积分', proposal.lead),
    rule('proposal.joint', '提案联名积分', proposal.joint),
    rule('proposal.filedExtra', '立案加分', proposal.filedExtra),
    rule('proposal.keyExtra', '重点提案加分', proposal.keyExtra),
    rule('suggestion.submitted', '社情民意/建议每篇积分', suggestion.submitted),
    rule('suggestion.adoptedExtra', '采用加分', suggestion.adoptedExtra),
    rule('suggestion.instructedExtra', '获批示加分', suggestion.instructedExtra),
    rule('donation.perDonation', '公益捐赠每次积分', rules.donation.perDonation),
    rule('deductions.请假', '请假每次扣分', deductions.请假),
    rule('deductions.缺席', '缺席每次扣分', deductions.缺席),
    ...DUTY_CATEGORIES.map((c) => rule(`caps.${c}`, `${c}上限`, rules.caps[c])),
    rule('totalCap', '总分上限', rules.totalCap),
    rule('grades.优秀', '优秀不低于', grades.优秀),
    rule('grades.良好', '良好不低于', grades.良好),
    rule('grades.称职', '称职不低于', grades.称职),
    ...DUTY_CATEGORIES.map((c) =>
      item(
        `reminders.minCounts.${c}`,
        REMINDERS,
        `${DUTY_CATEGORY_SHORT[c]}至少`,
        reminders.minCounts[c],
        ' 次',
      ),
    ),
    item('reminders.maxLeaves', REMINDERS, '请假超过', reminders.maxLeaves, ' 次'),
    item('reminders.maxAbsences', REMINDERS, '缺席超过', reminders.maxAbsences, ' 次'),
  ];
}
