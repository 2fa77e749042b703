import type { Activity } from '../../domain/records';

/** The numbers a studio's 值班 and 接待 activities record, summed. */
export const DUTY_COUNTS = [
  { key: 'messageCount', label: '留言数' },
  { key: 'viewCount', label: '浏览量' },
  { key: 'referredCount', label: '转办问题数' },
] as const;

export type DutyCountKey = (typeof DUTY_COUNTS)[number]['key'];

/** One summed number and how many of the activities left it blank. */
export interface DutySum {
  total: number;
  /** Activities with no value for it: the total then says “at least”. */
  unrecorded: number;
}

/** What a studio's 接待日 and 值班 add up to. */
export interface StudioDutyTotals {
  /** 接待 activities (群众接待日). */
  receptions: number;
  /** 值班 activities. */
  duties: number;
  counts: Record<DutyCountKey, DutySum>;
}

/**
 * Totals of a studio's 接待日 and 值班 activities: how many of each, and the sums of 留言数,
 * 浏览量 and 转办问题数. Deleted activities are left out; a blank number counts as unrecorded,
 * not as 0.
 */
export function studioDutyTotals(activities: readonly Activity[]): StudioDutyTotals {
  const live = activities.filter((activity) => !activity.deletedAt);
  const sum = (key: DutyCountKey): DutySum => {
    const values = live.map((activity) => activity.duty?.[key]);
    return {
      total: values.reduce<number>((acc, value) => acc + (value ?? 0), 0),
      unrecorded: values.filter((value) => value === undefined).length,
    };
  };
  return {
    receptions: live.filter((activity) => activity.type === '接待').length,
    duties: live.filter((activity) => activity.type === '值班').length,
    counts: {
      messageCount: sum('messageCount'),
      viewCount: sum('viewCount'),
      referredCount: sum('referredCount'),
    },
  };
}
