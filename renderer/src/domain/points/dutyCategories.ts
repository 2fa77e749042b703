import type { ActivityType } from '../records/enums';

/** The six headings of the annual 履职档案 form, in the form's order. */
export const DUTY_CATEGORIES = [
  '参加会议和学习培训',
  '提交提案和社情民意信息',
  '参加调研视察考察',
  '联系服务群众',
  '承担专门性任务',
  '公益捐赠',
] as const;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];

/** Short column headings for tables where the full heading does not fit. */
export const DUTY_CATEGORY_SHORT: Readonly<Record<DutyCategory, string>> = {
  参加会议和学习培训: '会议学习',
  提交提案和社情民意信息: '提案社情',
  参加调研视察考察: '调研视察',
  联系服务群众: '联系群众',
  承担专门性任务: '专门任务',
  公益捐赠: '公益捐赠',
};

/** Under which heading of the form each activity type is counted. */
export const ACTIVITY_CATEGORY: Readonly<Record<ActivityType, DutyCategory>> = {
  会议: '参加会议和学习培训',
  协商: '参加会议和学习培训',
  读书: '参加会议和学习培训',
  论坛: '参加会议和学习培训',
  提案: '提交提案和社情民意信息',
  建议: '提交提案和社情民意信息',
  社情民意: '提交提案和社情民意信息',
  调研: '参加调研视察考察',
  视察: '参加调研视察考察',
  考察: '参加调研视察考察',
  值班: '联系服务群众',
  接待: '联系服务群众',
  帮扶: '联系服务群众',
  宣讲: '承担专门性任务',
  其他: '承担专门性任务',
};

/** A record of counts or points per heading, all zero. */
export function zeroByCategory(): Record<DutyCategory, number> {
  return Object.fromEntries(DUTY_CATEGORIES.map((c) => [c, 0])) as Record<DutyCategory, number>;
}
