import {
  currentStage,
  DEFAULT_STAGE_LIMIT_DAYS,
  daysBetween,
  dayAsPartialDate,
  daysInStage,
  isOverdue,
  localToday,
  STAGE_LIMIT_RANGE,
} from '../domain/donations/goodsPipeline';
import type { Donation } from '../domain/records';
import type { GoodsStage } from '../domain/records/enums';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { fromRow } from './rows';

/** The `meta` row of 设置 → 物资流转: how many days a stage may be held before it is flagged. */
export const STAGE_LIMIT_KEY = 'goodsStageLimitDays';

/** The limit in force: the one saved in 设置, or DEFAULT_STAGE_LIMIT_DAYS. */
export async function readStageLimitDays(database: DutyLedgerDb = db()): Promise<number> {
  return (await readStoredStageLimitDays(database)) ?? DEFAULT_STAGE_LIMIT_DAYS;
}

/** The limit as stored in 设置, or null while the default stands (a 交接包 carries it so). */
export async function readStoredStageLimitDays(
  database: DutyLedgerDb = db(),
): Promise<number | null> {
  const value = (await database.meta.get(STAGE_LIMIT_KEY))?.value;
  return isStageLimit(value) ? value : null;
}

/**
 * Saves the limit and logs the change in the 操作记录, in one transaction; a number outside
 * STAGE_LIMIT_RANGE is refused with a Chinese message.
 */
export async function saveStageLimitDays(days: number): Promise<void> {
  if (!isStageLimit(days)) {
    throw new RangeError(
      `超期天数应为 ${STAGE_LIMIT_RANGE.min} 至 ${STAGE_LIMIT_RANGE.max} 之间的整数`,
    );
  }
  // The wording of settings (and what it loads) only when saving: 总览 reads the limit at start.
  const { logSettingsChange } = await import('./settingsAudit');
  const database = db();
  await database.transaction('rw', [database.meta, database.audit], async () => {
    const before = await readStageLimitDays(database);
    await database.meta.put({ key: STAGE_LIMIT_KEY, value: days });
    await logSettingsChange(
      database,
      'update',
      { goodsStageLimitDays: before },
      { goodsStageLimitDays: days },
    );
  });
}

function isStageLimit(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= STAGE_LIMIT_RANGE.min &&
    value <= STAGE_LIMIT_RANGE.max
  );
}

/** The live goods donations, oldest first, read off the `kind` index. */
export async function readGoodsDonations(database: DutyLedgerDb = db()): Promise<Donation[]> {
  const rows = await database.donations
    .where('kind')
    .equals('物资')
    .filter((row) => !row.deletedAt)
    .toArray();
  rows.sort((a, b) => (a._dateKey ?? 0) - (b._dateKey ?? 0));
  return rows.map((row) => fromRow<'donation'>(row));
}

/** Goods held at a stage longer than the limit: which donation, which stage, for how long. */
export interface OverdueGoodsStage {
  donation: Donation;
  stage: GoodsStage;
  days: number;
}

/**
 * 物资流转 待办: the goods held at a stage other than 致谢 longer than the limit of 设置, longest
 * first. For 总览 and the board alike.
 */
export async function overdueGoodsStages(
  today: string = localToday(),
  limitDays?: number,
): Promise<OverdueGoodsStage[]> {
  const database = db();
  const [limit, goods] = await Promise.all([
    limitDays ?? readStageLimitDays(database),
    readGoodsDonations(database),
  ]);
  return goods
    .filter((donation) => isOverdue(donation, today, limit))
    .map((donation) => ({
      donation,
      stage: currentStage(donation),
      days: daysInStage(donation, today),
    }))
    .sort((a, b) => b.days - a.days);
}

/**
 * How many goods overdueGoodsStages would list: off the per-year rows every write keeps (a few
 * dozen small rows, no goods read), or from the goods of the years whose row does not keep them.
 */
export async function countOverdueGoods(
  today: string = localToday(),
  limitDays?: number,
): Promise<number> {
  const database = db();
  return database.transaction(
    'r',
    [database.meta, database.yearCounts, database.donations],
    async () => {
      const [limit, years] = await Promise.all([
        limitDays ?? readStageLimitDays(database),
        database.yearCounts.where('kind').equals('donation').toArray(),
      ]);
      let overdue = 0;
      const unkept: number[] = [];
      for (const year of years) {
        if (!year.openGoods) {
          unkept.push(year.year);
          continue;
        }
        for (const [day, n] of Object.entries(year.openGoods)) {
          if (daysBetween(dayAsPartialDate(day), today) > limit) overdue += n;
        }
      }
      if (unkept.length > 0) {
        const years = new Set(unkept);
        const goods = await readGoodsDonations(database);
        overdue += goods.filter(
          (donation) => years.has(donation.date.year) && isOverdue(donation, today, limit),
        ).length;
      }
      return overdue;
    },
  );
}
