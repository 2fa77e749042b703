import { z } from 'zod';
import { ACTIVITY_TYPES, PARTICIPANT_ROLES, type ActivityType } from '../records/enums';
import { DUTY_CATEGORIES, type DutyCategory } from './dutyCategories';

/** Activity types scored by the member's role; 提案 and 建议/社情民意 have rules of their own. */
export const ROLE_SCORED_TYPES = ACTIVITY_TYPES.filter(
  (type) => type !== '提案' && type !== '建议' && type !== '社情民意',
) as Exclude<ActivityType, '提案' | '建议' | '社情民意'>[];
export type RoleScoredType = (typeof ROLE_SCORED_TYPES)[number];

/** 等次, best first. */
export const GRADES = ['优秀', '良好', '称职', '不称职'] as const;
export type Grade = (typeof GRADES)[number];

const points = z
  .number({ error: '应为数字' })
  .finite({ error: '应为数字' })
  .min(0, { error: '不能为负数' })
  .max(100, { error: '不能超过 100' });
const count = z
  .number({ error: '应为数字' })
  .int({ error: '应为整数' })
  .min(0, { error: '不能为负数' })
  .max(100, { error: '不能超过 100' });

const rolePoints = z.object(
  Object.fromEntries(PARTICIPANT_ROLES.map((role) => [role, points])) as Record<
    (typeof PARTICIPANT_ROLES)[number],
    typeof points
  >,
);
const byCategory = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(DUTY_CATEGORIES.map((c) => [c, schema])) as Record<DutyCategory, T>);

/**
 * 履职积分规则: what each thing a member does is worth in a year. Points are derived from these
 * and the records, never typed; changing a rule changes every member's total at once.
 */
export const pointsRulesSchema = z
  .object({
    /** Points for one activity attended (出席), by activity type × role. */
    activity: z.object(
      Object.fromEntries(ROLE_SCORED_TYPES.map((type) => [type, rolePoints])) as Record<
        RoleScoredType,
        typeof rolePoints
      >,
    ),
    /** 提案: 领衔 or 联名, and extra for the 领衔 when it is 立案 and when it is a 重点提案. */
    proposal: z.object({ lead: points, joint: points, filedExtra: points, keyExtra: points }),
    /** 建议 / 社情民意: per item submitted, extra when adopted (采用) and when it has a 批示. */
    suggestion: z.object({ submitted: points, adoptedExtra: points, instructedExtra: points }),
    /** 公益捐赠: per donation the member gave (alone or with others). */
    donation: z.object({ perDonation: points }),
    /** Deducted per activity the member was marked 请假 or 缺席, after the caps. */
    deductions: z.object({ 请假: points, 缺席: points }),
    /** At most this many points per heading in a year. */
    caps: byCategory(points),
    /** The year's total never exceeds this. */
    totalCap: points,
    /** Lowest total for each grade; below 称职 is 不称职. */
    grades: z.object({ 优秀: points, 良好: points, 称职: points }),
    /** 履职提醒: fewest items expected per heading, and most 请假 / 缺席 tolerated, in a year. */
    reminders: z.object({
      minCounts: byCategory(count),
      maxLeaves: count,
      maxAbsences: count,
    }),
  })
  .superRefine((rules, ctx) => {
    const { 优秀, 良好, 称职 } = rules.grades;
    if (!(优秀 > 良好 && 良好 > 称职)) {
      ctx.addIssue({
        code: 'custom',
        path: ['grades'],
        message: '等次分数线应为 优秀 > 良好 > 称职',
      });
    }
  });
export type PointsRules = z.output<typeof pointsRulesSchema>;

const role = (参加: number, 发言: number, 书面发言: number, 主持: number, 组织: number) => ({
  参加,
  发言,
  书面发言,
  主持,
  组织,
});

/**
 * The default rules, after the county schemes published as 政协委员履职积分管理办法 (a yearly score
 * out of 100: points per meeting, 调研 and 视察 by role; per 提案 with extra for 立案 and 重点;
 * per 社情民意 with extra when adopted; a cap per heading; deductions for 请假 and 缺席; and the
 * grades 优秀 ≥ 90 · 良好 80–89 · 称职 60–79 · 不称职 < 60).
 */
export const DEFAULT_POINTS_RULES: PointsRules = {
  activity: {
    会议: role(4, 6, 5, 6, 6),
    协商: role(4, 6, 5, 6, 6),
    读书: role(2, 3, 3, 3, 3),
    论坛: role(3, 5, 4, 5, 5),
    调研: role(6, 8, 7, 8, 8),
    视察: role(6, 8, 7, 8, 8),
    考察: role(5, 7, 6, 7, 7),
    值班: role(4, 5, 5, 5, 5),
    接待: role(4, 5, 5, 5, 5),
    帮扶: role(4, 5, 5, 5, 5),
    宣讲: role(4, 5, 5, 5, 5),
    其他: role(2, 3, 3, 3, 3),
  },
  proposal: { lead: 5, joint: 2, filedExtra: 3, keyExtra: 5 },
  suggestion: { submitted: 3, adoptedExtra: 5, instructedExtra: 5 },
  donation: { perDonation: 5 },
  deductions: { 请假: 1, 缺席: 5 },
  caps: {
    参加会议和学习培训: 30,
    提交提案和社情民意信息: 30,
    参加调研视察考察: 20,
    联系服务群众: 10,
    承担专门性任务: 10,
    公益捐赠: 10,
  },
  totalCap: 100,
  grades: { 优秀: 90, 良好: 80, 称职: 60 },
  reminders: {
    minCounts: {
      参加会议和学习培训: 2,
      提交提案和社情民意信息: 1,
      参加调研视察考察: 2,
      联系服务群众: 0,
      承担专门性任务: 0,
      公益捐赠: 0,
    },
    maxLeaves: 3,
    maxAbsences: 1,
  },
};

/**
 * The rules stored in settings, or the defaults when none are stored or they cannot be read.
 *
 * A stored value from an older version that lacks a part takes that part from the defaults.
 */
export function readPointsRules(stored: unknown): PointsRules {
  if (stored === null || stored === undefined || typeof stored !== 'object') {
    return DEFAULT_POINTS_RULES;
  }
  const merged = mergeDeep(DEFAULT_POINTS_RULES, stored as Record<string, unknown>);
  const parsed = pointsRulesSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_POINTS_RULES;
}

function mergeDeep<T>(base: T, over: Record<string, unknown>): T {
  if (typeof base !== 'object' || base === null) return (over ?? base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current !== undefined
        ? mergeDeep(current, value as Record<string, unknown>)
        : value;
  }
  return out as T;
}

/** The grade a total earns under the rules' thresholds. */
export function gradeOf(total: number, rules: PointsRules): Grade {
  if (total >= rules.grades.优秀) return '优秀';
  if (total >= rules.grades.良好) return '良好';
  if (total >= rules.grades.称职) return '称职';
  return '不称职';
}
