import {
  dateRangeError,
  formatPartialDate,
  partialDateError,
  partialDateFirstDay,
  type PartialDate,
} from '../partialDate';
import type { Donation, GoodsStageEntry } from '../records';
import { GOODS_STAGES, type GoodsStage } from '../records/enums';

/** How long a stage may be held before the board flags it, unless 设置 says otherwise. */
export const DEFAULT_STAGE_LIMIT_DAYS = 30;
/** The bounds of that setting, in days. */
export const STAGE_LIMIT_RANGE = { min: 1, max: 3650 } as const;

/** The last stage: goods thanked for have nothing left to wait for, and are never overdue. */
export const FINAL_STAGE: GoodsStage = GOODS_STAGES[GOODS_STAGES.length - 1]!;

/** What a move to another stage records: the stage, its date, 经办人 and 说明. */
export interface StageMove {
  stage: GoodsStage;
  date: PartialDate;
  operator: string;
  note?: string | undefined;
}

/** The stage goods are at: the last one recorded, or 登记 when none is. */
export function currentStage(donation: Pick<Donation, 'stages'>): GoodsStage {
  return donation.stages[donation.stages.length - 1]?.stage ?? GOODS_STAGES[0];
}

/** The stage after `stage`, or undefined after 致谢. */
export function nextStage(stage: GoodsStage): GoodsStage | undefined {
  return GOODS_STAGES[GOODS_STAGES.indexOf(stage) + 1];
}

/**
 * Why goods at `from` may not move to `to`, or null when they may: only forward (a stage may be
 * skipped, as the schema allows); going back is 撤销's business, which restores what was there.
 */
export function moveRefusal(from: GoodsStage, to: GoodsStage): string | null {
  if (to === from) return `已在“${from}”阶段`;
  if (GOODS_STAGES.indexOf(to) < GOODS_STAGES.indexOf(from)) {
    return `不能从“${from}”退回“${to}”：只能移到之后的阶段，退回请用“撤销”`;
  }
  return null;
}

/**
 * The date the current stage began: its own date, else the latest earlier stage's, else the
 * donation's date (goods are 登记 on the day they are given).
 */
export function stageSince(donation: Pick<Donation, 'stages' | 'date'>): PartialDate {
  for (let i = donation.stages.length - 1; i >= 0; i--) {
    const date = donation.stages[i]?.date;
    if (date) return date;
  }
  return donation.date;
}

/**
 * Whole days from `since` to `today` (YYYY-MM-DD), never negative. A date known only to the month
 * or year counts from its first day.
 */
export function daysBetween(since: PartialDate, today: string): number {
  const from = Date.parse(`${partialDateFirstDay(since)}T00:00:00Z`);
  const to = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(to)) throw new RangeError(`日期格式不正确：${today}`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** How many days the goods have been at their current stage on `today` (YYYY-MM-DD). */
export function daysInStage(donation: Pick<Donation, 'stages' | 'date'>, today: string): number {
  return daysBetween(stageSince(donation), today);
}

/** Whether goods have been held at a stage other than 致谢 longer than `limitDays`. */
export function isOverdue(
  donation: Pick<Donation, 'stages' | 'date'>,
  today: string,
  limitDays: number,
): boolean {
  return currentStage(donation) !== FINAL_STAGE && daysInStage(donation, today) > limitDays;
}

/**
 * The stage history after a move, or the reason in Chinese why the move is refused (and nothing
 * changes): only forward, a real date not before the current stage's, and a 经办人.
 */
export function stagesAfterMove(
  donation: Pick<Donation, 'kind' | 'stages' | 'date'>,
  move: StageMove,
): { ok: true; stages: GoodsStageEntry[] } | { ok: false; message: string } {
  if (donation.kind !== '物资') return { ok: false, message: '只有物资捐赠有流转阶段' };
  const refusal = moveRefusal(currentStage(donation), move.stage);
  if (refusal) return { ok: false, message: refusal };
  const dateError = partialDateError(move.date);
  if (dateError) return { ok: false, message: `日期：${dateError}` };
  const since = stageSince(donation);
  if (dateRangeError(since, move.date)) {
    return {
      ok: false,
      message: `日期：不能早于“${currentStage(donation)}”的日期 ${formatPartialDate(since)}`,
    };
  }
  const operator = move.operator.trim();
  if (!operator) return { ok: false, message: '经办人：不能为空' };
  if (operator.length > 40) return { ok: false, message: '经办人：不能超过 40 个字' };
  const note = move.note?.trim();
  if (note && note.length > 500) return { ok: false, message: '说明：不能超过 500 个字' };
  const entry: GoodsStageEntry = { stage: move.stage, date: move.date, operator };
  if (note) entry.note = note;
  return { ok: true, stages: [...donation.stages, entry] };
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD day as a date known to the day. */
export function dayAsPartialDate(day: string): PartialDate {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
}
